package org.pressfacts.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the last fetch of a feed went, as GET /feeds shows it. {@code detail} says what went wrong (the feed's error,
 * or the first rejected item); {@code nextFetchAfter} is set only while backing off after failures.
 */
public record FeedStatus(Instant fetchedAt, Outcome outcome, int httpStatus, String detail, int itemsFound,
                         int itemsCreated, int itemsKnown, int itemsRejected, int consecutiveFailures,
                         Instant nextFetchAfter) {

    /** Backoff starts at the default schedule's interval and doubles, up to a day. */
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(15);
    static final Duration MAX_BACKOFF = Duration.ofDays(1);
    /** DynamoDB items are small; a detail is for a human, not a log. */
    static final int MAX_DETAIL_CHARS = 500;

    public FeedStatus {
        Objects.requireNonNull(fetchedAt);
        Objects.requireNonNull(outcome);
        if (detail != null && detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS - 1) + "…";
        }
    }

    public enum Outcome {
        /** Fetched and every item handled (some may be rejected: see itemsRejected and detail). */
        FETCHED,
        /** 304: nothing new since the last complete fetch. */
        NOT_MODIFIED,
        /** The run ran out of time inside this feed; the next run fetches it again without validators. */
        PARTIAL,
        /** Nothing usable: unreachable, refused, not a feed, malformed, too large. */
        FAILED
    }

    /** The status after a failure, backing off 15 min, 30 min, 1 h, … (at most a day) from {@code now}. */
    static FeedStatus failed(Instant now, int httpStatus, String detail, FeedStatus previous) {
        int failures = (previous == null ? 0 : previous.consecutiveFailures()) + 1;
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        return new FeedStatus(now, Outcome.FAILED, httpStatus, detail, 0, 0, 0, 0, failures, now.plus(wait));
    }
}
