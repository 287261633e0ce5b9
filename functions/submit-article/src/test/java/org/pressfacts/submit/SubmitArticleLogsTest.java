package org.pressfacts.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.testing.Stdout;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators get from POST /articles: JSON lines they can search by request and article, and its metrics. */
class SubmitArticleLogsTest {

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void logsAndCountsEachSubmissionByRequestAndArticleWithoutItsTextOrTheApiKey(APIGatewayProxyRequestEvent event)
            throws Exception {
        TestTable table = TestTable.create();
        SubmitArticleHandler handler = new SubmitArticleHandler(
                new ArticleService(table.newsTable(), new ArticleCleaner(), Clock.systemUTC()));
        List<String> lines;
        String newsText;
        String id;
        try (Stdout out = Stdout.capture()) {
            JsonNode created = Json.MAPPER.readTree(handler.handleRequest(event, null).getBody());
            handler.handleRequest(event, null);
            lines = out.lines();
            newsText = created.get("newsText").asText();
            id = created.get("id").asText();
        }
        List<JsonNode> json = new ArrayList<>();
        for (String line : lines) {
            json.add(Json.MAPPER.readTree(line));  // every line is one JSON object
            assertFalse(line.contains(event.getHeaders().get("x-api-key")), "API key in " + line);
            assertFalse(line.contains(newsText.substring(0, 40)), "article text in " + line);
        }
        String requestId = event.getRequestContext().getRequestId();
        assertTrue(json.stream().anyMatch(l -> "article submitted".equals(l.path("message").asText())
                && requestId.equals(l.path("requestId").asText()) && id.equals(l.path("articleId").asText())
                && "CREATED".equals(l.path("outcome").asText())), lines.toString());
        assertEquals(1, json.stream().filter(l -> l.path("ArticlesSubmitted").asInt() == 1).count(), lines.toString());
        assertEquals(1, json.stream().filter(l -> l.path("DuplicateSubmissions").asInt() == 1
                && requestId.equals(l.path("requestId").asText())).count(), lines.toString());
    }
}
