package org.pressfacts.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored article revision. {@code rawText} is what the client sent (HTML already converted to text);
 * {@code newsText} is what tagging reads and what mention offsets point into.
 */
public record Article(String id, String url, int revision, String contentHash, String title, String source,
                      String language, String byline, String externalId, String publishedAt, LocalDate publishedDate,
                      String rawText, String newsText, List<String> credits, TagStatus tagStatus,
                      Instant createdAt, Instant updatedAt) {

    public Article {
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    public enum TagStatus { PENDING, TAGGED }

    public Article nextRevision(Article replacement, Instant now) {
        return new Article(id, url, revision + 1, replacement.contentHash, replacement.title, replacement.source,
                replacement.language, replacement.byline, replacement.externalId, replacement.publishedAt,
                replacement.publishedDate, replacement.rawText, replacement.newsText, replacement.credits,
                TagStatus.PENDING, createdAt, now);
    }
}
