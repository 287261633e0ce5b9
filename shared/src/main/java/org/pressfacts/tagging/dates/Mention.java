package org.pressfacts.tagging.dates;

import org.pressfacts.tagging.dates.WordRule.Anchor;
import org.pressfacts.tagging.dates.WordRule.Part;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/** What a time expression says, before it is placed on the calendar. */
sealed interface Mention {

    /** Zero in a year or day field: the text does not say it, the dateline decides. */
    int UNSAID = 0;

    record WeekdayMention(DayOfWeek day, Anchor anchor) implements Mention {}

    record MonthMention(Month month, int year, Anchor anchor) implements Mention {}

    /** "12 October 2023", "October 12-13": {@code lastDay} equals {@code day} for a single day. */
    record DateMention(Month month, int day, int lastDay, int year) implements Mention {}

    record YearMention(int year) implements Mention {}

    /** "yesterday", "next week", "last month": a shift of whole units from the dateline's unit. */
    record RelativeMention(ChronoUnit unit, int shift) implements Mention {}

    /** "earlier this week": from the unit's first day to the dateline; "later this year": from it to the last. */
    record PartOfCurrentMention(ChronoUnit unit, boolean earlier) implements Mention {}

    record WeekendMention(Anchor anchor) implements Mention {}

    /** "two-day visit": placed once the other expressions of its sentence are. */
    record DurationMention(int days) implements Mention {}

    record Modified(Mention base, Part part) implements Mention {}

    /** "since March": from the mention to the dateline. */
    record Since(Mention from) implements Mention {}

    record Range(Mention from, Mention to) implements Mention {}
}
