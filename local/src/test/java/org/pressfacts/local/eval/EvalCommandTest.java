package org.pressfacts.local.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressfacts.article.ArticleCleaner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Path fixtureCorpus() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/eval-fixture").toURI());
    }

    private int eval(Path dir, Supplier<RawArticleTagger> tagger) {
        return EvalCommand.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tagger);
    }

    private List<String> lastFourLines() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.subList(lines.size() - 4, lines.size());
    }

    @Test
    void endsWithAFourLineSummaryOfFixedShape() throws URISyntaxException {
        StandInTagger tagger = new StandInTagger();

        assertEquals(0, eval(fixtureCorpus(), tagger::raw));

        List<String> summary = lastFourLines();
        String score = "\\d\\.\\d{3}";
        assertTrue(summary.get(0).matches("entities  P " + score + " R " + score + " F1 " + score
                + "  \\(tp \\d+ fp \\d+ fn \\d+\\)  not_entities hits \\d+"), summary.get(0));
        assertTrue(summary.get(1).matches("facts     P " + score + " R " + score + " F1 " + score
                + "  \\(tp \\d+ fp \\d+ fn \\d+\\)"), summary.get(1));
        assertTrue(summary.get(2).matches("dates     accuracy " + score + " over \\d+ matched facts; status accuracy "
                + score), summary.get(2));
        assertTrue(summary.get(3).matches("corpus    2 files, kb test-kb, \\d+\\.\\d s"), summary.get(3));
    }

    @Test
    void scoresTheFixtureAsTheStandInTaggerAnswersIt() throws URISyntaxException {
        StandInTagger tagger = new StandInTagger();

        eval(fixtureCorpus(), tagger::raw);

        List<String> summary = lastFourLines();
        // entities: Kovač and PT right; Wednesday and Tomas Reed wrong; AFC optional; SI, Lisbon and all of a2 missed
        assertEquals("entities  P 0.500 R 0.222 F1 0.308  (tp 2 fp 2 fn 7)  not_entities hits 1", summary.get(0));
        assertEquals("facts     P 1.000 R 0.333 F1 0.500  (tp 1 fp 0 fn 2)", summary.get(1));
        assertEquals("dates     accuracy 0.000 over 1 matched facts; status accuracy 1.000", summary.get(2));
    }

    @Test
    void listsWhatEachFileMissedAndInvented() throws URISyntaxException {
        eval(fixtureCorpus(), new StandInTagger()::raw);

        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.indexOf("== a1.json") < report.indexOf("== a2.json"), "files in name order");
        assertTrue(report.contains("missed entity    PLACE        Lisbon"), report);
        assertTrue(report.contains("spurious entity  PLACE        Wednesday"), report);
        assertTrue(report.contains("not_entity hit   \"Tomas Reed\""), report);
        assertTrue(report.contains("missed fact      SUMMIT BILATERAL in MT with Marco Vella, Sigrun Jonsdottir"), report);
        assertTrue(report.contains("wrong date       VISIT Ana Kovač -> PT"), report);
    }

    @Test
    void tagsTheCleanedNewsTextNotTheRawText() throws URISyntaxException {
        StandInTagger tagger = new StandInTagger();

        eval(fixtureCorpus(), tagger::raw);

        assertEquals(2, tagger.newsTexts.size());
        assertFalse(tagger.newsTexts.getFirst().contains("By Tomas Reed"), tagger.newsTexts.getFirst());
    }

    @Test
    void aTaggerThatFindsNothingScoresZeroWithoutFailing() throws URISyntaxException {
        assertEquals(0, eval(fixtureCorpus(), () -> new RawArticleTagger(new ArticleCleaner(),
                (text, published) -> new org.pressfacts.tagging.TaggingResult("test-kb", List.of(), List.of(), List.of()))));

        assertEquals("entities  P 0.000 R 0.000 F1 0.000  (tp 0 fp 0 fn 9)  not_entities hits 0", lastFourLines().get(0));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("n/a"), "undefined precision says so in the tables");
    }

    @Test
    void aTaggerThatThrowsOnOneFileIsReportedAndTheRestStillMeasured() throws URISyntaxException {
        StandInTagger standIn = new StandInTagger();
        RawArticleTagger.NewsTagger crashesOnA2 = (text, published) -> {
            if (text.contains("Valletta")) {
                throw new IllegalStateException("boom");
            }
            return standIn.tag(text, published);
        };

        assertEquals(0, eval(fixtureCorpus(), () -> new RawArticleTagger(new ArticleCleaner(), crashesOnA2)));

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("TAGGER FAILED"));
        assertEquals("entities  P 0.500 R 0.222 F1 0.308  (tp 2 fp 2 fn 7)  not_entities hits 1", lastFourLines().get(0));
        assertTrue(lastFourLines().get(3).contains("1 tagger failure"), lastFourLines().get(3));
    }

    @Test
    void refusesAMissingDirectoryWithUsage(@TempDir Path tmp) {
        assertEquals(2, eval(tmp.resolve("nope"), new StandInTagger()::raw));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: eval DIR"));
    }

    @Test
    void namesTheFileAndPlaceOfABrokenGoldAnnotation(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("bad.json"), """
                {"id": "b", "published": "2031-01-01", "text": "Some news.",
                 "gold": {"entities": [{"type": "PERSONN", "name": "X"}]}}""");

        assertEquals(1, eval(tmp, new StandInTagger()::raw));

        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("bad.json") && message.contains("PERSONN") && message.contains("entities"), message);
    }
}
