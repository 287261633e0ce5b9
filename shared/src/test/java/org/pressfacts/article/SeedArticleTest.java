package org.pressfacts.article;

import org.junit.jupiter.api.Test;
import org.pressfacts.testing.SamTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The article that started the project, read from ../shared/seeds (beside the repository, never copied into it):
 * its noise must not reach the news text.
 */
class SeedArticleTest {

    private static List<Path> seeds() throws IOException {
        Path dir = SamTemplate.projectRoot().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(dir), "no seeds beside the repository at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theSeedLosesShareLineCreditsCopyrightAndBioButKeepsItsByline() throws IOException {
        for (Path seed : seeds()) {
            CleanedText cleaned = new ArticleCleaner().clean(Files.readString(seed), null, null);
            String news = cleaned.newsText();
            assertFalse(news.contains("Spread the love"), "share line kept");
            assertFalse(news.contains("©"), "a credit or copyright line kept");
            assertFalse(news.toLowerCase().contains("rights of reproduction"), "copyright line kept");
            assertFalse(news.contains("has been a reporter"), "author bio kept");
            assertFalse(news.contains("Teilor"), "byline kept in news text");
            assertEquals("Teilor Stone", cleaned.byline());
            assertEquals(2, cleaned.credits().size(), cleaned.credits().toString());
            assertTrue(news.contains("Arriving in the early morning in Bishkek"), "news paragraph lost");
        }
    }
}
