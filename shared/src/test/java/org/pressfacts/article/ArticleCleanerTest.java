package org.pressfacts.article;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static String fixture(String name) throws IOException {
        try (var in = ArticleCleanerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsOnlyTheNewsParagraphsOfAWireStory() throws IOException {
        CleanedText cleaned = cleaner.clean(fixture("wire-story.txt"), null, null);
        assertEquals("""
                LAKEPORT (Northern Wire) — Foreign ministers from five coastal states met on Tuesday to finalise a grain corridor, officials said.

                The talks ran late into the night, according to two delegates.

                The delegations pose on the harbour steps in Lakeport, May 4, 2023

                A follow-up meeting is expected next month.""", cleaned.newsText());
    }

    @Test
    void setsAsideBylineAndCreditsAsMetadata() throws IOException {
        CleanedText cleaned = cleaner.clean(fixture("wire-story.txt"), null, null);
        assertEquals("Ada Lindqvist", cleaned.byline());
        assertEquals("Ministers meet in Lakeport to finalise grain corridor", cleaned.title());
        assertEquals(1, cleaned.credits().size());
        assertTrue(cleaned.credits().getFirst().contains("PER OLSEN"));
    }

    @Test
    void namesWhyEachParagraphWasSetAside() throws IOException {
        CleanedText cleaned = cleaner.clean(fixture("wire-story.txt"), null, null);
        var kinds = cleaned.setAside().stream().map(CleanedText.SetAside::kind).toList();
        assertTrue(kinds.containsAll(java.util.List.of("SHARE", "HEADLINE", "BYLINE", "CROSSHEAD", "AD", "RELATED",
                "NEWSLETTER", "COPYRIGHT", "CONTACT")), kinds.toString());
    }

    @Test
    void aGivenTitleIsRemovedWhereverTheTextRepeatsIt() {
        CleanedText cleaned = cleaner.clean("Quiet talks in Lakeport\n\nThe talks began on Monday.", "Quiet talks in Lakeport", null);
        assertEquals("The talks began on Monday.", cleaned.newsText());
    }

    @Test
    void aGivenBylineRemovesTheAuthorsBioButNotTheNews() {
        CleanedText cleaned = cleaner.clean("Ada Lindqvist said nothing.\n\nAda Lindqvist is a shipping reporter.",
                null, "Ada Lindqvist");
        // a paragraph in which the author is the subject of news stays: only the bio shape goes
        assertEquals("Ada Lindqvist said nothing.", cleaned.newsText());
    }

    @Test
    void everyRuleExampleIsCaughtByItsKind() {
        for (String[] rule : ArticleCleaner.examples()) {
            String kind = rule[0];
            String example = rule[2];
            if (kind.equals("CREDIT")) {
                CleanedText cleaned = cleaner.clean("A caption line " + example, null, null);
                assertFalse(cleaned.credits().isEmpty(), "CREDIT example not cut: " + example);
            } else {
                CleanedText cleaned = cleaner.clean("The talks went on.\n\n" + example, null, null);
                assertEquals("The talks went on.", cleaned.newsText(), kind + " example kept: " + example);
            }
        }
    }

    @Test
    void ordinaryNewsIsNeverRemoved() {
        String news = "The minister said the newsletter of the ministry was not the point.\n\nShe shared the plan with reporters.";
        assertEquals(news, cleaner.clean(news, null, null).newsText());
    }
}
