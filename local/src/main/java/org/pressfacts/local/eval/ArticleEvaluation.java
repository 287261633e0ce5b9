package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.tagging.TaggingResult;

import java.util.List;

/**
 * How one corpus file's tagging compares with its gold annotation. {@code taggerError} is null unless the tagger
 * threw on this file; its gold then counts as missed, so one crash does not hide the rest of the corpus.
 */
record ArticleEvaluation(String file, EntityMatcher.Outcome entities, FactMatcher.Outcome facts, String taggerError) {

    static ArticleEvaluation of(String file, Gold gold, TaggingResult result) {
        EntityMatcher.Outcome entities = EntityMatcher.match(gold, result.entities());
        FactMatcher facts = new FactMatcher(entities.goldByPredictedId(gold));
        return new ArticleEvaluation(file, entities, facts.match(gold, result.facts()), null);
    }

    static ArticleEvaluation taggerFailed(String file, Gold gold, String kbVersion, RuntimeException error) {
        ArticleEvaluation empty = of(file, gold, new TaggingResult(kbVersion, List.of(), List.of(), List.of()));
        return new ArticleEvaluation(file, empty.entities(), empty.facts(), String.valueOf(error));
    }
}
