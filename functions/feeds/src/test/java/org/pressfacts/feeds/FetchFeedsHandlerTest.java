package org.pressfacts.feeds;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.feed.AddressPolicy;
import org.pressfacts.feed.FeedDraft;
import org.pressfacts.feed.FeedIngestion;
import org.pressfacts.feed.FeedRegistry;
import org.pressfacts.feed.WebFetcher;
import org.pressfacts.http.Json;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.FeedServer;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FetchFeedsFunction driven by the real EventBridge event of events/fetch-feeds.json, against a loopback feed. */
class FetchFeedsHandlerTest {

    private NewsTable news;
    private FeedServer server;
    private FetchFeedsHandler handler;

    @BeforeEach
    void start() {
        news = TestTable.create().newsTable();
        server = FeedServer.start();
        ArticleService articles = new ArticleService(news, new ArticleCleaner(), Clock.systemUTC());
        FeedIngestion ingestion = new FeedIngestion(news.feeds(), articles,
                new WebFetcher(AddressPolicy.strict().allowing(Set.of(server.hostPort()))), Clock.systemUTC());
        handler = new FetchFeedsHandler(ingestion, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @Event(value = "fetch-feeds.json", type = ScheduledEvent.class)
    void storesNewItemsAsPendingArticlesThatTaggingPicksUp(ScheduledEvent event) {
        server.serveResource("/rss", "application/rss+xml", "feeds/rss2.xml");
        new FeedRegistry(news.feeds(), Clock.systemUTC()).register(FeedDraft.from(Json.MAPPER.createObjectNode()
                .put("url", server.base() + "/rss").put("source", "Example Wire")));

        assertEquals("feeds due=1 fetched=1 notModified=0 partial=0 failed=0; items created=2 known=0 rejected=0",
                handler.handleRequest(event, null));

        String id = CanonicalUrl.of(server.base() + "/world/envoy-bishkek").articleId();
        assertEquals(Article.TagStatus.PENDING, news.findArticle(id).orElseThrow().tagStatus());
        assertEquals(TaggingService.Outcome.TAGGED, new TaggingService(news, Tagger.shared()).tagRevision(id, 1));
        assertTrue(news.findMentions(id).stream().anyMatch(m -> m.entity().name().contains("Japarov")),
                "feed articles are tagged like any other");
        assertEquals("feeds due=1 fetched=1 notModified=0 partial=0 failed=0; items created=0 known=2 rejected=0",
                handler.handleRequest(event, null));
    }
}
