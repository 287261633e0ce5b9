package org.pressfacts.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Problems;
import org.pressfacts.http.Requests;
import org.pressfacts.http.Responses;
import org.pressfacts.priming.Priming;

/** The read side of the API: one function for every GET route, dispatched on API Gateway's resource template. */
public final class QueryHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final ArticleService articles;

    public QueryHandler() {
        this(ArticleService.fromEnvironment());  // built once per cold start
        Priming.register(articles::prime);  // run once, before SnapStart's snapshot
    }

    QueryHandler(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return Responses.handle(event, () -> switch (event.getHttpMethod() + " " + event.getResource()) {
            case "GET /articles/{id}" -> Responses.ok(articles.view(Requests.pathParameter(event, "id")));
            default -> throw Problems.routeNotFound(event.getHttpMethod(), event.getPath());
        });
    }
}
