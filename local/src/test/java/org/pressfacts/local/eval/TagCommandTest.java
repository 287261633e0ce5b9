package org.pressfacts.local.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressfacts.http.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int tag(String... args) {
        return TagCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new StandInTagger()::raw);
    }

    @Test
    void printsACorpusArticleTaggedAsJsonWithItsNewsText() throws URISyntaxException, IOException {
        Path file = Path.of(getClass().getResource("/eval-fixture/a1.json").toURI());

        assertEquals(0, tag(file.toString()));

        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("2031-04-02", json.get("published").asText(), "published taken from the file");
        assertEquals("test-kb", json.get("kbVersion").asText());
        assertFalse(json.get("newsText").asText().contains("Share this article"), "tagged text is cleaned");
        JsonNode mention = json.get("entities").get(0).get("mentions").get(0);
        assertEquals("Ana Kovač", mention.get("text").asText());
        assertTrue(mention.get("span").has("start") && mention.get("span").has("end"));
        assertEquals("VISIT", json.get("facts").get(0).get("type").asText());
    }

    @Test
    void plainTextNeedsAPublicationDate(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("article.txt"), "Ana Kovač will travel to Lisbon next week.");

        assertEquals(2, tag(file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--published YYYY-MM-DD"));

        assertEquals(0, tag(file.toString(), "--published", "2031-04-02"));
        assertEquals("2031-04-02", Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("published").asText());
    }

    @Test
    void aGivenPublicationDateOverridesTheCorpusOne() throws URISyntaxException, IOException {
        Path file = Path.of(getClass().getResource("/eval-fixture/a1.json").toURI());

        assertEquals(0, tag("--published=2031-04-05", file.toString()));

        assertEquals("2031-04-05", Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("published").asText());
    }

    @Test
    void refusesABadDateAndUnknownOptionsWithUsage(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("article.txt"), "News.");
        List<Integer> codes = new ArrayList<>();

        codes.add(tag(file.toString(), "--published", "April 2"));
        codes.add(tag(file.toString(), "--verbose"));
        codes.add(tag());

        assertEquals(List.of(2, 2, 2), codes);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("not a date YYYY-MM-DD: April 2") && message.contains("unknown option --verbose")
                && message.contains("FILE is missing") && message.contains("usage: tag FILE"), message);
    }
}
