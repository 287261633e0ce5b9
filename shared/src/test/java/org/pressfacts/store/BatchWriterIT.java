package org.pressfacts.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.http.ProblemException;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.TaggingResult;
import org.pressfacts.testing.Dynalite;
import org.pressfacts.testing.FaultProxy;
import org.pressfacts.testing.FaultProxy.Fault;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real BatchWriteItem path of saveTagging, through a proxy that makes DynamoDB leave half of each batch
 * unprocessed (dynalite never does): nothing may be lost, and a batch that never gets through must fail loudly.
 */
class BatchWriterIT {

    /** Thirty countries: more mention items than one BatchWriteItem takes (25). */
    private static final String MANY_COUNTRIES = "Leaders of France, Germany, Italy, Spain, Poland, Portugal, Greece, "
            + "Austria, Hungary, Romania, Bulgaria, Croatia, Slovenia, Slovakia, Czechia, Denmark, Sweden, Finland, "
            + "Estonia, Latvia, Lithuania, Ireland, Belgium, the Netherlands, Luxembourg, Malta, Cyprus, Norway, "
            + "Iceland and Switzerland met in Brussels on Tuesday.";

    private TestTable testTable;
    private FaultProxy proxy;
    private NewsTable direct;
    private NewsTable throughProxy;

    @BeforeEach
    void start() {
        testTable = TestTable.create();
        proxy = FaultProxy.start(Dynalite.shared().endpoint());
        direct = testTable.newsTable();
        throughProxy = new NewsTable(TestTable.client(proxy.endpoint()), testTable.name());
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    @Test
    void unprocessedItemsAreSentAgainUntilEveryMentionIsWritten() {
        Article article = submit("https://wire.example/eu/1");
        TaggingResult result = Tagger.shared().tag(article.newsText(), article.publishedDate());
        assertTrue(result.entities().size() > BatchWriter.MAX_BATCH, result.entities().size() + " entities");
        proxy.times("BatchWriteItem", Fault.UNPROCESSED_ITEMS, 4);

        assertEquals(NewsTable.SaveOutcome.SAVED, throughProxy.saveTagging(article, result));

        assertEquals(4, proxy.injected(Fault.UNPROCESSED_ITEMS));
        assertEquals(result.entities().size(), mentionItems(article.id()), "every mention item is stored");
        assertEquals(result.entities().size(), direct.findMentions(article.id()).size());
        assertEquals(Article.TagStatus.TAGGED, direct.findArticle(article.id()).orElseThrow().tagStatus());
    }

    @Test
    void aBatchThatNeverGetsThroughIsA503AndTheArticleStaysPendingForTheRetry() {
        Article article = submit("https://wire.example/eu/2");
        TaggingResult result = Tagger.shared().tag(article.newsText(), article.publishedDate());
        proxy.always("BatchWriteItem", Fault.UNPROCESSED_ITEMS);

        ProblemException e = assertThrows(ProblemException.class, () -> throughProxy.saveTagging(article, result));

        assertEquals(503, e.problem().status());
        assertEquals(BatchWriter.MAX_ATTEMPTS, proxy.calls("BatchWriteItem"), "bounded, then gives up");
        assertEquals(Article.TagStatus.PENDING, direct.findArticle(article.id()).orElseThrow().tagStatus(),
                "never TAGGED with mentions missing");
        proxy.heal();
        assertEquals(NewsTable.SaveOutcome.SAVED, throughProxy.saveTagging(article, result), "the retry repairs it");
        assertEquals(result.entities().size(), mentionItems(article.id()));
    }

    private Article submit(String url) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("url", url).put("text", MANY_COUNTRIES)
                .put("publishedAt", "2023-10-12").put("source", "Fixture Wire");
        return new ArticleService(direct, new ArticleCleaner(), Clock.systemUTC())
                .submit(ArticleDraft.from(body, Clock.systemUTC())).article();
    }

    /** A Query on the article's partition, not a Scan: what a client of the table could afford. */
    private int mentionItems(String articleId) {
        return testTable.client().query(q -> q.tableName(testTable.name())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :mention)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.articlePartition(articleId)),
                        ":mention", AttributeValue.fromS(Keys.MENTION_PREFIX)))
                .consistentRead(true)).count();
    }
}
