package org.pressfacts.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscribed feed. {@code validators} are what the last complete fetch answered (for a conditional GET);
 * {@code status} is null until the first fetch.
 */
public record Feed(String id, String url, String source, String language, boolean enabled, Instant createdAt,
                   Validators validators, FeedStatus status) {

    public Feed {
        Objects.requireNonNull(id);
        Objects.requireNonNull(url);
        Objects.requireNonNull(source);
        Objects.requireNonNull(language);
        Objects.requireNonNull(createdAt);
        validators = validators == null ? Validators.NONE : validators;
    }

    /** ETag and Last-Modified of the last complete fetch, sent back as If-None-Match and If-Modified-Since. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** Enabled, and not backing off after failures. */
    public boolean isDue(Instant now) {
        return enabled && (status == null || status.nextFetchAfter() == null || !now.isBefore(status.nextFetchAfter()));
    }

    /** When this feed was last fetched; never-fetched feeds sort first, so a run that stops early resumes with them. */
    Instant lastFetchedAt() {
        return status == null ? Instant.EPOCH : status.fetchedAt();
    }
}
