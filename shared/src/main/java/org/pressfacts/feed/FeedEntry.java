package org.pressfacts.feed;

import java.time.Instant;

/**
 * One item of a feed as parsed, before it becomes an article draft. {@code contentHtml} is the full text
 * (content:encoded, atom:content) when the feed carries it; {@code summaryHtml} the description or summary.
 * {@code published} is null when the item has no date or one no parser understood.
 */
public record FeedEntry(String link, String guid, String title, String author, String summaryHtml,
                        String contentHtml, Instant published) {}
