package org.pressfacts.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.testing.Dynalite;
import org.pressfacts.testing.FaultProxy;
import org.pressfacts.testing.FaultProxy.Fault;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /articles when DynamoDB misbehaves, through a fault proxy in front of a real dynalite: the client gets a
 * 503 problem with Retry-After, or the answer it would have had, and the table never holds half a submission.
 */
class SubmitArticleFaultsIT {

    private TestTable table;
    private FaultProxy proxy;
    private SubmitArticleHandler handler;

    @BeforeEach
    void start() {
        table = TestTable.create();
        proxy = FaultProxy.start(Dynalite.shared().endpoint());
        handler = handlerFor(new org.pressfacts.store.NewsTable(TestTable.client(proxy.endpoint()), table.name()));
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void dynamoUnreachableMidRequestIs503WithRetryAfterAndWritesNothing(APIGatewayProxyRequestEvent event) throws Exception {
        proxy.always("PutItem", Fault.DROP_BEFORE_FORWARDING);

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertStoreUnavailable(response);
        assertTrue(proxy.calls("GetItem") >= 1, "the request got past its first read");
        assertTrue(proxy.calls("PutItem") > 1, "the SDK retried the write");
        assertEquals(0, storedItems());
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aResponseLostAfterTheWriteEndsInTheSameSingleArticle(APIGatewayProxyRequestEvent event) throws Exception {
        proxy.times("PutItem", Fault.DROP_AFTER_FORWARDING, 1);

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        // the SDK's retry of the conditional put finds the article written: the service reads it back, unchanged
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("unchanged", Json.MAPPER.readTree(response.getBody()).get("outcome").asText());
        assertEquals(1, proxy.injected(Fault.DROP_AFTER_FORWARDING));
        assertEquals(1, storedItems());
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aRevisionCutOffBeforeItsSwitchLeavesTheCurrentRevisionWhole(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent created = handler.handleRequest(event, null);
        String id = Json.MAPPER.readTree(created.getBody()).get("id").asText();
        APIGatewayProxyRequestEvent revised = withText(event, "A corrected story: the envoy arrived in Lakeland on Friday.");
        // the superseded revision is frozen first; the conditional switch of the current revision never arrives
        proxy.whenBodyContains("PutItem", "#rev = :expected", Fault.DROP_BEFORE_FORWARDING);

        assertStoreUnavailable(handler.handleRequest(revised, null));
        JsonNode current = Json.MAPPER.readTree(directHandler().handleRequest(event, null).getBody());
        assertEquals(1, current.get("revision").asInt(), "readers still see revision 1, whole");
        assertEquals("unchanged", current.get("outcome").asText());

        proxy.heal();
        JsonNode retried = Json.MAPPER.readTree(handler.handleRequest(revised, null).getBody());
        assertEquals("revised", retried.get("outcome").asText());
        assertEquals(2, retried.get("revision").asInt());
        assertEquals(id, retried.get("id").asText());
        assertEquals(List.of("META", "REV#000001"), sortKeys(id), "one frozen copy of revision 1, rewritten identically");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aThrottledWriteIsRetriedWithBackoffByTheSdkAndSucceeds(APIGatewayProxyRequestEvent event) {
        proxy.times("PutItem", Fault.THROTTLE, 2);

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertEquals(3, proxy.calls("PutItem"), "two throttled attempts, then the one that went through");
        assertEquals(1, storedItems());
    }

    /**
     * The deployed wiring (no-arg constructor, NewsTable.defaultClient with its 12 s call timeout) under throttling
     * that does not stop: the SDK backs off and retries, then the client is told when to come back.
     */
    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void throttlingThatDoesNotStopEndsIn503WithTheDeployedClient(APIGatewayProxyRequestEvent event) throws Exception {
        proxy.always("PutItem", Fault.THROTTLE);
        Map<String, String> previous = new HashMap<>();
        Map<String, String> settings = Map.of("TABLE_NAME", table.name(), "aws.region", "us-east-1",
                "aws.accessKeyId", "local", "aws.secretAccessKey", "local",
                "aws.endpointUrlDynamoDb", proxy.endpoint().toString());
        settings.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        try {
            long start = System.nanoTime();
            APIGatewayProxyResponseEvent response = new SubmitArticleHandler().handleRequest(event, null);
            System.out.printf("persistent throttling: 503 after %d ms and %d PutItem attempts%n",
                    (System.nanoTime() - start) / 1_000_000, proxy.calls("PutItem"));
            assertStoreUnavailable(response);
            assertTrue(proxy.calls("PutItem") > 2, "retried with backoff: " + proxy.calls("PutItem"));
            assertEquals(0, storedItems());
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static void assertStoreUnavailable(APIGatewayProxyResponseEvent response) throws Exception {
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("5", response.getHeaders().get("Retry-After"));
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("https://pressfacts.org/problems/store-unavailable",
                Json.MAPPER.readTree(response.getBody()).get("type").asText());
    }

    private SubmitArticleHandler directHandler() {
        return handlerFor(table.newsTable());
    }

    private static SubmitArticleHandler handlerFor(org.pressfacts.store.NewsTable news) {
        return new SubmitArticleHandler(new ArticleService(news, new ArticleCleaner(), Clock.systemUTC()));
    }

    private static APIGatewayProxyRequestEvent withText(APIGatewayProxyRequestEvent event, String text) throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
        body.put("text", text).remove("html");
        return event.clone().withBody(body.toString());
    }

    /** Everything the (fresh) table holds, so that nothing half-written can hide in another partition. */
    private int storedItems() {
        return table.client().scan(b -> b.tableName(table.name()).consistentRead(true)).count();
    }

    private List<String> sortKeys(String articleId) {
        return table.client().query(q -> q.tableName(table.name()).keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("ARTICLE#" + articleId)))
                        .consistentRead(true))
                .items().stream().map(item -> item.get("SK").s()).sorted().toList();
    }
}
