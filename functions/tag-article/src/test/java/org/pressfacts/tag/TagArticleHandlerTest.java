package org.pressfacts.tag;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.ArticleView;
import org.pressfacts.http.Json;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream consumer driven by the real DynamoDB stream event of events/tag-article.json, against dynalite. */
class TagArticleHandlerTest {

    static final String BISHKEK = "BISHKEK (Fixture Wire) - Kyrgyz President Sadyr Japarov welcomed Russian President "
            + "Vladimir Putin in Bishkek on Thursday. Putin and Japarov discussed the Kant air base.";
    static final String PARIS = "PARIS (Fixture Wire) - French President Emmanuel Macron received German Chancellor "
            + "Olaf Scholz on Thursday. Macron said France and Germany would present a joint plan.";

    private TestTable table;
    private NewsTable news;
    private ArticleService articles;
    private TagArticleHandler handler;

    @BeforeEach
    void freshTable() {
        table = TestTable.create();
        news = table.newsTable();
        articles = new ArticleService(news, new ArticleCleaner(), Clock.systemUTC());
        handler = new TagArticleHandler(new TaggingService(news, Tagger.shared()));
    }

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void tagsTheRevisionOfEachRecordStoresItsMentionsAndMarksItTagged(DynamodbEvent event) {
        Article bishkek = submit(articles, "https://wire.example/kg/1", BISHKEK);
        submit(articles, "https://wire.example/fr/1", "PARIS - An earlier version.");
        Article paris = submit(articles, "https://wire.example/fr/1", PARIS);
        pointAt(record(event, 0), bishkek);
        pointAt(record(event, 1), paris);
        assertTrue(articles.view(bishkek.id()).entities().isEmpty(), "no entities while PENDING");

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertTrue(response.getBatchItemFailures().isEmpty(), response.toString());
        ArticleView kg = articles.view(bishkek.id());
        assertEquals("TAGGED", kg.tagStatus());
        assertTrue(entityIds(kg).containsAll(List.of("person:sadyr-japarov", "person:vladimir-putin")), entityIds(kg).toString());
        ArticleView.EntityView japarov = kg.entities().stream()
                .filter(e -> e.id().equals("person:sadyr-japarov")).findFirst().orElseThrow();
        assertEquals("PERSON", japarov.type());
        assertEquals("KG", japarov.country());
        assertEquals(2, japarov.mentions().size());
        ArticleView.MentionView first = japarov.mentions().getFirst();
        assertEquals("Sadyr Japarov", kg.newsText().substring(first.start(), first.end()));

        ArticleView fr = articles.view(paris.id());
        assertEquals(2, fr.revision());
        assertEquals("TAGGED", fr.tagStatus());
        assertTrue(entityIds(fr).containsAll(List.of("person:emmanuel-macron", "person:olaf-scholz")), entityIds(fr).toString());
        assertEquals(List.of(paris.id()), news.findArticlesMentioning("person:olaf-scholz", 10).stream()
                .map(found -> found.articleId()).toList());
    }

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void aPoisonRecordIsReportedByItsSequenceNumberAndTheOthersAreTagged(DynamodbEvent event) {
        String corruptId = "00000000000000c0ffee";
        // an article item that lost its text and date: reading it throws
        table.client().putItem(b -> b.tableName(table.name()).item(Map.of(
                "PK", s("ARTICLE#" + corruptId), "SK", s("META"), "id", s(corruptId),
                "revision", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"),
                "tagStatus", s("PENDING"))));
        Article paris = submit(articles, "https://wire.example/fr/2", PARIS);
        DynamodbStreamRecord poison = record(event, 0);
        poison.getDynamodb().getNewImage().put("id", new AttributeValue().withS(corruptId));
        poison.getDynamodb().getNewImage().put("revision", new AttributeValue().withN("1"));
        pointAt(record(event, 1), paris);

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertEquals(List.of(poison.getDynamodb().getSequenceNumber()),
                response.getBatchItemFailures().stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals("TAGGED", articles.view(paris.id()).tagStatus());
    }

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void aPendingImageWithoutItsRevisionIsAFailedRecordNotASilentSkip(DynamodbEvent event) {
        Article paris = submit(articles, "https://wire.example/fr/3", PARIS);
        pointAt(record(event, 0), paris);
        record(event, 0).getDynamodb().getNewImage().remove("revision");
        pointAt(record(event, 1), paris);

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertEquals(List.of(record(event, 0).getDynamodb().getSequenceNumber()),
                response.getBatchItemFailures().stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
    }

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void aReplayedOrStaleRecordSucceedsWithoutWritingAnything(DynamodbEvent event) {
        Article first = submit(articles, "https://wire.example/fr/4", "PARIS - An earlier version.");
        Article second = submit(articles, "https://wire.example/fr/4", PARIS);
        pointAt(record(event, 0), second);
        handler.handleRequest(event, null);
        int items = storedItems();

        pointAt(record(event, 1), first);  // revision 1 of the same article: stale
        StreamsEventResponse response = handler.handleRequest(event, null);  // and record 0 replayed

        assertTrue(response.getBatchItemFailures().isEmpty(), response.toString());
        assertEquals(items, storedItems());
        assertEquals(2, articles.view(second.id()).revision());
        assertEquals("TAGGED", articles.view(second.id()).tagStatus());
    }

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void recordsOfOtherItemsOrOtherChangesAreIgnored(DynamodbEvent event) {
        Article paris = submit(articles, "https://wire.example/fr/5", PARIS);
        pointAt(record(event, 0), paris);
        record(event, 0).setEventName("REMOVE");
        pointAt(record(event, 1), paris);
        record(event, 1).getDynamodb().getNewImage().put("SK", new AttributeValue().withS("MENTION#000001#person:x"));
        int items = storedItems();

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertTrue(response.getBatchItemFailures().isEmpty());
        assertEquals(items, storedItems());
        assertEquals("PENDING", articles.view(paris.id()).tagStatus());
    }

    static Article submit(ArticleService articles, String url, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("url", url).put("text", text).put("publishedAt", "2023-10-12").put("source", "Fixture Wire");
        return articles.submit(ArticleDraft.from(body, Clock.systemUTC())).article();
    }

    private static DynamodbStreamRecord record(DynamodbEvent event, int index) {
        return event.getRecords().get(index);
    }

    /** Makes a record of the shared event announce this stored revision instead of the one in the file. */
    static void pointAt(DynamodbStreamRecord record, Article article) {
        Map<String, AttributeValue> image = new HashMap<>(record.getDynamodb().getNewImage());
        image.put("PK", new AttributeValue().withS("ARTICLE#" + article.id()));
        image.put("id", new AttributeValue().withS(article.id()));
        image.put("revision", new AttributeValue().withN(Integer.toString(article.revision())));
        record.getDynamodb().setNewImage(image);
        record.getDynamodb().setKeys(Map.of("PK", image.get("PK"), "SK", image.get("SK")));
    }

    private static List<String> entityIds(ArticleView view) {
        return view.entities().stream().map(ArticleView.EntityView::id).toList();
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue s(String value) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
    }

    private int storedItems() {
        return table.client().scan(b -> b.tableName(table.name())).count();
    }
}
