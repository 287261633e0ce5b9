package org.pressfacts.feed;

/** The JSON an API client sees for a feed; {@code lastFetch} is absent until the first fetch. */
public record FeedView(String id, String url, String source, String language, boolean enabled, String createdAt,
                       LastFetch lastFetch) {

    /** {@link FeedStatus} with its instants as ISO-8601 strings. */
    public record LastFetch(String fetchedAt, String outcome, Integer httpStatus, String detail, int itemsFound,
                            int itemsCreated, int itemsKnown, int itemsRejected, int consecutiveFailures,
                            String nextFetchAfter) {}

    public static FeedView of(Feed feed) {
        FeedStatus s = feed.status();
        LastFetch last = s == null ? null : new LastFetch(s.fetchedAt().toString(), s.outcome().name(),
                s.httpStatus() == 0 ? null : s.httpStatus(), s.detail(), s.itemsFound(), s.itemsCreated(),
                s.itemsKnown(), s.itemsRejected(), s.consecutiveFailures(),
                s.nextFetchAfter() == null ? null : s.nextFetchAfter().toString());
        return new FeedView(feed.id(), feed.url(), feed.source(), feed.language(), feed.enabled(),
                feed.createdAt().toString(), last);
    }
}
