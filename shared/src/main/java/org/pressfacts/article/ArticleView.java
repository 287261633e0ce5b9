package org.pressfacts.article;

import java.util.List;
import java.util.Locale;

/** The JSON an API client sees for an article; {@code outcome} only on submission responses. */
public record ArticleView(String id, String url, int revision, String outcome, String title, String source,
                          String language, String byline, String externalId, String publishedAt, String tagStatus,
                          String newsText, List<String> credits, String createdAt, String updatedAt) {

    public static ArticleView of(ArticleService.Submission submission) {
        return of(submission.article(), submission.outcome().name().toLowerCase(Locale.ROOT));
    }

    public static ArticleView of(Article a) {
        return of(a, null);
    }

    private static ArticleView of(Article a, String outcome) {
        return new ArticleView(a.id(), a.url(), a.revision(), outcome, a.title(), a.source(), a.language(), a.byline(),
                a.externalId(), a.publishedAt(), a.tagStatus().name(), a.newsText(), a.credits(),
                a.createdAt().toString(), a.updatedAt().toString());
    }
}
