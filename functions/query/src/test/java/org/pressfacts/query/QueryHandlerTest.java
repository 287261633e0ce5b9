package org.pressfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.store.NewsQueries;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /articles/{id} driven by the real API Gateway event of events/get-article.json, against dynalite. */
class QueryHandlerTest {

    private NewsTable news;
    private ArticleService articles;
    private QueryHandler handler;

    @BeforeEach
    void freshTable() {
        TestTable table = TestTable.create();
        news = table.newsTable();
        articles = new ArticleService(news, new ArticleCleaner(), Clock.systemUTC());
        handler = new QueryHandler(QueryServices.of(news, new NewsQueries(table.client(), table.name()),
                KnowledgeBaseLoader.shared(), new Cursors("query-handler-test-secret")));
    }

    @ParameterizedTest
    @Event(value = "get-article.json", type = APIGatewayProxyRequestEvent.class)
    void showsNoEntitiesWhilePendingAndTheTaggedEntitiesWithTheirMentionsOnceTagged(APIGatewayProxyRequestEvent event)
            throws Exception {
        String text = "Kyrgyz President Sadyr Japarov welcomed Russian President Vladimir Putin in Bishkek.";
        Article article = articles.submit(ArticleDraft.from(Json.MAPPER.createObjectNode()
                .put("url", "https://wire.example/kg/20").put("text", text).put("publishedAt", "2023-10-12"),
                Clock.systemUTC())).article();
        event.setPathParameters(Map.of("id", article.id()));
        event.setPath("/articles/" + article.id());

        JsonNode pending = get(event);
        assertEquals("PENDING", pending.get("tagStatus").asText());
        assertTrue(pending.get("entities").isArray() && pending.get("entities").isEmpty(), pending.toString());

        new TaggingService(news, Tagger.shared()).tagRevision(article.id(), article.revision());

        JsonNode tagged = get(event);
        assertEquals("TAGGED", tagged.get("tagStatus").asText());
        JsonNode japarov = null;
        for (JsonNode entity : tagged.get("entities")) {
            if (entity.get("id").asText().equals("person:sadyr-japarov")) {
                japarov = entity;
            }
        }
        assertTrue(japarov != null, tagged.get("entities").toString());
        assertEquals("PERSON", japarov.get("type").asText());
        assertEquals("Sadyr Japarov", japarov.get("name").asText());
        assertEquals("KG", japarov.get("country").asText());
        JsonNode mention = japarov.get("mentions").get(0);
        assertEquals("Sadyr Japarov", tagged.get("newsText").asText()
                .substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals("Sadyr Japarov", mention.get("text").asText());
        assertFalse(mention.get("kind").asText().isEmpty());
        assertFalse(mention.has("span"), "offsets are flat: " + mention);
    }

    private JsonNode get(APIGatewayProxyRequestEvent event) throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.MAPPER.readTree(response.getBody());
    }
}
