package org.pressfacts.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /articles driven by the real API Gateway event of events/submit-article.json, against dynalite. */
class SubmitArticleHandlerTest {

    private TestTable table;
    private SubmitArticleHandler handler;

    @BeforeEach
    void freshTable() {
        table = TestTable.create();
        handler = new SubmitArticleHandler(new ArticleService(table.newsTable(), new ArticleCleaner(), Clock.systemUTC()));
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void storesTheArticleAndAnswers201WithItsLocation(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(201, response.getStatusCode());
        JsonNode body = Json.MAPPER.readTree(response.getBody());
        assertEquals("/articles/" + body.get("id").asText(), response.getHeaders().get("Location"));
        assertEquals("created", body.get("outcome").asText());
        assertEquals("https://www.example-news.org/world/2023/10/12/envoy-visits-lakeland", body.get("url").asText());
        assertEquals("Jane Roe", body.get("byline").asText());
        String news = body.get("newsText").asText();
        assertFalse(news.contains("Share this") || news.contains("All rights reserved") || news.contains("Photo:")
                || news.contains("Contact her"), news);
        assertEquals(1, storedItems());
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void theSameArticleAgainAnswers200WithTheSameId(APIGatewayProxyRequestEvent event) throws Exception {
        String first = Json.MAPPER.readTree(handler.handleRequest(event, null).getBody()).get("id").asText();
        APIGatewayProxyResponseEvent again = handler.handleRequest(event, null);
        assertEquals(200, again.getStatusCode());
        assertEquals(first, Json.MAPPER.readTree(again.getBody()).get("id").asText());
        assertEquals(1, storedItems());
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void nonJsonIs400(APIGatewayProxyRequestEvent event) throws Exception {
        event.setBody("{\"url\": ");
        assertProblem(event, 400, "");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aBodyThatIsNotAnObjectIs422(APIGatewayProxyRequestEvent event) throws Exception {
        event.setBody("[1, 2]");
        assertProblem(event, 422, "");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void wrongContentTypeIs415(APIGatewayProxyRequestEvent event) throws Exception {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("Content-Type", "text/plain");
        event.setHeaders(headers);
        assertProblem(event, 415, "Content-Type");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aMissingUrlIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.remove("url")), 422, "/url");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void anInvalidUrlIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("url", "javascript:alert(1)")), 422, "/url");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void anInvalidDateIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("publishedAt", "12/10/2023")), 422, "/publishedAt");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void anUnknownFieldIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("author", "someone")), 422, "/author");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aWrongTypeIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("title", 42)), 422, "/title");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void emptyTextIs422NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("text", "   ")), 422, "/text");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void textThatIsOnlyBoilerplateIs422(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("text", "Share this\n\n© 2023 Example News. All rights reserved.")), 422, "/text");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void textOver200000CharactersIs413NamingIt(APIGatewayProxyRequestEvent event) throws Exception {
        assertProblem(edit(event, b -> b.put("text", "word ".repeat(40_001))), 413, "/text");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void aBodyOver1MiBIs413(APIGatewayProxyRequestEvent event) throws Exception {
        event.setBody("{\"text\": \"" + "x".repeat((1 << 20) + 1) + "\"}");
        assertProblem(event, 413, "");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void deeplyNestedJsonIs400(APIGatewayProxyRequestEvent event) throws Exception {
        event.setBody("[".repeat(5_000) + "]".repeat(5_000));
        assertProblem(event, 400, "");
    }

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void htmlIsConvertedAndScriptsNeverSurvive(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(edit(event, b -> {
            b.remove("text");
            b.put("html", "<html><head><style>p{}</style></head><body><h1>Envoy arrives</h1>"
                    + "<script>alert('x')</script><p>The envoy met the president on Thursday.</p>"
                    + "<p>Share this</p></body></html>");
        }), null);
        assertEquals(201, response.getStatusCode(), response.getBody());
        String news = Json.MAPPER.readTree(response.getBody()).get("newsText").asText();
        assertEquals("The envoy met the president on Thursday.", news);
    }

    private void assertProblem(APIGatewayProxyRequestEvent event, int status, String pointer) throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        JsonNode problem = Json.MAPPER.readTree(response.getBody());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("type").asText().startsWith("https://pressfacts.org/problems/"));
        boolean named = false;
        for (JsonNode error : problem.withArray("errors")) {
            named |= error.get("pointer").asText().equals(pointer);
        }
        assertTrue(named || (pointer.isEmpty() && problem.withArray("errors").isEmpty()), "no error names " + pointer + ": " + problem);
        assertEquals(0, storedItems(), "a rejected request must store nothing");
    }

    private static APIGatewayProxyRequestEvent edit(APIGatewayProxyRequestEvent event, Consumer<ObjectNode> change) throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
        change.accept(body);
        event.setBody(Json.write(body));
        return event;
    }

    private int storedItems() {
        return table.client().scan(b -> b.tableName(table.name())).count();
    }
}
