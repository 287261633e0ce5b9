package org.pressfacts.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.pressfacts.http.Conditional;
import org.pressfacts.http.Problems;
import org.pressfacts.http.QueryParameters;
import org.pressfacts.http.Requests;
import org.pressfacts.http.Responses;
import org.pressfacts.store.NewsQueries;

import java.util.Locale;
import org.pressfacts.priming.Priming;

/** The read side of the API: one function for every GET route, dispatched on API Gateway's resource template. */
public final class QueryHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    /** DynamoDB read capacity this request consumed, as ReturnConsumedCapacity reported it. */
    static final String READ_UNITS_HEADER = "X-Read-Capacity-Units";
    /** Listings change as articles are tagged; a fact or profile page may be a little older. */
    private static final int LISTING_MAX_AGE_SECONDS = 30;
    private static final int ITEM_MAX_AGE_SECONDS = 120;

    private final QueryServices services;

    public QueryHandler() {
        this(QueryServices.fromEnvironment());  // built once per cold start: the knowledge base loads here
        Priming.register(services.articles()::prime);  // run once, before SnapStart's snapshot
    }

    QueryHandler(QueryServices services) {
        this.services = services;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        NewsQueries.resetReadUnits();
        APIGatewayProxyResponseEvent response = Responses.handle(event, () -> route(event));
        response.getHeaders().put(READ_UNITS_HEADER,
                String.format(Locale.ROOT, "%.1f", NewsQueries.readUnitsOnThisThread()));
        return response;
    }

    private Responses.Reply route(APIGatewayProxyRequestEvent event) {
        QueryParameters query = QueryParameters.of(event);
        return switch (event.getHttpMethod() + " " + event.getResource()) {
            case "GET /articles/{id}" -> item(event, services.articles().view(id(event)));
            case "GET /articles" -> listing(event, services.listing().list(query));
            case "GET /facts" -> listing(event, services.facts().list(query));
            case "GET /facts/{id}" -> item(event, services.facts().get(id(event)));
            case "GET /entities" -> item(event, services.entities().search(query));
            case "GET /entities/{id}" -> item(event, services.entities().profile(id(event)));
            case "GET /entities/{id}/timeline" -> listing(event, services.entities().timeline(id(event), query));
            case "GET /entities/{id}/articles" -> listing(event, services.listing().mentioning(id(event), query));
            case "GET /openapi.yaml" -> Conditional.of(event, OpenApi.DOCUMENT, ITEM_MAX_AGE_SECONDS);
            default -> throw Problems.routeNotFound(event.getHttpMethod(), event.getPath());
        };
    }

    private static String id(APIGatewayProxyRequestEvent event) {
        return Requests.pathParameter(event, "id");
    }

    private static Responses.Reply item(APIGatewayProxyRequestEvent event, Object body) {
        return Conditional.json(event, body, ITEM_MAX_AGE_SECONDS);
    }

    private static Responses.Reply listing(APIGatewayProxyRequestEvent event, Object body) {
        return Conditional.json(event, body, LISTING_MAX_AGE_SECONDS);
    }
}
