package org.pressfacts.tagging.pipeline;

import org.pressfacts.article.Article;
import org.pressfacts.observability.Log;
import org.pressfacts.observability.Metrics;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.TaggingResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tags one stored article revision and saves the result. Idempotent and safe to run twice at once: every step can
 * be replayed (the stream delivers at least once, the sweeper re-drives what the stream missed).
 */
public final class TaggingService {

    private final NewsTable table;
    private final Tagger tagger;

    public TaggingService(NewsTable table, Tagger tagger) {
        this.table = table;
        this.tagger = tagger;
    }

    /** Built once per container: the knowledge base loads here, at init, not on the first record. */
    public static TaggingService fromEnvironment() {
        return new TaggingService(NewsTable.fromEnvironment(), Tagger.shared());
    }

    /** A few sentences that reach every stage of the tagger: linking, dates and a visit fact. */
    private static final String PRIMING_TEXT = "PARIS - French President Emmanuel Macron received German Chancellor "
            + "Olaf Scholz in Paris on Thursday. Scholz will visit Warsaw next week, officials said.";
    private static final LocalDate PRIMING_PUBLISHED = LocalDate.of(2025, 1, 16);

    /**
     * SnapStart priming of tagging: the table client, and the tagger (with its knowledge base) on a short text whose
     * result is not stored.
     *
     * @return what was warmed
     */
    public List<String> prime() {
        List<String> warmed = new ArrayList<>(table.prime());
        TaggingResult result = tagger.tag(PRIMING_TEXT, PRIMING_PUBLISHED);
        warmed.add("tagger with knowledge base %s: %d entities, %d dates, %d facts".formatted(
                result.kbVersion(), result.entities().size(), result.dates().size(), result.facts().size()));
        return warmed;
    }

    /** What happened to one requested revision. */
    public enum Outcome {
        /** Tagged and saved now. */
        TAGGED,
        /** Already TAGGED at this revision: a replayed record, nothing to do. */
        ALREADY_TAGGED,
        /** A newer revision exists (now or by the time of saving); that one is tagged on its own record. */
        STALE,
        /** No such article. */
        MISSING
    }

    /** Tags revision {@code revision} of the article if it is still the stored one. */
    public Outcome tagRevision(String articleId, int revision) {
        Optional<Article> stored = table.findArticle(articleId);
        if (stored.isEmpty()) {
            return Outcome.MISSING;
        }
        Article article = stored.get();
        if (article.revision() != revision) {
            return Outcome.STALE;
        }
        return tag(article);
    }

    /** Tags the article's current revision if it is still PENDING: the sweeper's entry, which knows no revision. */
    public Outcome tagCurrentRevision(String articleId) {
        Optional<Article> stored = table.findArticle(articleId);
        return stored.isEmpty() ? Outcome.MISSING : tag(stored.get());
    }

    /** How one sweep went; {@code failed} articles stay PENDING for the next sweep. */
    public record SweepReport(int found, int tagged, int skipped, int failed) {}

    /**
     * Re-drives up to {@code limit} revisions PENDING since before {@code olderThan} (the stream lost them, or
     * their records went to the dead-letter queue). One failing article does not stop the others.
     */
    public SweepReport sweepPending(Instant olderThan, int limit) {
        var pending = table.pendingRevisions(olderThan, limit);
        int tagged = 0;
        int failed = 0;
        for (NewsTable.PendingArticle article : pending) {
            try {
                if (tagCurrentRevision(article.articleId()) == Outcome.TAGGED) {
                    tagged++;
                }
            } catch (RuntimeException e) {
                failed++;
                Log.error("sweep could not tag article", e, "articleId", article.articleId(),
                        "pendingSince", article.pendingSince().toString());
            }
        }
        return new SweepReport(pending.size(), tagged, pending.size() - tagged - failed, failed);
    }

    private Outcome tag(Article article) {
        if (article.tagStatus() == Article.TagStatus.TAGGED) {
            return Outcome.ALREADY_TAGGED;
        }
        long start = System.nanoTime();
        TaggingResult result = tagger.tag(article.newsText(), article.publishedDate());
        return switch (table.saveTagging(article, result)) {
            case SAVED -> {
                reportTagged(article, result, Duration.ofNanos(System.nanoTime() - start));
                yield Outcome.TAGGED;
            }
            case STALE -> Outcome.STALE;
        };
    }

    private static void reportTagged(Article article, TaggingResult result, Duration took) {
        Map<String, Integer> factsByType = new TreeMap<>();
        result.facts().forEach(fact -> factsByType.merge(fact.type().name(), 1, Integer::sum));
        long delayMillis = Math.max(0, Duration.between(article.updatedAt(), Instant.now()).toMillis());
        Log.info("article tagged", "articleId", article.id(), "revision", article.revision(),
                "entities", result.entities().size(), "facts", result.facts().size(),
                "kbVersion", result.kbVersion(), "taggingMillis", took.toMillis());
        Metrics.articleTagged(article.id(), article.revision(), took.toMillis(), delayMillis);
        Metrics.factsExtracted(article.id(), factsByType);
    }
}
