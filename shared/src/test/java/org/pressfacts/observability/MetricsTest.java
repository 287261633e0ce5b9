package org.pressfacts.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pressfacts.testing.Stdout;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each line must be valid EMF, or CloudWatch silently extracts nothing from it. */
class MetricsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aSubmissionIsAnEmfDocumentWhoseDirectiveNamesMembersOfTheLine() throws Exception {
        JsonNode line = only(() -> Metrics.articleSubmitted("abc", "CREATED"));
        assertValidEmf(line);
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals("Pressfacts", directive.get("Namespace").asText());
        assertEquals("ArticlesSubmitted", directive.get("Metrics").get(0).get("Name").asText());
        assertEquals("Count", directive.get("Metrics").get(0).get("Unit").asText());
        assertEquals(1, line.get("ArticlesSubmitted").asInt());
        assertEquals("abc", line.get("articleId").asText(), "ids are searchable fields, not dimensions");
        assertEquals("[[\"Stage\"]]", directive.get("Dimensions").toString());
    }

    @Test
    void factsAreCountedPerTypeWithTheTypeAsADimension() throws Exception {
        List<JsonNode> lines = all(() -> Metrics.factsExtracted("abc", new TreeMap<>(Map.of("SUMMIT", 1, "VISIT", 3))));
        assertEquals(2, lines.size());
        for (JsonNode line : lines) {
            assertValidEmf(line);
            assertEquals("[[\"Stage\",\"FactType\"]]", line.get("_aws").get("CloudWatchMetrics").get(0)
                    .get("Dimensions").toString());
        }
        assertEquals("SUMMIT", lines.get(0).get("FactType").asText());
        assertEquals(3, lines.get(1).get("FactsExtracted").asInt());
    }

    @Test
    void taggingReportsItsWorkAndItsDelayInMilliseconds() throws Exception {
        List<JsonNode> lines = all(() -> Metrics.articleTagged("abc", 2, 35, 1_200));
        assertEquals(List.of("TaggingLatency", "TaggingDelay"), lines.stream()
                .map(l -> l.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0).get("Name").asText())
                .toList());
        assertEquals(35, lines.get(0).get("TaggingLatency").asLong());
        assertEquals("Milliseconds", lines.get(1).get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0)
                .get("Unit").asText());
    }

    @Test
    void aFeedFailureNamesTheFeedAndReasonOutsideTheDimensions() throws Exception {
        JsonNode line = only(() -> Metrics.feedFetchFailed("reuters-world", "timeout"));
        assertValidEmf(line);
        assertEquals(1, line.get("FeedFetchFailures").asInt());
        assertEquals("reuters-world", line.get("feedId").asText());
        assertEquals("timeout", line.get("reason").asText());
    }

    /** The specification's rules that matter here: each dimension and metric named is a member of the root. */
    private static void assertValidEmf(JsonNode line) {
        JsonNode aws = line.get("_aws");
        assertTrue(aws.get("Timestamp").isIntegralNumber(), "Timestamp is epoch milliseconds");
        for (JsonNode directive : aws.get("CloudWatchMetrics")) {
            assertTrue(directive.get("Namespace").isTextual());
            for (JsonNode set : directive.get("Dimensions")) {
                set.forEach(name -> assertTrue(line.path(name.asText()).isTextual(), name + " is not a string member"));
            }
            directive.get("Metrics").forEach(m -> assertTrue(line.path(m.get("Name").asText()).isNumber(),
                    m + " has no numeric member"));
        }
    }

    private static JsonNode only(Runnable emit) throws Exception {
        List<JsonNode> lines = all(emit);
        assertEquals(1, lines.size());
        return lines.getFirst();
    }

    private static List<JsonNode> all(Runnable emit) throws Exception {
        List<String> lines;
        try (Stdout out = Stdout.capture()) {
            emit.run();
            lines = out.lines();
        }
        List<JsonNode> parsed = new java.util.ArrayList<>();
        for (String line : lines) {
            parsed.add(MAPPER.readTree(line));
        }
        return parsed;
    }
}
