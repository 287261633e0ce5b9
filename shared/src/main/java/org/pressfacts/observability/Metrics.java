package org.pressfacts.observability;

import org.pressfacts.config.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Business metrics as CloudWatch Embedded Metric Format lines on stdout: CloudWatch Logs turns each into a metric
 * datapoint in namespace {@value #NAMESPACE}, with no PutMetricData call, no agent and nothing to flush. One line
 * per event, written at once, so a function that times out has still reported what it did. Dimensions are the
 * stage (template.yaml sets STAGE) and, for facts, the fact type; ids (article, feed) are plain fields, searchable
 * in Logs Insights without creating a metric per id.
 */
public final class Metrics {

    public static final String NAMESPACE = "Pressfacts";

    public static final String ARTICLES_SUBMITTED = "ArticlesSubmitted";
    public static final String DUPLICATES = "DuplicateSubmissions";
    public static final String TAGGING_LATENCY = "TaggingLatency";
    public static final String TAGGING_DELAY = "TaggingDelay";
    public static final String FACTS_EXTRACTED = "FactsExtracted";
    public static final String FEED_FETCH_FAILURES = "FeedFetchFailures";

    private Metrics() {}

    /** A new article, or a new revision of one ({@code outcome}: CREATED or REVISED). */
    public static void articleSubmitted(String articleId, String outcome) {
        emit(ARTICLES_SUBMITTED, "Count", 1, Map.of(), "articleId", articleId, "outcome", outcome);
    }

    /** The same article submitted again: nothing was written. */
    public static void duplicateSubmitted(String articleId) {
        emit(DUPLICATES, "Count", 1, Map.of(), "articleId", articleId);
    }

    /**
     * One revision tagged: {@code taggingMillis} is the work (tag and save), {@code delayMillis} the wait from the
     * revision being stored to it being tagged, which grows when the stream falls behind.
     */
    public static void articleTagged(String articleId, int revision, long taggingMillis, long delayMillis) {
        emit(TAGGING_LATENCY, "Milliseconds", taggingMillis, Map.of(), "articleId", articleId, "revision", revision);
        emit(TAGGING_DELAY, "Milliseconds", delayMillis, Map.of(), "articleId", articleId, "revision", revision);
    }

    /** How many facts of each type (VISIT, SUMMIT, …) one tagged revision reported; types with none are left out. */
    public static void factsExtracted(String articleId, Map<String, Integer> countByType) {
        countByType.forEach((type, count) -> emit(FACTS_EXTRACTED, "Count", count, Map.of("FactType", type),
                "articleId", articleId));
    }

    /** A feed could not be fetched or parsed; {@code reason} is short and fixed ("timeout", "http-503", "not-xml"). */
    public static void feedFetchFailed(String feedId, String reason) {
        emit(FEED_FETCH_FAILURES, "Count", 1, Map.of(), "feedId", feedId, "reason", reason);
    }

    private static void emit(String metric, String unit, long value, Map<String, String> dimensions, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        List<String> dimensionNames = new ArrayList<>(List.of("Stage"));
        dimensionNames.addAll(dimensions.keySet());
        line.put("_aws", Map.of("Timestamp", System.currentTimeMillis(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", NAMESPACE,
                "Dimensions", List.of(dimensionNames),
                "Metrics", List.of(Map.of("Name", metric, "Unit", unit))))));
        line.put("Stage", stage());
        line.putAll(dimensions);
        line.put(metric, value);
        line.putAll(Log.scopeFields());
        Log.put(line, fields);
        System.out.println(Log.json(line));
    }

    private static String stage() {
        return Settings.optional("STAGE").orElse("local");
    }
}
