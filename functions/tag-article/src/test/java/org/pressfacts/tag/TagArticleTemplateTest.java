package org.pressfacts.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pressfacts.http.Json;
import org.pressfacts.testing.SamTemplate;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml's wiring of the two functions, checked against the handlers and the real events they receive. */
class TagArticleTemplateTest {

    private final SamTemplate template = SamTemplate.load();

    @Test
    void theStreamEventReportsBatchItemFailuresOrLambdaIgnoresTheHandlersAnswer() {
        Map<String, Object> stream = properties(template.function("TagArticleFunction"), "DynamoDB");
        assertEquals(List.of("ReportBatchItemFailures"), stream.get("FunctionResponseTypes"));
        assertEquals(TagArticleHandler.class.getName() + "::handleRequest",
                template.function("TagArticleFunction").handler());
        assertEquals(SweepPendingHandler.class.getName() + "::handleRequest",
                template.function("SweepPendingFunction").handler());
    }

    @Test
    void theStreamFilterPassesEveryRecordOfTheSampleEventAndNoMentionOrTaggedItem() throws Exception {
        JsonNode pattern = Json.MAPPER.readTree(filterPattern());
        JsonNode event;
        try (InputStream in = getClass().getResourceAsStream("/tag-article.json")) {
            event = Json.MAPPER.readTree(in);
        }
        for (JsonNode record : event.get("Records")) {
            assertTrue(matches(pattern, record), "filter drops " + record.get("eventID"));
        }
        JsonNode mention = event.get("Records").get(0).deepCopy();
        ((ObjectNode) mention.get("dynamodb").get("NewImage").get("SK"))
                .put("S", "MENTION#000001#person:vladimir-putin");
        assertFalse(matches(pattern, mention));
        JsonNode tagged = event.get("Records").get(1).deepCopy();
        ((ObjectNode) tagged.get("dynamodb").get("NewImage").get("tagStatus"))
                .put("S", "TAGGED");
        assertFalse(matches(pattern, tagged));
    }

    @SuppressWarnings("unchecked")
    private String filterPattern() {
        Map<String, Object> criteria = (Map<String, Object>) properties(template.function("TagArticleFunction"), "DynamoDB")
                .get("FilterCriteria");
        List<Map<String, Object>> filters = (List<Map<String, Object>>) criteria.get("Filters");
        assertEquals(1, filters.size());
        return (String) filters.getFirst().get("Pattern");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(SamTemplate.Function function, String eventType) {
        return function.otherEvents().stream().filter(e -> eventType.equals(e.get("Type"))).findFirst()
                .map(e -> (Map<String, Object>) e.get("Properties"))
                .orElseThrow(() -> new AssertionError(function.logicalId() + " has no " + eventType + " event"));
    }

    /** Lambda's event-filter semantics for the subset we use: nested objects, and arrays of exact values. */
    private static boolean matches(JsonNode pattern, JsonNode value) {
        if (pattern.isArray()) {
            for (JsonNode allowed : pattern) {
                if (allowed.equals(value)) {
                    return true;
                }
            }
            return false;
        }
        for (var field : pattern.properties()) {
            JsonNode child = value == null ? null : value.get(field.getKey());
            if (child == null || !matches(field.getValue(), child)) {
                return false;
            }
        }
        return true;
    }
}
