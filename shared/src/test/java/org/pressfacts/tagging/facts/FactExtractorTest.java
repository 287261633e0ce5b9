package org.pressfacts.tagging.facts;

import org.junit.jupiter.api.Test;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One extraction rule a test, on short articles written for the purpose. Dateline: Thursday 2023-10-12. */
class FactExtractorTest {

    private static final Tagger TAGGER = new Tagger(KnowledgeBaseLoader.shared());
    private static final LocalDate THURSDAY = LocalDate.of(2023, 10, 12);

    private static List<Fact> facts(String text) {
        return TAGGER.tag(text, THURSDAY).facts();
    }

    private static <T extends Fact> List<T> only(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Set<String> names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).collect(Collectors.toSet());
    }

    @Test
    void anArrivalIsAnOccurredVisitToTheCountryOfTheCity() {
        var visit = only(facts("Russian President Vladimir Putin arrived in Bishkek on Thursday for a two-day visit."),
                Fact.Visit.class).getFirst();
        assertEquals("Vladimir Putin", visit.traveler().name());
        assertEquals("KG", visit.destination().iso2());
        assertEquals("Bishkek", visit.place().name());
        assertEquals(Fact.Status.OCCURRED, visit.status());
        assertEquals("2023-10-12", visit.date().start());
        assertEquals("2023-10-13", visit.date().end());
    }

    @Test
    void anExpectedTripIsPlanned() {
        var visit = only(facts("Xi Jinping is expected in Kazakhstan next week for talks on trade."), Fact.Visit.class).getFirst();
        assertEquals("KZ", visit.destination().iso2());
        assertEquals(Fact.Status.PLANNED, visit.status());
    }

    @Test
    void aTripSomeoneWillNotMakeIsCancelled() {
        var visit = only(facts("Armenian Prime Minister Nikol Pashinyan will not travel to Minsk on Friday."),
                Fact.Visit.class).getFirst();
        assertEquals("BY", visit.destination().iso2());
        assertEquals(Fact.Status.CANCELLED, visit.status());
    }

    @Test
    void aPronounCarriesTheTravellerIntoTheNextSentenceAndHisMeetingHappensWhereHeIs() {
        var found = facts("Emmanuel Macron arrived in Astana on Wednesday. He met President Kassym-Jomart Tokayev on Thursday.");
        var meeting = only(found, Fact.Summit.class).getFirst();
        assertEquals(Fact.Format.BILATERAL, meeting.format());
        assertEquals(Set.of("Emmanuel Macron", "Kassym-Jomart Tokayev"), names(meeting.participants()));
        assertEquals("KZ", meeting.location().iso2());
        var visit = only(found, Fact.Visit.class).getFirst();
        assertEquals("Kassym-Jomart Tokayev", visit.host().name(), "the leader met there hosts the visit");
    }

    @Test
    void aGuestWelcomedByAHostVisitsTheHostsCountry() {
        var visit = only(facts("Recep Tayyip Erdogan was welcomed by Emir Tamim bin Hamad Al Thani in Doha on Tuesday."),
                Fact.Visit.class).getFirst();
        assertEquals("QA", visit.destination().iso2());
        assertTrue(visit.traveler().name().contains("Erdo"));
    }

    @Test
    void skippingNamedSummitsMakesTheSkipperAnAbsenteeOfEach() {
        var summits = only(facts("Vladimir Putin skipped the BRICS summit in South Africa in August, "
                + "then the G20 summit in India in September."), Fact.Summit.class);
        assertEquals(2, summits.size());
        var brics = summits.stream().filter(s -> s.name().startsWith("BRICS")).findFirst().orElseThrow();
        assertEquals("ZA", brics.location().iso2());
        assertEquals("2023-08", brics.date().start());
        assertEquals(Set.of("Vladimir Putin"), names(brics.absentees()));
        assertTrue(brics.participants().isEmpty());
        var g20 = summits.stream().filter(s -> s.name().startsWith("G20")).findFirst().orElseThrow();
        assertEquals("IN", g20.location().iso2());
        assertEquals("2023-09", g20.date().start());
    }

    @Test
    void peopleNamedAtASummitAreItsParticipants() {
        var summit = only(facts("Vladimir Putin will attend a summit in Bishkek on Friday in the presence of "
                + "Alexander Lukashenko and Kassym-Jomart Tokayev."), Fact.Summit.class).getFirst();
        assertEquals(Set.of("Vladimir Putin", "Alexander Lukashenko", "Kassym-Jomart Tokayev"), names(summit.participants()));
        assertEquals(Fact.Status.PLANNED, summit.status());
        assertEquals("2023-10-13", summit.date().start());
        assertEquals("KG", summit.location().iso2());
    }

    @Test
    void aGroupOfCountriesCommittingThroughTheirLeadersExpandsToItsMembers() {
        var commitment = only(facts("The Central Asian states remain close to Moscow. Their leaders committed in Berlin "
                + "in September to prevent Russia from circumventing sanctions."), Fact.SanctionsCommitment.class).getFirst();
        assertEquals(Set.of("KZ", "KG", "TJ", "TM", "UZ"),
                commitment.parties().stream().map(EntityRef::iso2).collect(Collectors.toSet()));
        assertEquals("RU", commitment.target().iso2());
        assertEquals(Fact.Action.PREVENT_CIRCUMVENTION, commitment.action());
        assertEquals("2023-09", commitment.date().start());
    }

    @Test
    void newSanctionsAnnouncedByACapitalAreImposedByItsCountry() {
        var commitment = only(facts("Joe Biden said Washington would announce additional sanctions on Russia."),
                Fact.SanctionsCommitment.class).getFirst();
        assertEquals("US", commitment.parties().getFirst().iso2());
        assertEquals(Fact.Action.IMPOSE, commitment.action());
    }

    @Test
    void anAllegationIsNoCommitment() {
        assertTrue(only(facts("Kyrgyzstan is accused of helping Russia circumvent Western sanctions, which it denies."),
                Fact.SanctionsCommitment.class).isEmpty());
    }

    @Test
    void speculationIsNoFact() {
        assertTrue(facts("Analysts speculate that Xi Jinping could visit Moscow if the talks progress.").isEmpty());
    }

    @Test
    void aBylessAvoidanceOfTripsIsNoVisit() {
        assertTrue(only(facts("Vladimir Putin has avoided trips abroad to Brazil since March."), Fact.Visit.class).isEmpty());
    }

    @Test
    void theSameTripReportedTwiceIsOneFact() {
        var visits = only(facts("Joe Biden arrived in Warsaw on Tuesday. The trip to Poland is his second this year."),
                Fact.Visit.class);
        assertEquals(1, visits.size());
        assertEquals("Warsaw", visits.getFirst().place().name());
    }

    @Test
    void evidenceIsTheSentenceThatSaysSo() {
        String text = "Trade grew. Vladimir Putin arrived in Bishkek on Thursday.";
        var visit = only(facts(text), Fact.Visit.class).getFirst();
        assertEquals("Vladimir Putin arrived in Bishkek on Thursday.", visit.evidence().sentence());
        assertEquals(visit.evidence().sentence(), visit.evidence().span().of(text));
        assertNull(visit.evidence().articleId(), "the article id is set when the facts are stored");
        assertFalse(visit.rule().isBlank());
    }

    @Test
    void anArrivalWithNoPlaceNamedLandsWhereTheDatelineIs() {
        var visit = only(TAGGER.tag("ASTANA (Example Wire) — Trade talks resumed. Emmanuel Macron arrived on Wednesday.",
                THURSDAY).facts(), Fact.Visit.class).getFirst();
        assertEquals("KZ", visit.destination().iso2());
        assertEquals("2023-10-11", visit.date().start());
    }

    @Test
    void talksWithAHostInTheirCountryAreAVisitByTheGuest() {
        var visit = only(facts("Pedro Sánchez held talks with Xi Jinping in Beijing last month."), Fact.Visit.class)
                .getFirst();
        assertEquals("Pedro Sánchez", visit.traveler().name());
        assertEquals("CN", visit.destination().iso2());
        assertEquals("Xi Jinping", visit.host().name());
        assertEquals("2023-09", visit.date().start());
    }

    @Test
    void theTripTakesTheDateTheNextSentenceGivesIt() {
        var visit = only(facts("Vladimir Putin is also expected in China. The trip is expected to take place next week."),
                Fact.Visit.class).getFirst();
        assertEquals(Fact.Status.PLANNED, visit.status());
        assertTrue(visit.date().start().startsWith("2023-10-1"), visit.date().toString());
    }

    @Test
    void aVisitThenAPlannedTripAreTwoFactsWithTheirOwnStatus() {
        var visits = only(facts("Ana Lind, the Kazakh ambassador, visited Georgia last month and plans to travel to "
                + "Armenia next week."), Fact.Visit.class);
        assertEquals(2, visits.size(), visits.toString());
        assertEquals(Fact.Status.OCCURRED, visits.stream().filter(v -> v.destination().iso2().equals("GE"))
                .findFirst().orElseThrow().status());
        assertEquals(Fact.Status.PLANNED, visits.stream().filter(v -> v.destination().iso2().equals("AM"))
                .findFirst().orElseThrow().status());
    }

    @Test
    void theNextDayIsTheDayAfterTheDateBeforeIt() {
        var visit = only(facts("Talks were held in Astana on Monday, and the next day Emmanuel Macron arrived in Tashkent."),
                Fact.Visit.class).getFirst();
        assertEquals("UZ", visit.destination().iso2());
        assertEquals("2023-10-10", visit.date().start());
    }

    @Test
    void eachOfAGroupMeetingSomeoneIsOneMeetingPerMember() {
        var meetings = only(facts("Xi Jinping welcomed Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon in Xi'an. "
                + "Each of the three also held separate talks with Xi."), Fact.Summit.class).stream()
                .filter(s -> s.format() == Fact.Format.BILATERAL).toList();
        assertEquals(3, meetings.size(), meetings.toString());
        assertTrue(meetings.stream().allMatch(m -> names(m.participants()).contains("Xi Jinping")));
    }

    @Test
    void himIsThePersonJustNamedWhenTheSubjectIsSomeoneElse() {
        var meeting = only(facts("Xi Jinping opened the forum in Xi'an. The Kazakh leader met him on Wednesday."),
                Fact.Summit.class).getFirst();
        assertEquals(Set.of("Xi Jinping", "Kassym-Jomart Tokayev"), names(meeting.participants()));
        assertEquals("2023-10-11", meeting.date().start());
    }

    @Test
    void theOthersOfAGroupMeetOnTheDayTheirClauseGives() {
        var meetings = only(facts("Xi Jinping welcomed Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon in Xi'an. "
                + "Each of the three also held separate talks with Xi. "
                + "The Kazakh leader met him on Wednesday; the other two held their meetings on Thursday."),
                Fact.Summit.class).stream().filter(m -> m.format() == Fact.Format.BILATERAL).toList();
        assertEquals(3, meetings.size(), meetings.toString());
        for (var m : meetings) {
            String expected = names(m.participants()).contains("Kassym-Jomart Tokayev") ? "2023-10-11" : "2023-10-12";
            assertEquals(expected, m.date().start(), m.participants().toString());
        }
    }

    @Test
    void aStatedDurationCountsFromTheArrival() {
        var visit = only(facts("Emmanuel Macron arrived in Beijing on Wednesday. He is on a three-day state visit to China."),
                Fact.Visit.class).getFirst();
        assertEquals("2023-10-11", visit.date().start());
        assertEquals("2023-10-13", visit.date().end());
    }

    @Test
    void spendingDaysInACityIsAVisitForThoseDays() {
        var visit = only(facts("Joe Biden will spend Monday and Tuesday in Warsaw."), Fact.Visit.class).getFirst();
        assertEquals("PL", visit.destination().iso2());
        assertEquals("2023-10-16", visit.date().start());
        assertEquals("2023-10-17", visit.date().end());
    }

    @Test
    void aDatedSightingInTheDestinationExtendsTheTripButNeverMakesOne() {
        var visit = only(facts("Emmanuel Macron arrived in Astana on Tuesday. "
                + "Emmanuel Macron speaks to reporters in Astana on Thursday."), Fact.Visit.class);
        assertEquals(1, visit.size());
        assertEquals("2023-10-10", visit.getFirst().date().start());
        assertEquals("2023-10-12", visit.getFirst().date().end());
        assertTrue(only(facts("Emmanuel Macron speaks to reporters in Astana on Thursday."), Fact.Visit.class).isEmpty());
    }

    @Test
    void aTripLastsUntilTheNextOneBeginsADayLater() {
        var visits = only(facts("Joe Biden arrived in New Delhi on Wednesday. He leaves for Vietnam on Friday."),
                Fact.Visit.class);
        var india = visits.stream().filter(v -> v.destination().iso2().equals("IN")).findFirst().orElseThrow();
        assertEquals("2023-10-11", india.date().start());
        assertEquals("2023-10-13", india.date().end(), "he is there until he leaves, not only on the day he came");
        var vietnam = visits.stream().filter(v -> v.destination().iso2().equals("VN")).findFirst().orElseThrow();
        assertEquals(Fact.Status.PLANNED, vietnam.status());
    }

    @Test
    void aTripNextWeekDoesNotStretchTheOneUnderWay() {
        var visits = only(facts("Vladimir Putin arrived in Bishkek on Thursday. He will travel to China next week."),
                Fact.Visit.class);
        var kyrgyzstan = visits.stream().filter(v -> v.destination().iso2().equals("KG")).findFirst().orElseThrow();
        assertNull(kyrgyzstan.date().end());
    }
}
