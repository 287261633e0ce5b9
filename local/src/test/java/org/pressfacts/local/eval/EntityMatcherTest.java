package org.pressfacts.local.eval;

import org.junit.jupiter.api.Test;
import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.TaggedEntity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressfacts.local.eval.Predicted.country;
import static org.pressfacts.local.eval.Predicted.entity;
import static org.pressfacts.local.eval.Predicted.gold;
import static org.pressfacts.local.eval.Predicted.goldEntities;
import static org.pressfacts.local.eval.Predicted.person;

class EntityMatcherTest {

    @Test
    void matchesAPersonByAFoldedSurfaceSpellingAgainstAMentionText() {
        Gold gold = goldEntities(List.of(gold(EntityType.PERSON, "Ivan Horvat", null, "Ivan Hórvát")), List.of(), List.of());
        TaggedEntity predicted = person("new:person:horvat", "I. Horvath", "IVAN HORVAT");

        EntityMatcher.Outcome outcome = EntityMatcher.match(gold, List.of(predicted));

        assertEquals(new Counts(1, 0, 0), outcome.counts(EntityType.PERSON));
    }

    @Test
    void matchesACountryByIso2WhateverItsName() {
        Gold gold = goldEntities(List.of(gold(EntityType.COUNTRY, "Czechia", "CZ")), List.of(), List.of());

        EntityMatcher.Outcome outcome = EntityMatcher.match(gold, List.of(country("CZ", "Czech Republic")));

        assertEquals(new Counts(1, 0, 0), outcome.counts(EntityType.COUNTRY));
    }

    @Test
    void aRightNameOfTheWrongTypeIsAMissAndASpuriousEntity() {
        Gold gold = goldEntities(List.of(gold(EntityType.PLACE, "Valletta", null)), List.of(), List.of());

        EntityMatcher.Outcome outcome = EntityMatcher.match(gold,
                List.of(entity("org:valletta", EntityType.ORGANIZATION, "Valletta", null)));

        assertEquals(new Counts(0, 0, 1), outcome.counts(EntityType.PLACE));
        assertEquals(new Counts(0, 1, 0), outcome.counts(EntityType.ORGANIZATION));
    }

    @Test
    void anOptionalEntityNeitherCountsNorHurts() {
        Gold gold = goldEntities(List.of(),
                List.of(gold(EntityType.ORGANIZATION, "Atlantic Fisheries Council", null, "AFC")), List.of());
        TaggedEntity found = entity("new:org:afc", EntityType.ORGANIZATION, "AFC", null, "AFC");

        EntityMatcher.Outcome withIt = EntityMatcher.match(gold, List.of(found));
        EntityMatcher.Outcome without = EntityMatcher.match(gold, List.of());

        assertEquals(new Counts(0, 0, 0), withIt.counts(EntityType.ORGANIZATION));
        assertEquals(new Counts(0, 0, 0), without.counts(EntityType.ORGANIZATION));
        assertEquals(List.of(found), withIt.optional());
    }

    @Test
    void aSecondEntityForTheSameGoldOneIsSpurious() {
        Gold gold = goldEntities(List.of(gold(EntityType.PERSON, "Marco Vella", null)), List.of(), List.of());

        EntityMatcher.Outcome outcome = EntityMatcher.match(gold,
                List.of(person("person:marco-vella", "Marco Vella"), person("new:person:vella", "Vella", "Marco Vella")));

        assertEquals(new Counts(1, 1, 0), outcome.counts(EntityType.PERSON));
    }

    @Test
    void eachPredictionGoesWhereItIsNeededSoNoPairIsLost() {
        // the first prediction could serve either gold person, the second only the first one
        Gold gold = goldEntities(List.of(gold(EntityType.PERSON, "Ana Kovac", null, "Kovac"),
                gold(EntityType.PERSON, "Boris Kovac", null, "Kovac")), List.of(), List.of());

        EntityMatcher.Outcome outcome = EntityMatcher.match(gold,
                List.of(person("p1", "Kovac"), person("p2", "Ana Kovac")));

        assertEquals(new Counts(2, 0, 0), outcome.counts(EntityType.PERSON));
    }

    @Test
    void detectsANotEntityInANameOrAMentionTextEqualOrContaining() {
        List<TaggedEntity> predicted = List.of(
                person("new:person:tomas-reed", "Tomas Reed"),
                entity("new:org:x", EntityType.ORGANIZATION, "Invented Pictures Agency", null),
                person("person:ana", "Ana Kovač", "Ana Kovač"));

        List<EntityMatcher.NotEntityHit> hits = EntityMatcher.notEntityHits(
                List.of("tomas reed", "Invented Pictures", "Ana"), predicted);

        assertEquals(3, hits.size());
        assertTrue(hits.stream().anyMatch(h -> h.notEntity().equals("Invented Pictures")));
        assertTrue(EntityMatcher.notEntityHits(List.of("Kov"), predicted).isEmpty(), "whole words only");
    }
}
