package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.Gold;
import org.pressfacts.local.eval.CorpusArticle.GoldEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.facts.Fact;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.facts.Fact.FactDate;
import org.pressfacts.tagging.facts.Fact.Status;

import java.util.Arrays;
import java.util.List;

/** Hand-built predictions and gold for matching tests: what a tagger might return, without a tagger. */
final class Predicted {

    private Predicted() {}

    static TaggedEntity entity(String id, EntityType type, String name, String iso2, String... mentionTexts) {
        List<Mention> mentions = Arrays.stream(mentionTexts)
                .map(text -> new Mention(new Span(0, text.length()), text, Mention.Kind.NAME)).toList();
        return new TaggedEntity(id, type, name, null, iso2, null, mentions);
    }

    static TaggedEntity person(String id, String name, String... mentionTexts) {
        return entity(id, EntityType.PERSON, name, null, mentionTexts);
    }

    static TaggedEntity country(String iso2, String name) {
        return entity("country:" + iso2.toLowerCase(), EntityType.COUNTRY, name, iso2, name);
    }

    static EntityRef ref(String id, String name, String iso2) {
        return new EntityRef(id, name, iso2);
    }

    static EntityRef countryRef(String iso2) {
        return new EntityRef("country:" + iso2.toLowerCase(), null, iso2);
    }

    static Fact.Visit visit(EntityRef traveler, String destinationIso2, String start, String end, Status status) {
        return new Fact.Visit("f-visit", status, new FactDate(start, end, null), 0.9, null, "test-rule",
                traveler, countryRef(destinationIso2), null, null, null);
    }

    static Fact.Summit summit(Fact.Format format, String name, String locationIso2, List<EntityRef> participants,
                              List<EntityRef> absentees, String start) {
        return new Fact.Summit("f-summit", Status.OCCURRED, new FactDate(start, null, null), 0.9, null, "test-rule",
                format, name, null, participants, absentees, countryRef(locationIso2), null);
    }

    static Fact.SanctionsCommitment sanctions(List<EntityRef> parties, String targetIso2, Fact.Action action,
                                              String start) {
        return new Fact.SanctionsCommitment("f-sanctions", Status.OCCURRED, new FactDate(start, null, null), 0.9,
                null, "test-rule", parties, countryRef(targetIso2), action, null);
    }

    static GoldEntity gold(EntityType type, String name, String iso2, String... surface) {
        return new GoldEntity(type, name, iso2, null, List.of(surface));
    }

    static Gold goldEntities(List<GoldEntity> entities, List<GoldEntity> optional, List<String> notEntities) {
        return new Gold(entities, optional, notEntities, List.of(), List.of());
    }

    static Gold goldFacts(List<GoldEntity> entities, List<GoldFact> facts, List<GoldFact> optional) {
        return new Gold(entities, List.of(), List.of(), facts, optional);
    }
}
