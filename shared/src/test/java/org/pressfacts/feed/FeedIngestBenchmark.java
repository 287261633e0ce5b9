package org.pressfacts.feed;

import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.http.Json;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.FeedServer;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Measures, never asserts: how many items per second one run ingests from a local RSS feed of N items (default 500),
 * and with tagging of every created article through TaggingService (what the stream would do). A fresh dynalite
 * table per measurement; the knowledge base is loaded before the clock starts, as at a function's init.
 * <pre>mvn -q -o -B -pl shared test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.pressfacts.feed.FeedIngestBenchmark -Dexec.args="500 3"</pre>
 */
public final class FeedIngestBenchmark {

    private static final String[][] STORIES = {
            {"Kyrgyz President Sadyr Japarov welcomed Russian President Vladimir Putin in Bishkek on Thursday for a "
                    + "two-day state visit", "The two leaders discussed trade, labour migration and the Kant air base, officials said."},
            {"French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Wednesday",
                    "They discussed energy prices, defence spending and the next European Council, the Elysee said."},
            {"Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Ankara on Monday",
                    "The presidents signed agreements on gas transit and a new rail link, according to a joint statement."},
            {"Ukrainian President Volodymyr Zelensky arrived in Warsaw on Friday for talks with Polish leaders",
                    "Grain exports and air defence topped the agenda, a spokesman said."},
    };

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Tagger tagger = Tagger.shared();  // knowledge base loaded once, before timing, like a function's init
        try (FeedServer server = FeedServer.start()) {
            server.serve("/big.xml", "application/rss+xml; charset=utf-8", feed(items));
            for (int round = 1; round <= rounds; round++) {
                NewsTable news = TestTable.create().newsTable();
                ArticleService articles = new ArticleService(news, new ArticleCleaner(), Clock.systemUTC());
                new FeedRegistry(news.feeds(), Clock.systemUTC()).register(FeedDraft.from(Json.MAPPER.createObjectNode()
                        .put("url", server.base() + "/big.xml").put("source", "Benchmark Wire")));
                FeedIngestion ingestion = new FeedIngestion(news.feeds(), articles,
                        new WebFetcher(AddressPolicy.strict().allowing(Set.of(server.hostPort()))), Clock.systemUTC());
                TaggingService tagging = new TaggingService(news, tagger);

                long start = System.nanoTime();
                FeedIngestion.RunReport report = ingestion.run(Instant.now().plus(Duration.ofMinutes(10)));
                long ingested = System.nanoTime();
                int tagged = 0;
                for (int i = 0; i < items; i++) {
                    String id = CanonicalUrl.of(server.base() + "/story/" + i).articleId();
                    if (tagging.tagRevision(id, 1) == TaggingService.Outcome.TAGGED) {
                        tagged++;
                    }
                }
                long done = System.nanoTime();
                double ingestSeconds = (ingested - start) / 1e9;
                double totalSeconds = (done - start) / 1e9;
                System.out.printf("round %d: %s%n", round, report.summary());
                System.out.printf("round %d: ingest %d items in %.2f s = %.0f items/s; with tagging (%d tagged) "
                                + "%.2f s = %.0f items/s%n", round, report.itemsCreated(), ingestSeconds,
                        report.itemsCreated() / ingestSeconds, tagged, totalSeconds, tagged / totalSeconds);
            }
        }
        System.exit(0);  // the shared dynalite's shutdown hook stops it
    }

    /** An RSS 2.0 feed of {@code n} full-text items, each a short wire story about a real visit. */
    static String feed(int n) {
        List<String> entries = IntStream.range(0, n).mapToObj(i -> {
            String[] story = STORIES[i % STORIES.length];
            return """
                    <item><title>Story %d</title><link>{base}/story/%d</link><guid isPermaLink="false">bench-%d</guid>
                    <pubDate>Thu, 12 Oct 2023 %02d:%02d:00 GMT</pubDate>
                    <content:encoded><![CDATA[<p>%s, officials said in report number %d.</p><p>%s</p>
                    <p>Delegations met again later in the day to prepare a joint declaration on cooperation.</p>]]></content:encoded>
                    </item>""".formatted(i, i, i, i / 60 % 24, i % 60, story[0], i, story[1]);
        }).toList();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Benchmark Wire</title><link>{base}/</link><description>%d items</description>
                %s
                </channel></rss>""".formatted(n, String.join("\n", entries));
    }
}
