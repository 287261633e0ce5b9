package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.local.eval.CorpusArticle.GoldEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.facts.Fact;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.facts.Fact.FactDate;
import org.pressfacts.tagging.facts.Fact.FactType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Matches one article's predicted facts to its gold facts, each side at most once, so a repeated prediction of one
 * fact counts as spurious. VISIT by traveler and destination; SUMMIT by format, location and a shared participant,
 * a shared absentee or the summit's name; SANCTIONS_COMMITMENT by target and one shared party. Among candidates,
 * the one whose date and action agree is preferred.
 */
final class FactMatcher {

    record Match(GoldFact gold, Fact predicted, boolean dateAccurate, boolean statusAccurate) {}

    record Outcome(List<Match> matched, List<GoldFact> missed, List<Fact> spurious, List<Fact> optional) {

        Counts counts(FactType type) {
            return new Counts(
                    (int) matched.stream().filter(m -> m.gold().kind() == type).count(),
                    (int) spurious.stream().filter(f -> f.type() == type).count(),
                    (int) missed.stream().filter(f -> f.kind() == type).count());
        }
    }

    /** Predicted entity id to the gold entity it matched, from entity matching of the same article. */
    private final Map<String, GoldEntity> goldByPredictedId;

    FactMatcher(Map<String, GoldEntity> goldByPredictedId) {
        this.goldByPredictedId = Map.copyOf(goldByPredictedId);
    }

    Outcome match(Gold gold, List<Fact> predicted) {
        List<GoldFact> golds = gold.facts();
        List<List<Integer>> candidates = golds.stream()
                .map(g -> IntStream.range(0, predicted.size()).filter(i -> matches(g, predicted.get(i))).boxed()
                        .sorted(Comparator.comparingInt((Integer i) -> -agreement(g, predicted.get(i))))
                        .toList())
                .toList();
        int[] pairs = Matching.match(candidates, predicted.size());

        List<Match> matched = new ArrayList<>();
        List<GoldFact> missed = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < golds.size(); g++) {
            if (pairs[g] < 0) {
                missed.add(golds.get(g));
                continue;
            }
            GoldFact goldFact = golds.get(g);
            Fact p = predicted.get(pairs[g]);
            used[pairs[g]] = true;
            matched.add(new Match(goldFact, p, dateAccurate(goldFact, p.date()), goldFact.status().contains(p.status())));
        }
        List<Fact> spurious = new ArrayList<>();
        List<Fact> optional = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Fact p = predicted.get(i);
            boolean isOptional = gold.optionalFacts().stream().anyMatch(g -> matches(g, p));
            (isOptional ? optional : spurious).add(p);
        }
        return new Outcome(matched, missed, spurious, optional);
    }

    boolean matches(GoldFact gold, Fact predicted) {
        return switch (gold) {
            case GoldFact.Visit v -> predicted instanceof Fact.Visit p
                    && names(v.traveler(), p.traveler()) && isCountry(v.destination(), p.destination());
            case GoldFact.Summit s -> predicted instanceof Fact.Summit p
                    && s.format() == p.format() && isCountry(s.location(), p.location())
                    && (anyNames(s.participants(), p.participants()) || anyNames(s.absentees(), p.absentees())
                        || summitNamesMeet(s.name(), p.name()));
            case GoldFact.SanctionsCommitment c -> predicted instanceof Fact.SanctionsCommitment p
                    && isCountry(c.target(), p.target()) && anyNames(c.parties(), p.parties());
        };
    }

    /** Date accurate when the prediction agrees with the gold start, and end if any, at the gold's precision. */
    static boolean dateAccurate(GoldFact gold, FactDate predicted) {
        if (gold.start() == null) {
            return true;  // the text gives no date, so there is nothing to get wrong
        }
        return predicted != null && agreesAtPrecision(gold.start(), predicted.start())
                && (gold.end() == null || agreesAtPrecision(gold.end(), predicted.end()));
    }

    /** Gold 2023-09 accepts 2023-09-28; gold 2023-10-12 refuses 2023-10, which says less than the text does. */
    static boolean agreesAtPrecision(String gold, String predicted) {
        return predicted != null && predicted.length() >= gold.length() && predicted.startsWith(gold);
    }

    /**
     * The order in which candidates are preferred: more shared summit participants first (a meeting of Xi with
     * Tokayev is not his meeting with Japarov, though both name Xi), then an agreeing date (2), then action (1).
     */
    private int agreement(GoldFact gold, Fact predicted) {
        int score = dateAccurate(gold, predicted.date()) ? 2 : 0;
        if (gold instanceof GoldFact.Summit g && predicted instanceof Fact.Summit p) {
            long shared = g.participants().stream().filter(name -> p.participants().stream()
                    .anyMatch(ref -> names(name, ref))).count();
            score += 4 * (int) shared;
        }
        if (gold instanceof GoldFact.SanctionsCommitment c && predicted instanceof Fact.SanctionsCommitment p
                && c.action() == p.action()) {
            score += 1;
        }
        return score;
    }

    private boolean anyNames(List<String> goldNames, List<EntityRef> refs) {
        return goldNames.stream().anyMatch(name -> refs.stream().anyMatch(ref -> names(name, ref)));
    }

    /** A gold name (person, organization, or a country's ISO2) against a predicted reference. */
    private boolean names(String goldName, EntityRef ref) {
        if (ref == null) {
            return false;
        }
        if (Names.same(goldName, ref.name()) || goldName.equalsIgnoreCase(ref.iso2())) {
            return true;
        }
        GoldEntity aligned = ref.id() == null ? null : goldByPredictedId.get(ref.id());
        return aligned != null && (aligned.spellings().stream().anyMatch(s -> Names.same(s, goldName))
                || goldName.equalsIgnoreCase(aligned.iso2()));
    }

    private boolean isCountry(String goldIso2, EntityRef ref) {
        if (ref == null) {
            return false;
        }
        GoldEntity aligned = ref.id() == null ? null : goldByPredictedId.get(ref.id());
        return goldIso2.equalsIgnoreCase(ref.iso2())
                || aligned != null && aligned.type() == EntityType.COUNTRY && goldIso2.equalsIgnoreCase(aligned.iso2());
    }

    private static boolean summitNamesMeet(String gold, String predicted) {
        return gold != null && predicted != null
                && (Names.containsWords(gold, predicted) || Names.containsWords(predicted, gold));
    }
}
