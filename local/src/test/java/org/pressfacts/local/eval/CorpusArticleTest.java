package org.pressfacts.local.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CorpusArticleTest {

    @Test
    void readsTheSnakeCaseGoldListsAndWarnsOfFieldsItDoesNotKnow(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("x.json"), """
                {"id": "x", "published": "2031-01-01", "source": "S", "url": "https://example.org/x",
                 "title": "T", "text": "News.",
                 "gold": {"entities": [], "optional_entities": [{"type": "PLACE", "name": "Harbour"}],
                          "not_entities": ["Jo Bloggs"],
                          "facts": [{"type": "VISIT", "traveler": "A", "destination": "MT", "host": "B",
                                     "start": "2031", "status": ["PLANNED"], "travller": "typo"}],
                          "optional_facts": []}}""");
        List<String> warnings = new ArrayList<>();

        CorpusArticle article = CorpusArticle.read(file, warnings::add);

        assertEquals(1, article.gold().optionalEntities().size());
        assertEquals(List.of("Jo Bloggs"), article.gold().notEntities());
        assertInstanceOf(GoldFact.Visit.class, article.gold().facts().getFirst());
        assertEquals(List.of("x.json: unknown field /gold/facts/0/travller ignored"), warnings);
    }
}
