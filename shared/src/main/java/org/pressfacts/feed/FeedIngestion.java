package org.pressfacts.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.http.Json;
import org.pressfacts.http.ProblemException;
import org.pressfacts.store.FeedTable;
import org.pressfacts.store.NewsTable;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scheduled run: fetches every due feed, oldest fetch first, and submits its new items through
 * {@link ArticleService#submit}, the path POST /articles takes, so a feed item and a CMS post with the same canonical
 * URL are one article. One bad feed or item never stops the others; every outcome is written to the feed's status.
 * The run stops starting work at its deadline; the feeds it did not reach are the oldest-fetched of the next run,
 * and a feed it left half-read is fetched again without validators, its already stored items skipped.
 */
public final class FeedIngestion {

    private static final System.Logger LOG = System.getLogger(FeedIngestion.class.getName());
    static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9";
    /** A summary this long is taken for the article itself; a shorter one sends us to the item's page. */
    static final int FULL_TEXT_CHARS = 1_500;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final FeedTable feeds;
    private final ArticleService articles;
    private final WebFetcher web;
    private final Clock clock;

    public FeedIngestion(FeedTable feeds, ArticleService articles, WebFetcher web, Clock clock) {
        this.feeds = feeds;
        this.articles = articles;
        this.web = web;
        this.clock = clock;
    }

    /** Built once per container; the address policy's loopback exemptions come only from an explicit setting. */
    public static FeedIngestion fromEnvironment() {
        NewsTable table = NewsTable.fromEnvironment();
        ArticleService articles = new ArticleService(table, new org.pressfacts.article.ArticleCleaner(), Clock.systemUTC());
        return new FeedIngestion(table.feeds(), articles, new WebFetcher(AddressPolicy.fromEnvironment()),
                Clock.systemUTC());
    }

    /** SnapStart priming: the submission path a feed item takes (client, cleaning, JSON); nothing is written. */
    public List<String> prime() {
        return articles.prime();
    }

    /** What one run did, summed over its feeds. {@code outOfTime}: due feeds were left for the next run. */
    public record RunReport(int feedsDue, int fetched, int notModified, int partial, int failed, int itemsCreated,
                            int itemsKnown, int itemsRejected, boolean outOfTime) {

        public String summary() {
            return "feeds due=%d fetched=%d notModified=%d partial=%d failed=%d; items created=%d known=%d rejected=%d%s"
                    .formatted(feedsDue, fetched, notModified, partial, failed, itemsCreated, itemsKnown, itemsRejected,
                            outOfTime ? "; out of time, the next run resumes" : "");
        }
    }

    public RunReport run(Instant deadline) {
        Instant start = clock.instant();
        List<Feed> due = feeds.listFeeds().stream().filter(f -> f.isDue(start))
                .sorted(Comparator.comparing(Feed::lastFetchedAt)).toList();
        int[] outcomes = new int[FeedStatus.Outcome.values().length];
        int created = 0;
        int known = 0;
        int rejected = 0;
        boolean outOfTime = false;
        for (Feed feed : due) {
            if (!clock.instant().isBefore(deadline)) {
                outOfTime = true;
                break;
            }
            Result result = fetchSafely(feed, deadline);
            feeds.saveFetch(feed.id(), result.validators(), result.status());
            FeedStatus status = result.status();
            outcomes[status.outcome().ordinal()]++;
            created += status.itemsCreated();
            known += status.itemsKnown();
            rejected += status.itemsRejected();
            outOfTime |= status.outcome() == FeedStatus.Outcome.PARTIAL;
        }
        return new RunReport(due.size(), outcomes[FeedStatus.Outcome.FETCHED.ordinal()],
                outcomes[FeedStatus.Outcome.NOT_MODIFIED.ordinal()], outcomes[FeedStatus.Outcome.PARTIAL.ordinal()],
                outcomes[FeedStatus.Outcome.FAILED.ordinal()], created, known, rejected, outOfTime);
    }

    /** What a fetch leaves on the feed: validators for the next conditional GET, and the status. */
    record Result(Feed.Validators validators, FeedStatus status) {}

    private Result fetchSafely(Feed feed, Instant deadline) {
        try {
            return fetch(feed, deadline);
        } catch (RuntimeException e) {
            // a bug or an unavailable table must not cost the other feeds their turn; the log has the trace
            LOG.log(System.Logger.Level.ERROR, "feed " + feed.id() + " (" + feed.url() + ") failed unexpectedly", e);
            return new Result(feed.validators(), FeedStatus.failed(clock.instant(), 0,
                    "internal error while reading this feed: " + e.getClass().getSimpleName(), feed.status()));
        }
    }

    Result fetch(Feed feed, Instant deadline) {
        Instant now = clock.instant();
        WebFetcher.Fetched response;
        FeedParser.Parsed parsed;
        try {
            switch (web.get(URI.create(feed.url()), feed.validators(), FEED_ACCEPT)) {
                case WebFetcher.NotModified notModified -> {
                    return new Result(feed.validators(),
                            new FeedStatus(now, FeedStatus.Outcome.NOT_MODIFIED, 304, null, 0, 0, 0, 0, 0, null));
                }
                case WebFetcher.Fetched fetched -> response = fetched;
            }
        } catch (FetchException e) {
            return new Result(feed.validators(), FeedStatus.failed(now, e.httpStatus(), e.getMessage(), feed.status()));
        }
        try {
            parsed = FeedParser.parse(response.body(), response.contentType());
        } catch (FetchException e) {
            return new Result(feed.validators(), FeedStatus.failed(now, 200, e.getMessage(), feed.status()));
        }
        Tally tally = new Tally();
        boolean complete = true;
        for (FeedEntry entry : parsed.entries()) {
            if (!clock.instant().isBefore(deadline)) {
                complete = false;
                break;
            }
            ingest(entry, feed, response.uri(), now, tally);
        }
        // validators only for a feed read to its end: a 304 must never hide items a stopped run did not reach
        Feed.Validators validators = complete
                ? new Feed.Validators(response.etag(), response.lastModified()) : Feed.Validators.NONE;
        return new Result(validators, new FeedStatus(now,
                complete ? FeedStatus.Outcome.FETCHED : FeedStatus.Outcome.PARTIAL, 200, tally.detail(),
                parsed.entries().size(), tally.created, tally.known, tally.rejected, 0, null));
    }

    /** Counts of one feed's items, and the first problem worth showing on its status. */
    private static final class Tally {
        int created;
        int known;
        int rejected;
        int undated;
        int summariesOnly;
        String firstProblem;

        void reject(String link, String why) {
            rejected++;
            if (firstProblem == null) {
                firstProblem = "item " + (link == null ? "without link" : link) + ": " + why;
            }
        }

        String detail() {
            StringBuilder detail = new StringBuilder();
            if (firstProblem != null) {
                detail.append(rejected).append(rejected == 1 ? " item" : " items").append(" rejected, first ")
                        .append(firstProblem);
            }
            if (undated > 0) {
                detail.append(detail.isEmpty() ? "" : "; ").append(undated)
                        .append(" without a valid date, stored with the fetch time");
            }
            if (summariesOnly > 0) {
                detail.append(detail.isEmpty() ? "" : "; ").append(summariesOnly)
                        .append(" stored with their summary only (page unavailable)");
            }
            return detail.isEmpty() ? null : detail.toString();
        }
    }

    private void ingest(FeedEntry entry, Feed feed, URI feedUri, Instant now, Tally tally) {
        String link = entry.link() != null ? entry.link() : entry.guid();
        CanonicalUrl url;
        URI itemUri;
        try {
            itemUri = feedUri.resolve(URI.create(link == null ? "" : link.strip()));
            url = CanonicalUrl.of(itemUri.toString());
        } catch (IllegalArgumentException e) {
            tally.reject(link, link == null ? "has no link" : "link " + e.getMessage());
            return;
        }
        try {
            // a stored article is never overwritten from a feed: the CMS's full text wins over a feed's copy
            if (articles.knows(url)) {
                tally.known++;
                return;
            }
            String html = text(entry, itemUri, tally);
            if (html == null) {
                tally.reject(link, "has neither text nor a readable page");
                return;
            }
            ArticleDraft draft = ArticleDraft.from(draftJson(entry, feed, itemUri, html, now, tally), clock);
            switch (articles.submit(draft).outcome()) {
                case CREATED, REVISED -> tally.created++;
                case UNCHANGED -> tally.known++;
            }
        } catch (ProblemException e) {
            tally.reject(link, e.problem().detail());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "feed " + feed.id() + " item " + link + " failed unexpectedly", e);
            tally.reject(link, "internal error: " + e.getClass().getSimpleName());
        }
    }

    /** The item's full text as HTML: the feed's content, a long summary, else the main text of the item's page. */
    private String text(FeedEntry entry, URI itemUri, Tally tally) {
        if (entry.contentHtml() != null) {
            return entry.contentHtml();
        }
        String summary = entry.summaryHtml();
        if (summary != null && Jsoup.parse(summary).text().length() >= FULL_TEXT_CHARS) {
            return summary;
        }
        try {
            if (web.get(itemUri, Feed.Validators.NONE, PAGE_ACCEPT) instanceof WebFetcher.Fetched page
                    && isHtml(page.contentType())) {
                return MainText.extract(page.body(), charset(page.contentType()), page.uri().toString());
            }
        } catch (FetchException e) {
            LOG.log(System.Logger.Level.INFO, "page of " + itemUri + " unavailable: " + e.getMessage());
        }
        if (summary != null) {
            tally.summariesOnly++;
        }
        return summary;
    }

    private ObjectNode draftJson(FeedEntry entry, Feed feed, URI itemUri, String html, Instant now, Tally tally) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("url", itemUri.toString());
        if (entry.title() != null) {
            body.put("title", Jsoup.parse(entry.title()).text());  // some feeds put markup in titles
        }
        body.put("html", html);
        Instant published = entry.published();
        if (published == null) {
            tally.undated++;
            published = now;
        }
        body.put("publishedAt", published.toString());
        body.put("source", feed.source());
        body.put("language", feed.language());
        if (entry.author() != null && entry.author().length() <= 300) {
            body.put("byline", entry.author());
        }
        if (entry.guid() != null && entry.guid().length() <= 200) {
            body.put("externalId", entry.guid());
        }
        return body;
    }

    private static boolean isHtml(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private static String charset(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        return m != null && m.find() ? m.group(1) : null;
    }
}
