package org.pressfacts.feeds;

import org.pressfacts.priming.Priming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.pressfacts.feed.Feed;
import org.pressfacts.feed.FeedDraft;
import org.pressfacts.feed.FeedRegistry;
import org.pressfacts.feed.FeedView;
import org.pressfacts.http.Problems;
import org.pressfacts.http.Requests;
import org.pressfacts.http.Responses;

import java.util.List;
import java.util.Map;

/** POST /feeds, GET /feeds and DELETE /feeds/{id}: the feeds a newsroom subscribes to, with their last fetch. */
public final class FeedsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final FeedRegistry feeds;

    public FeedsHandler() {
        this(FeedRegistry.fromEnvironment());  // built once per cold start
        Priming.register(feeds::prime);  // run once, before SnapStart's snapshot
    }
    FeedsHandler(FeedRegistry feeds) { this.feeds = feeds; }  // tests use this one

    /** The list GET /feeds answers. */
    record FeedList(List<FeedView> feeds) {}

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return Responses.handle(event, () -> switch (event.getHttpMethod() + " " + event.getResource()) {
            case "POST /feeds" -> {
                Feed feed = feeds.register(FeedDraft.from(Requests.jsonBody(event)));
                yield Responses.created("/feeds/" + feed.id(), FeedView.of(feed));
            }
            case "GET /feeds" -> Responses.ok(new FeedList(feeds.list().stream().map(FeedView::of).toList()));
            case "DELETE /feeds/{id}" -> {
                feeds.delete(Requests.pathParameter(event, "id"));
                yield new Responses.Reply(204, null, Map.of());
            }
            default -> throw Problems.routeNotFound(event.getHttpMethod(), event.getPath());
        });
    }
}
