package org.pressfacts.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pressfacts.testing.Stdout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesOneJsonObjectPerLineWithTheInvocationsIds() throws Exception {
        List<String> lines;
        try (Stdout out = Stdout.capture()) {
            Log.within(null, "req-1", () -> {
                Log.info("article submitted", "articleId", "abc", "revision", 2);
                return null;
            });
            lines = out.lines();
        }
        assertEquals(1, lines.size(), lines.toString());
        JsonNode line = MAPPER.readTree(lines.getFirst());
        assertEquals("INFO", line.get("level").asText());
        assertEquals("article submitted", line.get("message").asText());
        assertEquals("req-1", line.get("requestId").asText());
        assertEquals("abc", line.get("articleId").asText());
        assertEquals(2, line.get("revision").asInt());
        assertTrue(line.has("timestamp"));
    }

    @Test
    void redactsFieldsThatWouldCarryArticleTextOrTheApiKeyWhoeverPassesThem() throws Exception {
        String line;
        try (Stdout out = Stdout.capture()) {
            Log.info("careless", "text", "Secret article body", "x-api-key", "k3y", "articleId", "abc");
            line = out.lines().getFirst();
        }
        assertFalse(line.contains("Secret article body") || line.contains("k3y"), line);
        assertEquals("[redacted]", MAPPER.readTree(line).get("text").asText());
    }

    @Test
    void anErrorKeepsItsClassABoundedMessageAndTopFramesOnOneLine() throws Exception {
        List<String> lines;
        try (Stdout out = Stdout.capture()) {
            Log.error("cannot tag", new IllegalStateException("x".repeat(5_000)), "articleId", "abc");
            lines = out.lines();
        }
        assertEquals(1, lines.size(), "a stack trace must not become many log events");
        JsonNode line = MAPPER.readTree(lines.getFirst());
        assertEquals("java.lang.IllegalStateException", line.get("error").asText());
        assertTrue(line.get("errorMessage").asText().length() < 400);
        assertTrue(line.get("stack").asText().startsWith("at org.pressfacts.observability.LogTest"));
    }

    @Test
    void refusesFieldsThatAreNotNameValuePairs() {
        assertThrows(IllegalArgumentException.class, () -> Log.info("odd", "articleId"));
    }
}
