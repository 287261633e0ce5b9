package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.local.eval.CorpusArticle.GoldEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.TaggedEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Matches one article's predicted entities to its gold entities, each side at most once. Countries match by ISO2;
 * people, organizations and places when a gold spelling (name or surface) equals, folded, the predicted name or
 * any mention text. Types must agree.
 */
final class EntityMatcher {

    private EntityMatcher() {}

    record Match(GoldEntity gold, TaggedEntity predicted) {}

    /** A predicted entity that names something the article says is not news (a byline, a credit). */
    record NotEntityHit(String notEntity, TaggedEntity predicted) {}

    record Outcome(List<Match> matched, List<GoldEntity> missed, List<TaggedEntity> spurious,
                   List<TaggedEntity> optional, List<NotEntityHit> notEntityHits) {

        Counts counts(EntityType type) {
            return new Counts(
                    (int) matched.stream().filter(m -> m.gold().type() == type).count(),
                    (int) spurious.stream().filter(e -> e.type() == type).count(),
                    (int) missed.stream().filter(e -> e.type() == type).count());
        }

        /**
         * Which gold entity each predicted entity id stands for, so a fact naming the predicted entity counts as
         * naming the gold one. Optional entities are included: a fact may well name one.
         */
        Map<String, GoldEntity> goldByPredictedId(Gold gold) {
            Map<String, GoldEntity> aligned = new HashMap<>();
            for (TaggedEntity predicted : optional) {
                gold.optionalEntities().stream().filter(g -> matches(g, predicted)).findFirst()
                        .ifPresent(g -> aligned.put(predicted.id(), g));
            }
            matched.forEach(m -> aligned.put(m.predicted().id(), m.gold()));
            return aligned;
        }
    }

    static Outcome match(Gold gold, List<TaggedEntity> predicted) {
        List<GoldEntity> golds = gold.entities();
        List<List<Integer>> candidates = golds.stream()
                .map(g -> IntStream.range(0, predicted.size()).filter(i -> matches(g, predicted.get(i))).boxed().toList())
                .toList();
        int[] pairs = Matching.match(candidates, predicted.size());

        List<Match> matched = new ArrayList<>();
        List<GoldEntity> missed = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < golds.size(); g++) {
            if (pairs[g] >= 0) {
                matched.add(new Match(golds.get(g), predicted.get(pairs[g])));
                used[pairs[g]] = true;
            } else {
                missed.add(golds.get(g));
            }
        }
        List<TaggedEntity> spurious = new ArrayList<>();
        List<TaggedEntity> optional = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (used[i]) {
                continue;
            }
            TaggedEntity p = predicted.get(i);
            boolean isOptional = gold.optionalEntities().stream().anyMatch(g -> matches(g, p));
            (isOptional ? optional : spurious).add(p);
        }
        return new Outcome(matched, missed, spurious, optional, notEntityHits(gold.notEntities(), predicted));
    }

    static boolean matches(GoldEntity gold, TaggedEntity predicted) {
        if (gold.type() != predicted.type()) {
            return false;
        }
        return switch (gold.type()) {
            case COUNTRY -> gold.iso2().equalsIgnoreCase(predicted.iso2());
            case PERSON, ORGANIZATION, PLACE -> Names.anySame(gold.spellings(), spellings(predicted));
        };
    }

    /** A hit when the predicted name or a mention text equals or contains (as whole words) a not_entities string. */
    static List<NotEntityHit> notEntityHits(List<String> notEntities, List<TaggedEntity> predicted) {
        List<NotEntityHit> hits = new ArrayList<>();
        for (TaggedEntity p : predicted) {
            for (String notEntity : notEntities) {
                if (spellings(p).stream().anyMatch(s -> Names.containsWords(s, notEntity))) {
                    hits.add(new NotEntityHit(notEntity, p));
                }
            }
        }
        return hits;
    }

    private static List<String> spellings(TaggedEntity predicted) {
        return Stream.concat(Stream.ofNullable(predicted.name()), predicted.mentions().stream().map(Mention::text))
                .toList();
    }
}
