package org.pressfacts.local.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.pressfacts.tagging.facts.Fact.Action;
import org.pressfacts.tagging.facts.Fact.FactType;
import org.pressfacts.tagging.facts.Fact.Format;
import org.pressfacts.tagging.facts.Fact.Status;

import java.util.List;

/**
 * A fact as the corpus annotates it: people by name, countries by ISO2, dates as YYYY[-MM[-DD]] at the precision
 * the text allows, and every acceptable status.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GoldFact.Visit.class, name = "VISIT"),
        @JsonSubTypes.Type(value = GoldFact.Summit.class, name = "SUMMIT"),
        @JsonSubTypes.Type(value = GoldFact.SanctionsCommitment.class, name = "SANCTIONS_COMMITMENT")})
sealed interface GoldFact permits GoldFact.Visit, GoldFact.Summit, GoldFact.SanctionsCommitment {

    FactType kind();

    String start();

    String end();

    List<Status> status();

    @JsonIgnoreProperties({"host"})
    record Visit(String traveler, String destination, String place, String start, String end, List<Status> status)
            implements GoldFact {
        public Visit {
            require(traveler != null && destination != null, "a VISIT needs traveler and destination");
            status = List.copyOf(status == null ? List.of() : status);
        }

        @Override
        public FactType kind() {
            return FactType.VISIT;
        }
    }

    @JsonIgnoreProperties({"organization", "place"})
    record Summit(Format format, String name, List<String> participants, List<String> absentees, String location,
                  String start, String end, List<Status> status) implements GoldFact {
        public Summit {
            require(format != null && location != null, "a SUMMIT needs format and location");
            participants = List.copyOf(participants == null ? List.of() : participants);
            absentees = List.copyOf(absentees == null ? List.of() : absentees);
            status = List.copyOf(status == null ? List.of() : status);
        }

        @Override
        public FactType kind() {
            return FactType.SUMMIT;
        }
    }

    record SanctionsCommitment(List<String> parties, String target, Action action, String location, String start,
                               String end, List<Status> status) implements GoldFact {
        public SanctionsCommitment {
            require(target != null && parties != null && !parties.isEmpty(),
                    "a SANCTIONS_COMMITMENT needs target and parties");
            parties = List.copyOf(parties == null ? List.of() : parties);
            status = List.copyOf(status == null ? List.of() : status);
        }

        @Override
        public FactType kind() {
            return FactType.SANCTIONS_COMMITMENT;
        }
    }

    /** A gold fact without the fields it is matched by could never match: refuse it when the corpus is read. */
    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
