package org.pressfacts.tagging.linking;

import org.junit.jupiter.api.Test;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each recognition rule on small sentences written for the purpose. */
class EntityLinkerTest {

    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBaseLoader.shared());
    private static final LocalDate OCT_2023 = LocalDate.of(2023, 10, 12);

    private static List<TaggedEntity> link(String text) {
        return LINKER.link(text, OCT_2023);
    }

    private static Optional<TaggedEntity> entity(List<TaggedEntity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Test
    void linksTransliterationsAndDiacriticsToOneIdentity() {
        var entities = link("Kassym-Jomart Tokaïev met Chavkat Mirzioïev and Nikol Pashinian in Astana.");
        assertTrue(entity(entities, "person:kassym-jomart-tokayev").isPresent());
        assertTrue(entity(entities, "person:shavkat-mirziyoyev").isPresent());
        assertTrue(entity(entities, "person:nikol-pashinyan").isPresent());
    }

    @Test
    void toleratesASingleLetterTypoInALongGivenName() {
        var entities = link("Vadimir Putin arrived at the airport.");
        var putin = entity(entities, "person:vladimir-putin").orElseThrow();
        assertEquals("Vadimir Putin", putin.mentions().getFirst().text());
    }

    @Test
    void linksSurnamesAndTitlesToThePersonNamedEarlier() {
        var entities = link("Sadyr Japarov hosted the talks. Later Mr. Japarov said the base mattered.");
        var japarov = entity(entities, "person:sadyr-japarov").orElseThrow();
        assertEquals(2, japarov.mentions().size());
        assertEquals(Mention.Kind.TITLE, japarov.mentions().get(1).kind());
    }

    @Test
    void doesNotMergeADifferentPersonWithTheSameSurname() {
        var entities = link("Akylbek Japarov, the cabinet chairman, spoke first.");
        assertTrue(entity(entities, "person:sadyr-japarov").isEmpty());
    }

    @Test
    void linksRoleMentionsToTheOfficeHolderOnTheArticleDate() {
        var entities = link("The Russian president praised the ties. His Kyrgyz counterpart agreed.");
        assertEquals(Mention.Kind.ROLE, entity(entities, "person:vladimir-putin").orElseThrow().mentions().getFirst().kind());
        assertTrue(entity(entities, "person:sadyr-japarov").isPresent());
    }

    @Test
    void roleMentionsFollowTenureDates() {
        var entities = LINKER.link("The German chancellor flew to Paris.", LocalDate.of(2020, 3, 1));
        assertTrue(entity(entities, "person:angela-merkel").isPresent());
    }

    @Test
    void capitalsActingStandForTheirCountryAsWellAsThePlace() {
        var entities = link("Moscow denounced the decision. Delegates met in Baku.");
        assertTrue(entity(entities, "place:moscow").isPresent());
        assertEquals(Mention.Kind.CAPITAL, entity(entities, "country:ru").orElseThrow().mentions().getFirst().kind());
        assertTrue(entity(entities, "country:az").isEmpty(), "a capital as a location does not stand for its country");
    }

    @Test
    void demonymsNameTheirCountry() {
        var entities = link("The Belarusian delegation arrived late.");
        assertEquals(Mention.Kind.DEMONYM, entity(entities, "country:by").orElseThrow().mentions().getFirst().kind());
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertTrue(entity(link("The ICC issued a warrant."), "org:icc").isPresent());
        assertTrue(entity(link("Let us go to the US embassy."), "country:us").isPresent());
        assertEquals(1, entity(link("Let us go to the US embassy."), "country:us").orElseThrow().mentions().size());
    }

    @Test
    void findsPeopleAbsentFromTheKnowledgeBaseFromTheirTitle() {
        var entities = link("Kazakh Deputy Foreign Minister Aliya Bekturova said the corridor would open.");
        var person = entities.stream().filter(e -> e.name().equals("Aliya Bekturova")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("KZ", person.country());
        assertFalse(person.inKnowledgeBase());
    }

    @Test
    void findsPeopleNamedInAnApposition() {
        var entities = link("Timur Abenov, the Kazakh ambassador, declined to comment.");
        var person = entities.stream().filter(e -> e.name().equals("Timur Abenov")).findFirst().orElseThrow();
        assertEquals("KZ", person.country());
        assertEquals("ambassador", person.role());
    }

    @Test
    void findsOrganizationsFromTheirHeadNoun() {
        var entities = link("The Lakeland Grain Committee and Steppe Freight Holding signed the deal.");
        var names = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(TaggedEntity::name).toList();
        assertTrue(names.contains("Lakeland Grain Committee"), names.toString());
        assertTrue(names.contains("Steppe Freight Holding"), names.toString());
    }

    @Test
    void aPlaceNameInsideALongerProperNameIsNotAPlace() {
        assertTrue(entity(link("Armenia joined the Rome Statute."), "place:rome").isEmpty());
    }

    @Test
    void broadAreasAreNotReportedAsEntities() {
        assertTrue(link("Trade across Central Asia grew.").stream().noneMatch(e -> e.type() == EntityType.PLACE));
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "In Bishkek, Sadyr Japarov welcomed guests.";
        for (TaggedEntity e : link(text)) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
            }
        }
    }

    @Test
    void familyNameFirstNamesLinkByTheirFirstWord() {
        var xi = entity(link("Xi Jinping opened the forum. Later Xi met the delegates."), "person:xi-jinping").orElseThrow();
        assertEquals(2, xi.mentions().size());
        assertEquals("Xi", xi.mentions().get(1).text());
    }

    @Test
    void aCommonWordThatIsAlsoAFamilyNameNamesNobodyOnItsOwn() {
        assertTrue(link("He said the talks went well.").stream().noneMatch(e -> e.type() == EntityType.PERSON));
    }
}
