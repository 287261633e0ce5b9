package org.pressfacts.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several articles about one event become one canonical fact; re-tagging replaces one article's part only. */
class FactLedgerIT {

    private static final Tagger TAGGER = new Tagger(KnowledgeBaseLoader.shared());

    private TestTable testTable;
    private NewsTable table;
    private ArticleService articles;
    private TaggingService tagging;

    @BeforeEach
    void freshTable() {
        testTable = TestTable.create();
        Clock clock = Clock.fixed(Instant.parse("2023-10-20T09:00:00Z"), ZoneOffset.UTC);
        table = new NewsTable(testTable.client(), testTable.name(), clock);
        articles = new ArticleService(table, new ArticleCleaner(), clock);
        tagging = new TaggingService(table, TAGGER);
    }

    private Article publish(String url, String published, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("url", url).put("publishedAt", published).put("text", text);
        Article article = articles.submit(ArticleDraft.from(body, articles.clock())).article();
        tagging.tagCurrentRevision(article.id());
        return article;
    }

    private List<JsonNode> visitsOfPutin() {
        return table.factIdsOf("person:vladimir-putin", 50).stream().map(id -> table.findFact(id).orElseThrow())
                .filter(f -> f.get("type").asText().equals("VISIT")).toList();
    }

    @Test
    void aPlannedTripLaterReportedAsDoneIsOneFactWithBothSourcesAndItsStatusHistory() {
        publish("https://wire.example/a", "2023-10-10", "Vladimir Putin will travel to Kyrgyzstan on Thursday.");
        publish("https://wire.example/b", "2023-10-12", "Vladimir Putin arrived in Bishkek on Thursday.");

        List<JsonNode> visits = visitsOfPutin();
        assertEquals(1, visits.size(), visits.toString());
        JsonNode visit = visits.getFirst();
        assertEquals("OCCURRED", visit.get("status").asText());
        assertEquals(2, visit.get("corroboration").asInt());
        assertEquals(List.of("PLANNED", "OCCURRED"),
                visit.get("statusHistory").findValuesAsText("status"));
        assertEquals("Bishkek", visit.get("place").get("name").asText(), "what one report adds, the merged fact keeps");
        assertEquals("2023-10-12", visit.get("date").get("start").asText());
    }

    @Test
    void theSameTravellerInAnotherMonthIsAnotherEvent() {
        publish("https://wire.example/c", "2023-10-12", "Vladimir Putin arrived in Bishkek on Thursday.");
        publish("https://wire.example/d", "2023-10-12", "Vladimir Putin visited Kyrgyzstan in May.");
        assertEquals(2, visitsOfPutin().size());
    }

    @Test
    void reTaggingARevisionReplacesThatArticlesContributionAndNothingElse() {
        publish("https://wire.example/e", "2023-10-12", "Vladimir Putin arrived in Bishkek on Thursday.");
        publish("https://wire.example/f", "2023-10-12", "Vladimir Putin landed in Bishkek on Thursday.");
        assertEquals(2, visitsOfPutin().getFirst().get("corroboration").asInt());

        publish("https://wire.example/f", "2023-10-12", "Trade between the two countries grew.");

        List<JsonNode> visits = visitsOfPutin();
        assertEquals(1, visits.size());
        assertEquals(1, visits.getFirst().get("corroboration").asInt());
    }

    @Test
    void aFactNoArticleReportsAnyMoreIsGoneWithItsListings() {
        publish("https://wire.example/g", "2023-10-12", "Vladimir Putin arrived in Bishkek on Thursday.");
        assertEquals(1, visitsOfPutin().size());
        publish("https://wire.example/g", "2023-10-12", "Trade between the two countries grew.");
        assertTrue(visitsOfPutin().isEmpty());
        assertTrue(table.factIdsOf("country:kg", 10).isEmpty());
    }

    @Test
    void replayingATaggingChangesNothing() {
        Article article = publish("https://wire.example/h", "2023-10-12", "Vladimir Putin arrived in Bishkek on Thursday.");
        JsonNode before = visitsOfPutin().getFirst();
        table.saveTagging(table.findArticle(article.id()).orElseThrow(),
                TAGGER.tag(table.findArticle(article.id()).orElseThrow().newsText(), article.publishedDate()));
        assertEquals(before, visitsOfPutin().getFirst());
    }
}
