package org.pressfacts.local.eval;

import org.junit.jupiter.api.Test;
import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.local.eval.CorpusArticle.GoldEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.facts.Fact;
import org.pressfacts.tagging.facts.Fact.Action;
import org.pressfacts.tagging.facts.Fact.FactType;
import org.pressfacts.tagging.facts.Fact.Format;
import org.pressfacts.tagging.facts.Fact.Status;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressfacts.local.eval.Predicted.countryRef;
import static org.pressfacts.local.eval.Predicted.gold;
import static org.pressfacts.local.eval.Predicted.goldFacts;
import static org.pressfacts.local.eval.Predicted.ref;
import static org.pressfacts.local.eval.Predicted.sanctions;
import static org.pressfacts.local.eval.Predicted.summit;
import static org.pressfacts.local.eval.Predicted.visit;

class FactMatcherTest {

    private static final FactMatcher BY_NAME_ONLY = new FactMatcher(Map.of());

    private static GoldFact.Visit goldVisit(String traveler, String destination, String start, String end,
                                            Status... status) {
        return new GoldFact.Visit(traveler, destination, null, start, end, List.of(status));
    }

    @Test
    void matchesAVisitByFoldedTravelerNameAndDestination() {
        Fact predicted = visit(ref("p", "SIGRUN JONSDOTTIR", null), "MT", "2031-05-19", null, Status.OCCURRED);

        assertTrue(BY_NAME_ONLY.matches(goldVisit("Sigrún Jónsdóttir", "MT", "2031-05-19", null), predicted));
        assertFalse(BY_NAME_ONLY.matches(goldVisit("Sigrún Jónsdóttir", "IS", "2031-05-19", null), predicted));
    }

    @Test
    void acceptsATravelerWhoseIdMatchedTheGoldPersonInEntityMatching() {
        GoldEntity person = gold(EntityType.PERSON, "Ana Kovač", null, "Kovač");
        FactMatcher aligned = new FactMatcher(Map.of("person:ana-kovac", person));
        Fact predicted = visit(ref("person:ana-kovac", "Prime Minister Kovač", null), "PT", "2031-04-09", null,
                Status.PLANNED);

        assertTrue(aligned.matches(goldVisit("Ana Kovač", "PT", "2031-04-09", null), predicted));
        assertFalse(BY_NAME_ONLY.matches(goldVisit("Ana Kovač", "PT", "2031-04-09", null), predicted));
    }

    @Test
    void aDuplicatePredictedFactCountsAsSpurious() {
        Gold gold = goldFacts(List.of(), List.of(goldVisit("Ana Kovač", "PT", "2031-04-09", null, Status.PLANNED)),
                List.of());
        Fact once = visit(ref("p", "Ana Kovač", null), "PT", "2031-04-09", null, Status.PLANNED);
        Fact again = visit(ref("p", "Ana Kovač", null), "PT", "2031-04-09", null, Status.PLANNED);

        FactMatcher.Outcome outcome = BY_NAME_ONLY.match(gold, List.of(once, again));

        assertEquals(new Counts(1, 1, 0), outcome.counts(FactType.VISIT));
    }

    @Test
    void anOptionalFactNeitherCountsNorHurts() {
        GoldFact.Visit optional = goldVisit("Ana Kovač", "ES", "2031", null, Status.PLANNED);
        Gold gold = goldFacts(List.of(), List.of(), List.of(optional));

        FactMatcher.Outcome outcome = BY_NAME_ONLY.match(gold,
                List.of(visit(ref("p", "Ana Kovač", null), "ES", "2031-06", null, Status.PLANNED)));

        assertEquals(new Counts(0, 0, 0), outcome.counts(FactType.VISIT));
        assertEquals(1, outcome.optional().size());
    }

    @Test
    void judgesTheDateAtTheGoldPrecision() {
        assertTrue(FactMatcher.agreesAtPrecision("2023-09", "2023-09-28"), "more precise than gold is fine");
        assertTrue(FactMatcher.agreesAtPrecision("2023", "2023-09"));
        assertFalse(FactMatcher.agreesAtPrecision("2023-10-12", "2023-10"), "less precise than gold is not");
        assertFalse(FactMatcher.agreesAtPrecision("2023-10-12", "2023-10-13"));
        assertFalse(FactMatcher.agreesAtPrecision("2023-10", null));
    }

    @Test
    void aGoldEndMustAgreeToo() {
        GoldFact gold = goldVisit("X", "KG", "2023-10-12", "2023-10-13", Status.OCCURRED);

        assertTrue(FactMatcher.dateAccurate(gold, new Fact.FactDate("2023-10-12", "2023-10-13", "DAY")));
        assertFalse(FactMatcher.dateAccurate(gold, new Fact.FactDate("2023-10-12", null, "DAY")));
        assertTrue(FactMatcher.dateAccurate(goldVisit("X", "KG", "2023-10", null, Status.OCCURRED),
                new Fact.FactDate("2023-10-12", "2023-10-13", "DAY")), "an end the gold lacks is not held against it");
    }

    @Test
    void statusIsAccurateWhenItIsOneOfTheGoldList() {
        Gold gold = goldFacts(List.of(), List.of(
                goldVisit("A", "PT", "2031-04", null, Status.PLANNED, Status.OCCURRED),
                goldVisit("B", "PT", "2031-04", null, Status.CANCELLED)), List.of());

        FactMatcher.Outcome outcome = BY_NAME_ONLY.match(gold, List.of(
                visit(ref("a", "A", null), "PT", "2031-04-02", null, Status.OCCURRED),
                visit(ref("b", "B", null), "PT", "2031-04", null, Status.PLANNED)));

        assertEquals(List.of(true, false), outcome.matched().stream().map(FactMatcher.Match::statusAccurate).toList());
        assertEquals(List.of(true, true), outcome.matched().stream().map(FactMatcher.Match::dateAccurate).toList());
    }

    @Test
    void prefersTheCandidateWhoseDateAgrees() {
        Gold gold = goldFacts(List.of(), List.of(goldVisit("A", "PT", "2031-04-09", null, Status.PLANNED)), List.of());
        Fact wrongDate = visit(ref("a", "A", null), "PT", "2031-03-01", null, Status.PLANNED);
        Fact rightDate = visit(ref("a", "A", null), "PT", "2031-04-09", null, Status.PLANNED);

        FactMatcher.Outcome outcome = BY_NAME_ONLY.match(gold, List.of(wrongDate, rightDate));

        assertEquals(rightDate, outcome.matched().getFirst().predicted());
        assertEquals(List.of(wrongDate), outcome.spurious());
    }

    @Test
    void matchesASummitByAbsenteeOrByNameWhenNoParticipantIsShared() {
        GoldFact.Summit named = new GoldFact.Summit(Format.MULTILATERAL, "Harbour States summit", List.of(),
                List.of("Ana Kovač"), "MT", "2031-05", null, List.of(Status.OCCURRED));

        assertTrue(BY_NAME_ONLY.matches(named, summit(Format.MULTILATERAL, null, "MT", List.of(),
                List.of(ref("p", "Ana Kovac", null)), "2031-05-19")));
        assertFalse(BY_NAME_ONLY.matches(named, summit(Format.MULTILATERAL, "summit of the Harbour States", "MT",
                List.of(), List.of(), "2031-05-19")), "neither name contains the other");
        assertTrue(BY_NAME_ONLY.matches(named, summit(Format.MULTILATERAL, "Harbour States", "MT",
                List.of(), List.of(), "2031-05-19")));
        assertFalse(BY_NAME_ONLY.matches(named, summit(Format.BILATERAL, "Harbour States summit", "MT",
                List.of(), List.of(), "2031-05-19")), "format must agree");
    }

    @Test
    void matchesASanctionsCommitmentByTargetAndOneParty() {
        GoldFact.SanctionsCommitment gold = new GoldFact.SanctionsCommitment(List.of("SI", "Atlantic Fisheries Council"),
                "RU", Action.ENFORCE, "BE", "2031-02", null, List.of(Status.OCCURRED));

        assertTrue(BY_NAME_ONLY.matches(gold, sanctions(List.of(countryRef("SI")), "RU", Action.IMPOSE, "2031-02")));
        assertTrue(BY_NAME_ONLY.matches(gold,
                sanctions(List.of(ref("org:afc", "Atlantic Fisheries Council", null)), "RU", Action.ENFORCE, "2031")));
        assertFalse(BY_NAME_ONLY.matches(gold, sanctions(List.of(countryRef("PT")), "RU", Action.ENFORCE, "2031-02")));
        assertFalse(BY_NAME_ONLY.matches(gold, sanctions(List.of(countryRef("SI")), "BY", Action.ENFORCE, "2031-02")));
    }

    @Test
    void aMeetingIsPairedWithThePredictionSharingMostOfItsParticipants() {
        GoldFact.Summit withKovac = new GoldFact.Summit(Format.BILATERAL, null, List.of("Lea Host", "Ana Kovač"), List.of(),
                "MT", "2031-05-17", null, List.of(Status.OCCURRED));
        GoldFact.Summit withNorth = new GoldFact.Summit(Format.BILATERAL, null, List.of("Lea Host", "Ben North"), List.of(),
                "MT", "2031-05-18", null, List.of(Status.OCCURRED));
        Fact northPredicted = summit(Format.BILATERAL, null, "MT",
                List.of(ref("p1", "Lea Host", null), ref("p3", "Ben North", null)), List.of(), "2031-05-18");
        Fact kovacPredicted = summit(Format.BILATERAL, null, "MT",
                List.of(ref("p1", "Lea Host", null), ref("p2", "Ana Kovač", null)), List.of(), "2031-05-17");

        FactMatcher.Outcome outcome = BY_NAME_ONLY.match(goldFacts(List.of(), List.of(withKovac, withNorth), List.of()),
                List.of(northPredicted, kovacPredicted));

        assertTrue(outcome.matched().stream().allMatch(FactMatcher.Match::dateAccurate), outcome.matched().toString());
    }
}
