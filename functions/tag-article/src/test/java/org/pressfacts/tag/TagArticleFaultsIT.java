package org.pressfacts.tag;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.Dynalite;
import org.pressfacts.testing.FaultProxy;
import org.pressfacts.testing.FaultProxy.Fault;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A batch from the stream in which DynamoDB keeps failing for one article only (a hot or broken partition): that
 * record is reported by its sequence number, which on AWS is retried and then sent to TagDeadLetterQueue, and every
 * other record of the batch is tagged.
 */
class TagArticleFaultsIT {

    private static final String PARIS = "Emmanuel Macron received Olaf Scholz in Paris on Tuesday.";
    private static final String KYIV = "Volodymyr Zelensky travelled to Warsaw on Monday to meet Andrzej Duda.";

    @ParameterizedTest
    @Event(value = "tag-article.json", type = DynamodbEvent.class)
    void aRecordWhoseArticleTheStoreKeepsFailingIsReportedAndTheOthersAreTagged(DynamodbEvent event) {
        TestTable table = TestTable.create();
        ArticleService articles = new ArticleService(table.newsTable(), new ArticleCleaner(), Clock.systemUTC());
        Article poison = TagArticleHandlerTest.submit(articles, "https://wire.example/fr/9", PARIS);
        Article healthy = TagArticleHandlerTest.submit(articles, "https://wire.example/pl/9", KYIV);
        TagArticleHandlerTest.pointAt(event.getRecords().get(0), poison);
        TagArticleHandlerTest.pointAt(event.getRecords().get(1), healthy);
        try (FaultProxy proxy = FaultProxy.start(Dynalite.shared().endpoint())) {
            proxy.whenBodyContains("*", poison.id(), Fault.DROP_BEFORE_FORWARDING);
            TagArticleHandler handler = new TagArticleHandler(new TaggingService(
                    new NewsTable(TestTable.client(proxy.endpoint()), table.name()), Tagger.shared()));

            StreamsEventResponse response = handler.handleRequest(event, null);

            assertEquals(List.of(event.getRecords().get(0).getDynamodb().getSequenceNumber()),
                    response.getBatchItemFailures().stream()
                            .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
        }
        assertEquals("TAGGED", articles.view(healthy.id()).tagStatus());
        assertEquals("PENDING", articles.view(poison.id()).tagStatus(), "left for the retry, the sweeper, or replay");
    }
}
