package org.pressfacts.tagging.kb;

import org.pressfacts.tagging.EntityType;

import java.time.LocalDate;
import java.util.List;

/** An entry of the knowledge base that the tagger can recognise in text. */
public sealed interface KbEntity permits KbEntity.Country, KbEntity.Place, KbEntity.Organization, KbEntity.Person {

    String id();

    String name();

    List<String> aliases();

    EntityType type();

    record Country(String id, String iso2, String iso3, String name, String officialName, List<String> aliases,
                   List<String> demonyms, String kind, Role leaderOffice) implements KbEntity {
        @Override
        public EntityType type() {
            return EntityType.COUNTRY;
        }
    }

    /** {@code standsFor}: what the city means as an actor when that is not its country (Brussels: the EU). */
    record Place(String id, String name, String country, String kind, List<String> aliases, boolean capital,
                 String standsFor) implements KbEntity {
        @Override
        public EntityType type() {
            return EntityType.PLACE;
        }
    }

    record Organization(String id, String name, String kind, List<String> aliases, List<Membership> members)
            implements KbEntity {
        @Override
        public EntityType type() {
            return EntityType.ORGANIZATION;
        }
    }

    record Person(String id, String name, String country, List<String> aliases, List<Office> offices, String wikidata)
            implements KbEntity {
        @Override
        public EntityType type() {
            return EntityType.PERSON;
        }
    }

    enum Role { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER, SECRETARY_GENERAL, OTHER }

    /** An office held from {@code from} to {@code to} (inclusive; null while still held). */
    record Office(Role role, String scope, String title, LocalDate from, LocalDate to) {
        public boolean heldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** Membership of a grouping; {@code since}/{@code until} are years, 0 when open. */
    record Membership(String iso2, int since, int until) {
        public boolean on(int year) {
            return (since == 0 || year >= since) && (until == 0 || year <= until);
        }
    }

    /** A grouping of countries that is not an organization: "the Central Asian states". */
    record Region(String id, String name, List<String> aliases, List<String> members) {}

    /** A recurring summit and the organization that holds it. */
    record SummitSeries(String id, String name, String organization, List<String> aliases) {}
}
