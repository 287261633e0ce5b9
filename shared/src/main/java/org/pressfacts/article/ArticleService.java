package org.pressfacts.article;

import org.pressfacts.http.Problem.FieldError;
import org.pressfacts.http.Json;
import org.pressfacts.http.Problems;
import org.pressfacts.observability.Log;
import org.pressfacts.observability.Metrics;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.ArticleEntity;
import org.pressfacts.tagging.TaggedEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Submits and reads articles: cleaning, identity, idempotency and revisions. */
public final class ArticleService {

    /** Concurrent revisions of one URL are rare; past this many lost races the client is told to retry. */
    static final int MAX_ATTEMPTS = 8;

    private final NewsTable table;
    private final ArticleCleaner cleaner;
    private final Clock clock;

    public ArticleService(NewsTable table, ArticleCleaner cleaner, Clock clock) {
        this.table = table;
        this.cleaner = cleaner;
        this.clock = clock;
    }

    public static ArticleService fromEnvironment() {
        return new ArticleService(NewsTable.fromEnvironment(), new ArticleCleaner(), Clock.systemUTC());
    }

    public Clock clock() {
        return clock;
    }

    /** Submissions as a CMS sends them, one per body kind; priming parses, cleans and renders them, never stores them. */
    private static final List<String> PRIMING_SUBMISSIONS = List.of("""
            {"url": "https://priming.pressfacts.invalid/html", "publishedAt": "2025-01-16T08:00:00Z", "source": "Priming",
             "html": "<html><body><h1>Ministers meet in Paris</h1><p>PARIS - French President Emmanuel Macron \
            received German Chancellor Olaf Scholz on Thursday.</p></body></html>"}""", """
            {"url": "https://priming.pressfacts.invalid/text", "publishedAt": "2025-01-16", "title": "Ministers meet",
             "text": "PARIS - French President Emmanuel Macron received German Chancellor Olaf Scholz on Thursday."}""");

    /**
     * SnapStart priming of the submit and read paths: the table client, then JSON in, validation, cleaning (text and
     * HTML), hashing and JSON out, on submissions that are never stored.
     *
     * @return what was warmed
     */
    public List<String> prime() {
        List<String> warmed = new ArrayList<>(table.prime());
        int jsonBytes = 0;
        for (String body : PRIMING_SUBMISSIONS) {
            Article article = prepare(ArticleDraft.from(Json.readTree(body), clock));
            jsonBytes += Json.write(ArticleView.of(new Submission(article, Outcome.CREATED))).length();
        }
        warmed.add("%d submissions (text, HTML) parsed, cleaned and rendered: %d bytes of JSON"
                .formatted(PRIMING_SUBMISSIONS.size(), jsonBytes));
        return warmed;
    }

    /** What a submission did: stored a new article, found the same one, or stored a new revision. */
    public enum Outcome { CREATED, UNCHANGED, REVISED }

    public record Submission(Article article, Outcome outcome) {}

    public Submission submit(ArticleDraft draft) {
        Article candidate = prepare(draft);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Article> stored = table.findArticle(candidate.id());
            if (stored.isEmpty()) {
                if (table.createArticle(candidate)) {
                    return reported(new Submission(candidate, Outcome.CREATED));
                }
                continue;
            }
            Article current = stored.get();
            if (current.contentHash().equals(candidate.contentHash())) {
                return reported(new Submission(current, Outcome.UNCHANGED));
            }
            Article next = current.nextRevision(candidate, candidate.updatedAt());
            if (table.replaceArticle(current, next)) {
                return reported(new Submission(next, Outcome.REVISED));
            }
        }
        throw Problems.conflict("article " + candidate.id() + " is being revised concurrently; retry");
    }

    private static Submission reported(Submission submission) {
        Article article = submission.article();
        Log.info("article submitted", "articleId", article.id(), "outcome", submission.outcome().name(),
                "revision", article.revision(), "source", article.source());
        switch (submission.outcome()) {
            case CREATED, REVISED -> Metrics.articleSubmitted(article.id(), submission.outcome().name());
            case UNCHANGED -> Metrics.duplicateSubmitted(article.id());
        }
        return submission;
    }

    /** Whether an article with this identity is stored, from any source (the CMS or a feed). */
    public boolean knows(CanonicalUrl url) {
        return table.findArticle(url.articleId()).isPresent();
    }

    public Article get(String id) {
        return table.findArticle(id).orElseThrow(() -> Problems.notFound("article", id));
    }

    /** The article as GET /articles/{id} shows it: with its entities once its current revision is tagged. */
    public ArticleView view(String id) {
        Article article = get(id);
        if (article.tagStatus() != Article.TagStatus.TAGGED) {
            return ArticleView.of(article);
        }
        List<TaggedEntity> entities = table.findMentions(id).stream()
                .filter(found -> found.revision() == article.revision())
                .map(ArticleEntity::entity)
                .toList();
        return ArticleView.of(article, entities, table.findArticleFacts(id, article.revision()));
    }

    private Article prepare(ArticleDraft draft) {
        String rawText = draft.text();
        String title = draft.title();
        if (rawText == null) {
            HtmlText.Extracted page = HtmlText.extract(draft.html());
            rawText = page.text();
            title = title != null ? title : page.headline();
        }
        CleanedText cleaned = cleaner.clean(rawText, title, draft.byline());
        if (cleaned.newsText().isBlank()) {
            throw Problems.invalid("invalid-article", "Invalid article", List.of(new FieldError(
                    draft.text() != null ? "/text" : "/html", "contains no news text once boilerplate is removed")));
        }
        Instant now = clock.instant();
        String hash = contentHash(draft, rawText);
        return new Article(draft.url().articleId(), draft.url().value(), 1, hash, cleaned.title(), draft.source(),
                draft.language(), cleaned.byline(), draft.externalId(), draft.publishedAt(), draft.publishedDate(),
                rawText, cleaned.newsText(), cleaned.credits(), Article.TagStatus.PENDING, now, now);
    }

    /** Identity of the content a client controls: a resubmission with the same hash changes nothing. */
    private static String contentHash(ArticleDraft draft, String rawText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Stream.of(draft.title(), draft.publishedAt(), draft.source(), draft.language(), draft.byline(),
                            draft.externalId(), rawText)
                    .forEach(field -> {
                        sha.update((field == null ? "\u0000" : field).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    });
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
