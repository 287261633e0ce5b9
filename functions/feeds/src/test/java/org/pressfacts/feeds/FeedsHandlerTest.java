package org.pressfacts.feeds;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.feed.FeedRegistry;
import org.pressfacts.http.Json;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed routes driven by their real API Gateway events (events/*-feed*.json), against dynalite. */
class FeedsHandlerTest {

    private TestTable table;
    private FeedsHandler handler;

    @BeforeEach
    void freshTable() {
        table = TestTable.create();
        handler = new FeedsHandler(new FeedRegistry(table.newsTable().feeds(),
                Clock.fixed(Instant.parse("2023-10-12T08:30:00Z"), ZoneOffset.UTC)));
    }

    @ParameterizedTest
    @Event(value = "register-feed.json", type = APIGatewayProxyRequestEvent.class)
    void registersAFeedAnswering201WithItsLocation(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode feed = Json.MAPPER.readTree(response.getBody());
        assertEquals("/feeds/" + feed.get("id").asText(), response.getHeaders().get("Location"));
        assertEquals("https://www.example-news.org/world/rss.xml", feed.get("url").asText());
        assertEquals("Example News", feed.get("source").asText());
        assertTrue(feed.get("enabled").asBoolean());
        assertNull(feed.get("lastFetch"), "never fetched yet");
        assertEquals(1, storedItems());
    }

    @ParameterizedTest
    @Event(value = "register-feed.json", type = APIGatewayProxyRequestEvent.class)
    void theSameFeedUnderAnotherSpellingIs409(APIGatewayProxyRequestEvent event) throws Exception {
        handler.handleRequest(event, null);
        edit(event, b -> b.put("url", "HTTPS://www.Example-News.org/world/rss.xml/?utm_source=x"));

        assertProblem(handler.handleRequest(event, null), 409, null);
        assertEquals(1, storedItems());
    }

    @ParameterizedTest
    @Event(value = "register-feed.json", type = APIGatewayProxyRequestEvent.class)
    void everyInvalidFieldIsNamed(APIGatewayProxyRequestEvent event) throws Exception {
        edit(event, b -> b.put("url", "ftp://example.org/feed").put("language", "English").put("enabled", "yes")
                .remove("source"));

        JsonNode problem = assertProblem(handler.handleRequest(event, null), 422, "/url");
        assertEquals(4, problem.get("errors").size(), problem.toString());
        for (String pointer : new String[] {"/language", "/enabled", "/source"}) {
            assertTrue(problem.toString().contains("\"pointer\":\"" + pointer + "\""), pointer + " in " + problem);
        }
        assertEquals(0, storedItems());
    }

    @ParameterizedTest
    @Event(value = "register-feed.json", type = APIGatewayProxyRequestEvent.class)
    void anUnknownFieldIsNamed(APIGatewayProxyRequestEvent event) throws Exception {
        edit(event, b -> b.put("interval", 5));

        assertProblem(handler.handleRequest(event, null), 422, "/interval");
    }

    @ParameterizedTest
    @Event(value = "register-feed.json", type = APIGatewayProxyRequestEvent.class)
    void malformedJsonIs400(APIGatewayProxyRequestEvent event) throws Exception {
        event.setBody("{\"url\": ");

        assertProblem(handler.handleRequest(event, null), 400, "");
    }

    @ParameterizedTest
    @Event(value = "list-feeds.json", type = APIGatewayProxyRequestEvent.class)
    void listsRegisteredFeeds(APIGatewayProxyRequestEvent event) throws Exception {
        assertEquals(0, Json.MAPPER.readTree(handler.handleRequest(event, null).getBody()).get("feeds").size());
        handler.handleRequest(registration("https://a.example/feed", "A"), null);
        handler.handleRequest(registration("https://b.example/atom", "B"), null);

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode());
        JsonNode feeds = Json.MAPPER.readTree(response.getBody()).get("feeds");
        assertEquals(2, feeds.size());
        assertEquals(Set.of("A https://a.example/feed", "B https://b.example/atom"), Set.of(
                feeds.get(0).get("source").asText() + " " + feeds.get(0).get("url").asText(),
                feeds.get(1).get("source").asText() + " " + feeds.get(1).get("url").asText()));
    }

    @ParameterizedTest
    @Event(value = "delete-feed.json", type = APIGatewayProxyRequestEvent.class)
    void deletesAFeedOnceThenAnswers404(APIGatewayProxyRequestEvent event) throws Exception {
        String id = Json.MAPPER.readTree(handler.handleRequest(registration("https://a.example/feed", "A"), null)
                .getBody()).get("id").asText();
        event.setPathParameters(Map.of("id", id));
        event.setPath("/feeds/" + id);

        assertEquals(204, handler.handleRequest(event, null).getStatusCode());
        assertEquals(0, storedItems());
        assertProblem(handler.handleRequest(event, null), 404, null);
    }

    @ParameterizedTest
    @Event(value = "delete-feed.json", type = APIGatewayProxyRequestEvent.class)
    void deletingAnUnknownFeedIs404(APIGatewayProxyRequestEvent event) throws Exception {
        JsonNode problem = assertProblem(handler.handleRequest(event, null), 404, null);
        assertEquals("/feeds/5d1c0f1e2a3b4c5d6e7f", problem.get("instance").asText());
    }

    private static APIGatewayProxyRequestEvent registration(String url, String source) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withResource("/feeds").withPath("/feeds")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(Json.write(Map.of("url", url, "source", source)));
    }

    private static JsonNode assertProblem(APIGatewayProxyResponseEvent response, int status, String pointer)
            throws Exception {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        JsonNode problem = Json.MAPPER.readTree(response.getBody());
        assertEquals(status, problem.get("status").asInt());
        if (pointer != null) {
            assertTrue(problem.toString().contains("\"pointer\":\"" + pointer + "\""), pointer + " in " + problem);
        }
        return problem;
    }

    private static void edit(APIGatewayProxyRequestEvent event, Consumer<ObjectNode> change) throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
        change.accept(body);
        event.setBody(Json.write(body));
    }

    private int storedItems() {
        return table.client().scan(b -> b.tableName(table.name())).count();
    }
}
