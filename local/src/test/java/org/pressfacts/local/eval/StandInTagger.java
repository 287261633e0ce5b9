package org.pressfacts.local.eval;

import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.TaggingResult;
import org.pressfacts.tagging.facts.Fact.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.pressfacts.local.eval.Predicted.country;
import static org.pressfacts.local.eval.Predicted.entity;
import static org.pressfacts.local.eval.Predicted.person;
import static org.pressfacts.local.eval.Predicted.ref;
import static org.pressfacts.local.eval.Predicted.visit;

/**
 * Tags the eval-fixture articles with known right and wrong answers, so the scores of a run are known in advance;
 * the real tagger is being written in parallel. Remembers the news texts it was given.
 */
final class StandInTagger implements RawArticleTagger.NewsTagger {

    static final String KB_VERSION = "test-kb";

    final List<String> newsTexts = new ArrayList<>();

    RawArticleTagger raw() {
        return new RawArticleTagger(new ArticleCleaner(), this);
    }

    @Override
    public TaggingResult tag(String newsText, LocalDate published) {
        newsTexts.add(newsText);
        if (!newsText.contains("Kovač")) {
            return new TaggingResult(KB_VERSION, List.of(), List.of(), List.of());
        }
        return new TaggingResult(KB_VERSION,
                List.of(person("person:ana-kovac", "Ana Kovac", "Ana Kovač"),   // right, spelled without accent
                        country("PT", "Portugal"),                              // right
                        entity("new:place:wednesday", EntityType.PLACE, "Wednesday", null, "Wednesday"),  // wrong
                        person("new:person:tomas-reed", "Tomas Reed", "Tomas Reed"),  // wrong, and a not_entity
                        entity("new:org:afc", EntityType.ORGANIZATION, "AFC", null, "AFC")),  // optional
                List.of(),
                // right visit, known by entity id; the date says less than the gold's day
                List.of(visit(ref("person:ana-kovac", "Kovač", null), "PT", "2031-04", null, Status.PLANNED)));
    }
}
