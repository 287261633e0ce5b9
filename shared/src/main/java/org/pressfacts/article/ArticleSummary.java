package org.pressfacts.article;

/** An article as listings show it: what it is and when, without its text (GET /articles/{id} has that). */
public record ArticleSummary(String id, String url, int revision, String title, String source, String language,
                             String publishedAt, String publishedDate, String tagStatus) {}
