package org.pressfacts.tag;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressfacts.tag.TagArticleHandlerTest.BISHKEK;
import static org.pressfacts.tag.TagArticleHandlerTest.PARIS;
import static org.pressfacts.tag.TagArticleHandlerTest.submit;

/** The sweeper driven by the real EventBridge event of events/sweep-pending.json, against dynalite. */
class SweepPendingHandlerTest {

    private static final Instant SUBMITTED = Instant.parse("2023-10-12T08:00:00Z");
    private static final Duration AGE = Duration.ofMinutes(SweepPendingHandler.DEFAULT_PENDING_AGE_MINUTES);

    private NewsTable news;
    private TaggingService tagging;
    private ArticleService articles;

    @BeforeEach
    void freshTable() {
        news = TestTable.create().newsTable();
        tagging = new TaggingService(news, Tagger.shared());
        articles = new ArticleService(news, new ArticleCleaner(), Clock.fixed(SUBMITTED, ZoneOffset.UTC));
    }

    private SweepPendingHandler sweeperAt(Instant now, int limit) {
        return new SweepPendingHandler(tagging, Clock.fixed(now, ZoneOffset.UTC), AGE, limit);
    }

    @ParameterizedTest
    @Event(value = "sweep-pending.json", type = ScheduledEvent.class)
    void tagsRevisionsLeftPendingLongerThanTheAgeAndThenHasNothingLeft(ScheduledEvent event) {
        Article kg = submit(articles, "https://wire.example/kg/10", BISHKEK);
        Article fr = submit(articles, "https://wire.example/fr/10", PARIS);
        SweepPendingHandler sweeper = sweeperAt(SUBMITTED.plus(AGE).plusSeconds(1), 25);

        assertEquals("found=2 tagged=2 skipped=0 failed=0", sweeper.handleRequest(event, null));

        assertEquals(Article.TagStatus.TAGGED, articles.get(kg.id()).tagStatus());
        assertEquals(Article.TagStatus.TAGGED, articles.get(fr.id()).tagStatus());
        assertEquals(false, news.findMentions(kg.id()).isEmpty());
        assertEquals("found=0 tagged=0 skipped=0 failed=0", sweeper.handleRequest(event, null));
    }

    @ParameterizedTest
    @Event(value = "sweep-pending.json", type = ScheduledEvent.class)
    void leavesRecentRevisionsToTheStream(ScheduledEvent event) {
        Article fresh = submit(articles, "https://wire.example/fr/11", PARIS);

        assertEquals("found=0 tagged=0 skipped=0 failed=0",
                sweeperAt(SUBMITTED.plus(AGE).minusSeconds(1), 25).handleRequest(event, null));
        assertEquals(Article.TagStatus.PENDING, articles.get(fresh.id()).tagStatus());
    }

    @ParameterizedTest
    @Event(value = "sweep-pending.json", type = ScheduledEvent.class)
    void tagsAtMostTheLimitPerRunSoABacklogDrainsOverSeveralRuns(ScheduledEvent event) {
        submit(articles, "https://wire.example/kg/12", BISHKEK);
        submit(articles, "https://wire.example/fr/12", PARIS);
        SweepPendingHandler sweeper = sweeperAt(SUBMITTED.plus(Duration.ofHours(1)), 1);

        assertEquals("found=1 tagged=1 skipped=0 failed=0", sweeper.handleRequest(event, null));
        assertEquals("found=1 tagged=1 skipped=0 failed=0", sweeper.handleRequest(event, null));
        assertEquals("found=0 tagged=0 skipped=0 failed=0", sweeper.handleRequest(event, null));
    }
}
