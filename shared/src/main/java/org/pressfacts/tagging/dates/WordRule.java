package org.pressfacts.tagging.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/** What a phrase of kb/date-words.tsv means: the parsed rule column. */
sealed interface WordRule {

    /** Which occurrence of a weekday, month or weekend a phrase picks. */
    enum Anchor { BY_TENSE, PREVIOUS, THIS, NEXT }

    /** The part of a month, year or week that "early", "mid-" and "late" keep. */
    enum Part { EARLY, MID, LATE }

    // Words that are, or start, a time expression.
    record Weekday(DayOfWeek day) implements WordRule {}
    record MonthName(Month month, boolean ambiguous) implements WordRule {}
    record Relative(ChronoUnit unit, int shift) implements WordRule {}
    record PartOfCurrent(ChronoUnit unit, boolean earlier) implements WordRule {}
    record Weekend(Anchor anchor) implements WordRule {}
    record Shift(Anchor anchor) implements WordRule {}
    record Modifier(Part part) implements WordRule {}
    record SpanDays(int days) implements WordRule {}
    record Since() implements WordRule {}
    record RangeStart() implements WordRule {}
    record RangeJoin() implements WordRule {}
    record Preposition() implements WordRule {}
    record EventNoun() implements WordRule {}

    // Words that tell the tense or shape of a clause.
    record TenseMarker(Tense tense) implements WordRule {}
    record NotPast() implements WordRule {}
    record Determiner() implements WordRule {}
    record Connector() implements WordRule {}
    record ClauseBreak() implements WordRule {}
    record Abbreviation() implements WordRule {}

    /** True for rules the tense reader uses; the others make up time expressions. */
    default boolean readsTense() {
        return switch (this) {
            case TenseMarker m -> true;
            case NotPast n -> true;
            case Determiner d -> true;
            case Connector c -> true;
            case ClauseBreak c -> true;
            case Abbreviation a -> true;
            case Weekday w -> false;
            case MonthName m -> false;
            case Relative r -> false;
            case PartOfCurrent p -> false;
            case Weekend w -> false;
            case Shift s -> false;
            case Modifier m -> false;
            case SpanDays s -> false;
            case Since s -> false;
            case RangeStart r -> false;
            case RangeJoin r -> false;
            case Preposition p -> false;
            case EventNoun e -> false;
        };
    }

    /** Parses a rule column such as {@code WEEKDAY:4}, {@code REL_WEEK:-1} or {@code TENSE:FUTURE}. */
    static WordRule parse(String column) {
        String[] parts = column.split(":", -1);
        String kind = parts[0];
        return switch (kind) {
            case "WEEKDAY" -> new Weekday(DayOfWeek.of(number(parts, 1, 1, 7)));
            case "MONTH" -> new MonthName(Month.of(number(parts, 1, 1, 12)), flag(parts, 2, "AMBIGUOUS"));
            case "REL_DAY" -> new Relative(ChronoUnit.DAYS, number(parts, 1, -7, 7));
            case "REL_WEEK" -> new Relative(ChronoUnit.WEEKS, number(parts, 1, -4, 4));
            case "REL_MONTH" -> new Relative(ChronoUnit.MONTHS, number(parts, 1, -12, 12));
            case "REL_YEAR" -> new Relative(ChronoUnit.YEARS, number(parts, 1, -10, 10));
            case "EARLIER" -> new PartOfCurrent(unit(parts), true);
            case "LATER" -> new PartOfCurrent(unit(parts), false);
            case "WEEKEND" -> new Weekend(anchor(parts));
            case "SHIFT" -> new Shift(anchor(parts));
            case "MOD" -> new Modifier(Part.valueOf(argument(parts, 1)));
            case "SPAN_DAYS" -> new SpanDays(number(parts, 1, 1, 31));
            case "SINCE" -> new Since();
            case "RANGE_FROM" -> new RangeStart();
            case "RANGE_JOIN" -> new RangeJoin();
            case "PREP" -> new Preposition();
            case "EVENT_NOUN" -> new EventNoun();
            case "TENSE" -> new TenseMarker(Tense.valueOf(argument(parts, 1)));
            case "NOT_PAST" -> new NotPast();
            case "DETERMINER" -> new Determiner();
            case "CONNECTOR" -> new Connector();
            case "CLAUSE" -> new ClauseBreak();
            case "ABBREVIATION" -> new Abbreviation();
            default -> throw new IllegalArgumentException("unknown rule " + kind);
        };
    }

    private static String argument(String[] parts, int index) {
        if (parts.length <= index || parts[index].isEmpty()) {
            throw new IllegalArgumentException(parts[0] + " needs an argument after ':'");
        }
        return parts[index];
    }

    private static int number(String[] parts, int index, int min, int max) {
        String text = argument(parts, index);
        int value;
        try {
            value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parts[0] + " expects a number, not " + text);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(parts[0] + " expects " + min + ".." + max + ", not " + value);
        }
        return value;
    }

    private static boolean flag(String[] parts, int index, String name) {
        if (parts.length <= index) {
            return false;
        }
        if (!parts[index].equals(name)) {
            throw new IllegalArgumentException(parts[0] + " knows only the flag " + name + ", not " + parts[index]);
        }
        return true;
    }

    private static ChronoUnit unit(String[] parts) {
        return switch (argument(parts, 1)) {
            case "WEEK" -> ChronoUnit.WEEKS;
            case "MONTH" -> ChronoUnit.MONTHS;
            case "YEAR" -> ChronoUnit.YEARS;
            default -> throw new IllegalArgumentException(parts[0] + " expects WEEK, MONTH or YEAR, not " + parts[1]);
        };
    }

    private static Anchor anchor(String[] parts) {
        return switch (argument(parts, 1)) {
            case "-1" -> Anchor.PREVIOUS;
            case "0" -> Anchor.THIS;
            case "+1" -> Anchor.NEXT;
            case "TENSE" -> Anchor.BY_TENSE;
            default -> throw new IllegalArgumentException(parts[0] + " expects -1, 0, +1 or TENSE, not " + parts[1]);
        };
    }
}
