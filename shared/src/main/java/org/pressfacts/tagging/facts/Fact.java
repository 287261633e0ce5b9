package org.pressfacts.tagging.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.pressfacts.tagging.Span;

import java.util.List;

/**
 * A fact extracted from an article. Field names are the API's and the evaluator's (see issue 4): every fact has
 * id, type, status, date, confidence, evidence and the rule that produced it; each type adds its own fields.
 */
public sealed interface Fact permits Fact.Visit, Fact.Summit, Fact.SanctionsCommitment {

    String id();

    @JsonProperty("type")
    FactType type();

    Status status();

    FactDate date();

    double confidence();

    Evidence evidence();

    String rule();

    enum FactType { VISIT, SUMMIT, SANCTIONS_COMMITMENT }

    enum Status { OCCURRED, PLANNED, CANCELLED }

    enum Format { BILATERAL, MULTILATERAL }

    enum Action { IMPOSE, EXTEND, LIFT, PREVENT_CIRCUMVENTION, ENFORCE }

    /** A person, country, organization or place as facts name it; {@code iso2} only for countries. */
    record EntityRef(String id, String name, String iso2) {}

    /** start and end as YYYY, YYYY-MM or YYYY-MM-DD; end null for a single point. */
    record FactDate(String start, String end, String precision) {

        /** The two periods share a day, each read at its own precision ("2023-09" is the whole month). */
        public boolean overlaps(FactDate other) {
            return !firstDay(start).isAfter(lastDay(other.end != null ? other.end : other.start))
                    && !firstDay(other.start).isAfter(lastDay(end != null ? end : start));
        }

        private static java.time.LocalDate firstDay(String date) {
            return switch (date.length()) {
                case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> java.time.YearMonth.parse(date).atDay(1);
                default -> java.time.LocalDate.parse(date);
            };
        }

        private static java.time.LocalDate lastDay(String date) {
            return switch (date.length()) {
                case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 12, 31);
                case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
                default -> java.time.LocalDate.parse(date);
            };
        }
    }

    /** Where the fact is said: the article, the sentence and its offsets in the news text. */
    record Evidence(String articleId, String sentence, Span span) {}

    record Visit(String id, Status status, FactDate date, double confidence, Evidence evidence, String rule,
                 EntityRef traveler, EntityRef destination, EntityRef place, EntityRef host, String purpose)
            implements Fact {
        @Override
        public FactType type() {
            return FactType.VISIT;
        }
    }

    record Summit(String id, Status status, FactDate date, double confidence, Evidence evidence, String rule,
                  Format format, String name, EntityRef organization, List<EntityRef> participants,
                  List<EntityRef> absentees, EntityRef location, EntityRef place) implements Fact {
        public Summit {
            participants = List.copyOf(participants);
            absentees = List.copyOf(absentees);
        }

        @Override
        public FactType type() {
            return FactType.SUMMIT;
        }
    }

    record SanctionsCommitment(String id, Status status, FactDate date, double confidence, Evidence evidence,
                               String rule, List<EntityRef> parties, EntityRef target, Action action,
                               String commitment) implements Fact {
        public SanctionsCommitment {
            parties = List.copyOf(parties);
        }

        @Override
        public FactType type() {
            return FactType.SANCTIONS_COMMITMENT;
        }
    }
}
