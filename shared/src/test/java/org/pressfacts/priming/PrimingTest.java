package org.pressfacts.priming;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SnapStart hooks, run as CRaC would run them, against a real dynalite table. */
class PrimingTest {

    private TestTable table;
    private NewsTable news;

    @BeforeEach
    void freshTable() {
        table = TestTable.create();
        news = table.newsTable();
    }

    @Test
    void articlePrimingWarmsTheTableClientAndTheSubmitAndReadPathsWithoutStoringAnything() {
        List<String> warmed = Priming.register(new ArticleService(news, new ArticleCleaner(), Clock.systemUTC())::prime)
                .prime();

        assertEquals(List.of("DynamoDB DescribeTable " + table.name() + ": ACTIVE", "DynamoDB GetItem ARTICLE#priming: no item"),
                warmed.subList(0, 2));
        assertTrue(warmed.get(2).startsWith("2 submissions (text, HTML) parsed, cleaned and rendered: "), warmed.get(2));
        assertEquals(0, table.client().scan(b -> b.tableName(table.name())).count(), "priming stores nothing");
    }

    @Test
    void taggingPrimingRunsTheTaggerWithItsKnowledgeBaseInBeforeCheckpoint() {
        Tagger tagger = Tagger.shared();
        List<String> seen = new ArrayList<>();
        TaggingService tagging = new TaggingService(news, tagger);
        Priming priming = Priming.register(() -> {
            List<String> warmed = tagging.prime();
            seen.addAll(warmed);
            return warmed;
        });

        priming.beforeCheckpoint(null);

        assertEquals("DynamoDB DescribeTable " + table.name() + ": ACTIVE", seen.getFirst());
        String taggerLine = seen.getLast();
        assertTrue(taggerLine.matches("tagger with knowledge base " + tagger.knowledgeBase().version()
                + ": [1-9]\\d* entities, [1-9]\\d* dates, [1-9]\\d* facts"), taggerLine);
        assertEquals(0, table.client().scan(b -> b.tableName(table.name())).count(), "priming stores nothing");
    }

    @Test
    void feedRegistryPrimingReadsTheRegistryAndWritesNothing() {
        var registry = new org.pressfacts.feed.FeedRegistry(news.feeds(), Clock.systemUTC());
        List<String> warmed = Priming.register(registry::prime).prime();
        assertEquals(List.of("feed registry read: 0 feeds"), warmed);
        assertEquals(0, table.client().scan(b -> b.tableName(table.name())).count());
    }

    @Test
    void primingFailsLoudlyWhenTheTableIsMissing() {
        NewsTable missing = new NewsTable(table.client(), table.name() + "-missing");
        Priming priming = Priming.register(new ArticleService(missing, new ArticleCleaner(), Clock.systemUTC())::prime);

        assertThrows(RuntimeException.class, priming::prime, "a snapshot must not be taken of a function that cannot reach its table");
    }
}
