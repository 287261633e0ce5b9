package org.pressfacts.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.http.Json;
import org.pressfacts.store.FeedTable;
import org.pressfacts.testing.FeedServer;
import org.pressfacts.testing.TestTable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scheduled fetching against a real HTTP server on loopback and a real dynalite table. */
class FeedIngestionTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final Instant NOW = Instant.parse("2023-10-12T12:00:00Z");
    private static final Instant FAR = NOW.plus(Duration.ofHours(1));

    private TestTable table;
    private FeedTable feeds;
    private ArticleService articles;
    private FeedRegistry registry;
    private FeedServer server;
    private MovableClock clock;

    @BeforeEach
    void start() {
        table = TestTable.create();
        feeds = table.newsTable().feeds();
        clock = new MovableClock(NOW);
        articles = new ArticleService(table.newsTable(), new ArticleCleaner(), clock);
        registry = new FeedRegistry(feeds, clock);
        server = FeedServer.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Fetches allowed only to the test server's exact host:port: loopback stays refused for anything else. */
    private FeedIngestion ingestion() {
        return ingestion(AddressPolicy.strict().allowing(Set.of(server.hostPort())));
    }

    private FeedIngestion ingestion(AddressPolicy policy) {
        return new FeedIngestion(feeds, articles, new WebFetcher(policy), clock);
    }

    private Feed register(String path, String source) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("url", server.base() + path).put("source", source);
        return registry.register(FeedDraft.from(body));
    }

    private FeedStatus status(Feed feed) {
        return feeds.findFeed(feed.id()).orElseThrow().status();
    }

    private Article article(String url) {
        return articles.get(CanonicalUrl.of(url).articleId());
    }

    private int storedItems() {
        return table.client().scan(b -> b.tableName(table.name())).count();
    }

    @Test
    void readsRss2RdfAndAtomFeedsIntoArticles() {
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        server.serveResource("/rdf", "application/rdf+xml", "feeds/rdf.xml");
        server.serveResource("/atom", "application/atom+xml", "feeds/atom.xml");
        Feed rss = register("/rss", "Example Wire");
        Feed rdf = register("/rdf", "Example RDF Desk");
        Feed atom = register("/atom", "Example Atom Desk");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(3, report.fetched(), report.summary());
        assertEquals(6, report.itemsCreated(), report.summary());
        Article envoy = article(server.base() + "/world/envoy-bishkek");  // utm_source dropped by canonicalisation
        assertEquals("Example Wire", envoy.source());
        assertEquals("Jane Roe", envoy.byline());
        assertEquals("2023-10-12T07:45:00Z", envoy.publishedAt());
        assertTrue(envoy.newsText().contains("Sadyr Japarov welcomed"), envoy.newsText());
        assertTrue(article(server.base() + "/rdf/talks-vienna").newsText().startsWith("Negotiators resumed"));
        assertTrue(article(server.base() + "/atom/deal-jakarta").newsText().contains("nickel exports"),
                "a relative Atom link resolves against the feed URL");
        assertEquals("Example Atom Desk", article(server.base() + "/atom/minister-nairobi").source());
        for (Feed feed : new Feed[] {rss, rdf, atom}) {
            assertEquals(FeedStatus.Outcome.FETCHED, status(feed).outcome());
            assertEquals(2, status(feed).itemsCreated());
        }
    }

    @Test
    void theSecondFetchIsConditionalAndA304StoresNothing() {
        String feed = server.resource("feeds/rss2.xml");
        server.route("/rss", (request, exchange) -> {
            if ("\"v1\"".equals(request.getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Thu, 12 Oct 2023 10:00:00 GMT");
            FeedServer.send(exchange, 200, RSS, feed.getBytes(StandardCharsets.UTF_8));
        });
        Feed registered = register("/rss", "Example Wire");
        ingestion().run(FAR);
        int items = storedItems();

        FeedIngestion.RunReport second = ingestion().run(FAR);

        assertEquals(1, second.notModified(), second.summary());
        var conditional = server.requests("/rss").get(1).headers();
        assertEquals("\"v1\"", conditional.getFirst("If-None-Match"));
        assertEquals("Thu, 12 Oct 2023 10:00:00 GMT", conditional.getFirst("If-Modified-Since"));
        assertTrue(conditional.getFirst("User-Agent").startsWith("Pressfacts-FeedFetcher/"));
        assertEquals(FeedStatus.Outcome.NOT_MODIFIED, status(registered).outcome());
        assertEquals(items, storedItems());
    }

    @Test
    void readsAGzippedFeed() {
        byte[] gzipped = FeedServer.gzip(server.resource("feeds/atom.xml").getBytes(StandardCharsets.UTF_8));
        server.route("/atom.gz", (request, exchange) -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FeedServer.send(exchange, 200, "application/atom+xml", gzipped);
        });
        register("/atom.gz", "Example Atom Desk");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(2, report.itemsCreated(), report.summary());
        assertEquals("gzip", server.requests("/atom.gz").getFirst().headers().getFirst("Accept-Encoding"));
        assertTrue(article(server.base() + "/atom/minister-nairobi").newsText().contains("Nairobi"));
    }

    @Test
    void aSummaryOnlyItemIsReadFromItsPageAndAFullItemIsNot() {
        server.serveResource("/teasers", RSS, "feeds/summary-only.xml");
        server.serveResource("/story/summit-astana", "text/html; charset=utf-8", "feeds/summit-astana.html");
        register("/teasers", "Example Teasers");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(2, report.itemsCreated(), report.summary());
        assertEquals(1, server.hits("/story/summit-astana"));
        assertEquals(0, server.hits("/story/talks-baku"), "an item with content:encoded needs no page");
        String news = article(server.base() + "/story/summit-astana").newsText();
        assertTrue(news.startsWith("Kazakh President Kassym-Jomart Tokayev opened"), news);
        assertTrue(news.contains("water sharing"), news);
        for (String noise : new String[] {"Reader comment", "Most read", "Navigation menu", "Copyright", "subscribe"}) {
            assertFalse(news.contains(noise), noise + " survived: " + news);
        }
    }

    @Test
    void aRedirectToAnotherLoopbackPortIsRefusedThoughTheTestServerIsAllowed() {
        try (FeedServer internal = FeedServer.start()) {
            internal.serveResource("/feed", RSS, "feeds/rss2.xml");
            server.redirect("/moved", 302, internal.base() + "/feed");
            Feed feed = register("/moved", "Example Wire");

            FeedIngestion.RunReport report = ingestion().run(FAR);

            assertEquals(1, report.failed(), report.summary());
            assertEquals(0, internal.totalHits(), "the private address must never be contacted");
            FeedStatus status = status(feed);
            assertEquals(FeedStatus.Outcome.FAILED, status.outcome());
            assertTrue(status.detail().contains("refused " + internal.hostPort()) && status.detail().contains("loopback"),
                    status.detail());
            assertEquals(0, report.itemsCreated());
        }
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefused() {
        server.redirect("/meta", 301, "http://169.254.169.254/latest/meta-data/");
        Feed feed = register("/meta", "Example Wire");

        ingestion().run(FAR);

        assertTrue(status(feed).detail().contains("169.254.169.254") && status(feed).detail().contains("link-local"),
                status(feed).detail());
    }

    @Test
    void moreThanThreeRedirectsAreRefused() {
        server.redirect("/r1", 302, "/r2");
        server.redirect("/r2", 302, "/r3");
        server.redirect("/r3", 302, "/r4");
        server.redirect("/r4", 302, "/rss");
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        Feed feed = register("/r1", "Example Wire");

        ingestion().run(FAR);

        assertTrue(status(feed).detail().startsWith("more than 3 redirects"), status(feed).detail());
        assertEquals(0, server.hits("/rss"));
    }

    @Test
    void threeRedirectsAreFollowed() {
        server.redirect("/r1", 301, "/r2");
        server.redirect("/r2", 307, "/r3");
        server.redirect("/r3", 308, "/rss");
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        register("/r1", "Example Wire");

        assertEquals(2, ingestion().run(FAR).itemsCreated());
    }

    @Test
    void loopbackIsRefusedWhenNothingIsAllowed() {
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        Feed feed = register("/rss", "Example Wire");

        FeedIngestion.RunReport report = ingestion(AddressPolicy.strict()).run(FAR);

        assertEquals(1, report.failed());
        assertEquals(0, server.totalHits());
        assertTrue(status(feed).detail().contains("loopback"), status(feed).detail());
    }

    @Test
    void anXxeFeedIsRefusedAndNothingIsReadFromDiskOrNetwork() {
        server.serveResource("/xxe", RSS, "feeds/xxe.xml");
        server.serve("/evil.dtd", "application/xml-dtd", "<!ENTITY leak SYSTEM \"file:///etc/hostname\">");
        Feed feed = register("/xxe", "Evil");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(1, report.failed(), report.summary());
        assertEquals(0, server.hits("/evil.dtd"), "the external DTD must not be fetched");
        assertTrue(status(feed).detail().contains("DOCTYPE"), status(feed).detail());
        assertEquals(1, storedItems(), "only the feed's own item: no article");
    }

    @Test
    void aMalformedFeedFailsAndTheOtherFeedsAreStillRead() {
        server.serveResource("/broken", RSS, "feeds/malformed.xml");
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        Feed broken = register("/broken", "Broken");
        register("/rss", "Example Wire");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(1, report.failed(), report.summary());
        assertEquals(1, report.fetched(), report.summary());
        assertEquals(2, report.itemsCreated());
        assertTrue(status(broken).detail().startsWith("not a readable feed"), status(broken).detail());
        assertEquals(200, status(broken).httpStatus());
    }

    @Test
    void anOversizedFeedFailsWhetherItDeclaresItsLengthOrNot() {
        byte[] huge = ("<rss version=\"2.0\"><channel><title>" + "x".repeat(WebFetcher.MAX_BYTES) + "</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        server.route("/declared", (request, exchange) -> FeedServer.send(exchange, 200, RSS, huge));
        server.route("/chunked", (request, exchange) -> {
            exchange.getResponseHeaders().set("Content-Type", RSS);
            exchange.sendResponseHeaders(200, 0);  // no Content-Length: the limit must hold while reading
            try {
                exchange.getResponseBody().write(huge);
            } catch (java.io.IOException clientHungUp) {
                // expected: the fetcher stops reading at 5 MiB
            }
        });
        Feed declared = register("/declared", "Huge");
        Feed chunked = register("/chunked", "Huge too");

        FeedIngestion.RunReport report = ingestion().run(FAR);

        assertEquals(2, report.failed(), report.summary());
        assertTrue(status(declared).detail().contains("exceeds the limit of 5 MiB"), status(declared).detail());
        assertTrue(status(chunked).detail().contains("exceeds the limit of 5 MiB"), status(chunked).detail());
    }

    @Test
    void aGzipBombStopsAt5MiBDecoded() {
        byte[] bomb = FeedServer.gzip(("<rss version=\"2.0\"><channel><title>" + " ".repeat(50 << 20))
                .getBytes(StandardCharsets.UTF_8));
        server.route("/bomb", (request, exchange) -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FeedServer.send(exchange, 200, RSS, bomb);
        });
        Feed feed = register("/bomb", "Bomb");

        ingestion().run(FAR);

        assertTrue(status(feed).detail().contains("exceeds the limit of 5 MiB"), status(feed).detail());
    }

    @Test
    void anHtmlPageServedAsAFeedIsRecognised() {
        server.serveResource("/not-a-feed", "text/html; charset=utf-8", "feeds/summit-astana.html");
        server.serveResource("/mislabelled", RSS, "feeds/summit-astana.html");
        Feed html = register("/not-a-feed", "Page");
        Feed mislabelled = register("/mislabelled", "Page too");

        ingestion().run(FAR);

        assertTrue(status(html).detail().startsWith("an HTML page, not a feed"), status(html).detail());
        assertTrue(status(mislabelled).detail().startsWith("an HTML page, not a feed"), status(mislabelled).detail());
    }

    @Test
    void aWrongContentTypeIsRecorded() {
        server.serve("/json", "application/json", "{\"items\": []}");
        Feed feed = register("/json", "JSON");

        ingestion().run(FAR);

        assertEquals("Content-Type application/json is not a feed", status(feed).detail());
    }

    @Test
    void aCmsPostAndAFeedItemWithTheSameCanonicalUrlAreOneArticle() {
        ObjectNode post = Json.MAPPER.createObjectNode()
                .put("url", server.base() + "/world/envoy-bishkek/?utm_medium=email")
                .put("title", "Envoy arrives in Bishkek")
                .put("publishedAt", "2023-10-12T07:40:00Z")
                .put("source", "Example Wire (CMS)")
                .put("text", "The CMS version: Kyrgyz President Sadyr Japarov welcomed the visitor in Bishkek on Thursday.");
        Article fromCms = articles.submit(ArticleDraft.from(post, clock)).article();
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        Feed feed = register("/rss", "Example Wire");

        ingestion().run(FAR);

        Article stored = article(server.base() + "/world/envoy-bishkek");
        assertEquals(fromCms.id(), stored.id());
        assertEquals(1, stored.revision(), "the feed must not revise the CMS's article");
        assertTrue(stored.newsText().startsWith("The CMS version"));
        assertEquals(1, status(feed).itemsKnown());
        assertEquals(1, status(feed).itemsCreated());
    }

    @Test
    void aFeedReadTwiceWithoutValidatorsStoresNothingTwice() {
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        register("/rss", "Example Wire");
        ingestion().run(FAR);
        int items = storedItems();

        FeedIngestion.RunReport again = ingestion().run(FAR);

        assertEquals(0, again.itemsCreated());
        assertEquals(2, again.itemsKnown());
        assertEquals(items, storedItems());
    }

    @Test
    void aFailingFeedBacksOffAndIsRetriedLater() {
        server.route("/down", (request, exchange) -> exchange.sendResponseHeaders(503, -1));
        Feed feed = register("/down", "Down");

        ingestion().run(FAR);
        FeedStatus first = status(feed);
        assertEquals(503, first.httpStatus());
        assertEquals(1, first.consecutiveFailures());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), first.nextFetchAfter());

        clock.move(Duration.ofMinutes(10));
        assertEquals(0, ingestion().run(FAR).feedsDue());
        assertEquals(1, server.hits("/down"));

        clock.move(Duration.ofMinutes(6));
        ingestion().run(FAR);
        assertEquals(2, server.hits("/down"));
        assertEquals(2, status(feed).consecutiveFailures());
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), status(feed).nextFetchAfter());

        server.serveResource("/down", RSS, "feeds/rss2.xml");
        clock.move(Duration.ofMinutes(31));
        ingestion().run(clock.instant().plus(Duration.ofHours(1)));
        assertEquals(0, status(feed).consecutiveFailures());
        assertNull(status(feed).nextFetchAfter());
    }

    @Test
    void aDisabledFeedIsNotFetched() {
        server.serveResource("/rss", RSS, "feeds/rss2.xml");
        registry.register(FeedDraft.from(Json.MAPPER.createObjectNode().put("url", server.base() + "/rss")
                .put("source", "Paused").put("enabled", false)));

        assertEquals(0, ingestion().run(FAR).feedsDue());
        assertEquals(0, server.totalHits());
    }

    @Test
    void aRunOutOfTimeStopsAndTheNextRunResumesWithoutDuplicates() {
        server.route("/rss", (request, exchange) -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            FeedServer.send(exchange, 200, RSS, server.resource("feeds/rss2.xml").getBytes(StandardCharsets.UTF_8));
        });
        server.serveResource("/atom", "application/atom+xml", "feeds/atom.xml");
        Feed rss = register("/rss", "Example Wire");
        clock.move(Duration.ofSeconds(1));
        Feed atom = register("/atom", "Example Atom Desk");
        clock.tickEveryRead(Duration.ofSeconds(1));

        // the clock advances a second per reading: the deadline falls inside the first feed
        FeedIngestion.RunReport stopped = ingestion().run(clock.instant().plusSeconds(3));

        assertTrue(stopped.outOfTime(), stopped.summary());
        assertEquals(FeedStatus.Outcome.PARTIAL, status(rss).outcome());
        assertNull(status(atom), "the second feed was not reached");
        assertTrue(status(rss).itemsCreated() < 2, "stopped inside the feed");

        FeedIngestion.RunReport resumed = ingestion().run(clock.instant().plus(Duration.ofHours(1)));

        assertFalse(resumed.outOfTime(), resumed.summary());
        assertNull(server.requests("/rss").get(1).headers().getFirst("If-None-Match"),
                "a partly read feed is fetched again in full");
        assertEquals(4, stopped.itemsCreated() + resumed.itemsCreated());
        assertEquals(FeedStatus.Outcome.FETCHED, status(atom).outcome());
        assertEquals(1, article(server.base() + "/world/envoy-bishkek").revision());
    }

    @Test
    void hugeItemsAndInvalidDatesAreRecordedOnTheStatus() {
        String huge = "<p>" + "Talks continued late into the night. ".repeat(6_000) + "</p>";
        server.serve("/mixed", RSS, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Mixed</title><link>{base}/</link><description>d</description>
                <item><title>Huge</title><link>{base}/huge</link><pubDate>Thu, 12 Oct 2023 05:00:00 GMT</pubDate>
                  <description><![CDATA[%s]]></description></item>
                <item><title>Undated</title><link>{base}/undated</link><pubDate>the day before yesterday</pubDate>
                  <description><![CDATA[%s]]></description></item>
                <item><title>Fine</title><link>{base}/fine</link><pubDate>Thu, 12 Oct 2023 06:00:00 GMT</pubDate>
                  <description><![CDATA[%s]]></description></item>
                </channel></rss>
                """.formatted(huge, longParagraph("Envoys met in Ankara"), longParagraph("Envoys met in Cairo")));
        Feed feed = register("/mixed", "Mixed");

        ingestion().run(FAR);

        FeedStatus status = status(feed);
        assertEquals(FeedStatus.Outcome.FETCHED, status.outcome());
        assertEquals(3, status.itemsFound());
        assertEquals(2, status.itemsCreated());
        assertEquals(1, status.itemsRejected());
        assertTrue(status.detail().contains("item " + server.base() + "/huge: html exceeds 200000 characters"),
                status.detail());
        assertTrue(status.detail().contains("1 without a valid date"), status.detail());
        assertEquals(NOW.toString(), article(server.base() + "/undated").publishedAt());
    }

    @Test
    void aFeedDeletedDuringARunStaysDeleted() {
        server.route("/rss", (request, exchange) -> {
            registry.delete(CanonicalUrl.of(server.base() + "/rss").articleId());
            FeedServer.send(exchange, 200, RSS, server.resource("feeds/rss2.xml").getBytes(StandardCharsets.UTF_8));
        });
        register("/rss", "Example Wire");

        ingestion().run(FAR);

        assertTrue(feeds.listFeeds().isEmpty());
    }

    /** A summary long enough to be taken for the article, so no page is fetched. */
    private static String longParagraph(String lead) {
        return "<p>" + lead + " on Thursday, officials said. " + "The talks covered trade, energy and security. ".repeat(40)
                + "</p>";
    }

    /** A clock the test moves by hand, or that advances on every reading. */
    static final class MovableClock extends Clock {
        private Instant now;
        private Duration tick = Duration.ZERO;

        MovableClock(Instant now) {
            this.now = now;
        }

        synchronized void move(Duration by) {
            now = now.plus(by);
        }

        synchronized void tickEveryRead(Duration by) {
            tick = by;
        }

        @Override
        public synchronized Instant instant() {
            Instant read = now;
            now = now.plus(tick);
            return read;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
