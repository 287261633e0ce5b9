package org.pressfacts.feed;

import org.pressfacts.http.Problems;
import org.pressfacts.store.FeedTable;
import org.pressfacts.store.NewsTable;

import java.time.Clock;
import java.util.List;

/** The feeds a newsroom subscribes to: POST, GET and DELETE /feeds. */
public final class FeedRegistry {

    private final FeedTable table;
    private final Clock clock;

    public FeedRegistry(FeedTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    public static FeedRegistry fromEnvironment() {
        return new FeedRegistry(NewsTable.fromEnvironment().feeds(), Clock.systemUTC());
    }

    /** @throws org.pressfacts.http.ProblemException 409 when the same canonical URL is already registered */
    public Feed register(FeedDraft draft) {
        // the id is the canonical URL's hash, as for articles: registering the same feed twice cannot make two
        Feed feed = new Feed(draft.url().articleId(), draft.url().value(), draft.source(), draft.language(),
                draft.enabled(), clock.instant(), Feed.Validators.NONE, null);
        if (!table.createFeed(feed)) {
            throw Problems.conflict("feed " + feed.id() + " (" + feed.url() + ") is already registered");
        }
        return feed;
    }

    /** SnapStart priming: one read of the registry runs the client's whole request path and writes nothing. */
    public List<String> prime() {
        return List.of("feed registry read: " + list().size() + " feeds");
    }

    public List<Feed> list() {
        return table.listFeeds();
    }

    public void delete(String id) {
        if (!table.deleteFeed(id)) {
            throw Problems.notFound("feed", id);
        }
    }
}
