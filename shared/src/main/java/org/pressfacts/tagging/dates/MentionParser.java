package org.pressfacts.tagging.dates;

import org.pressfacts.tagging.dates.Mention.DateMention;
import org.pressfacts.tagging.dates.Mention.DurationMention;
import org.pressfacts.tagging.dates.Mention.Modified;
import org.pressfacts.tagging.dates.Mention.MonthMention;
import org.pressfacts.tagging.dates.Mention.PartOfCurrentMention;
import org.pressfacts.tagging.dates.Mention.Range;
import org.pressfacts.tagging.dates.Mention.RelativeMention;
import org.pressfacts.tagging.dates.Mention.Since;
import org.pressfacts.tagging.dates.Mention.WeekdayMention;
import org.pressfacts.tagging.dates.Mention.WeekendMention;
import org.pressfacts.tagging.dates.Mention.YearMention;
import org.pressfacts.tagging.dates.PhraseTrie.Match;
import org.pressfacts.tagging.dates.WordRule.Anchor;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions in tokens, left to right, longest first; found expressions never overlap.
 * The grammar is small and fixed; the words it is made of come from kb/date-words.tsv.
 * A leading preposition ("in", "on", "over") is left out of the span, as TIMEX3 leaves out its signals.
 */
final class MentionParser {

    record Found(Mention mention, int first, int end) {}

    private record Core(Mention mention, int end) {}

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final Tokens tokens;
    private final DateWords words;

    MentionParser(Tokens tokens, DateWords words) {
        this.tokens = tokens;
        this.words = words;
    }

    List<Found> parse() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = tokens.id(i) >= 0 || tokens.isNumber(i) ? parseAt(i) : null;
            if (f != null) {
                found.add(f);
                i = f.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Found parseAt(int i) {
        Match m = match(i);
        boolean context = false;
        int first = i;
        // "until 2025", "to Friday": a range word without a start is a preposition too.
        if (m != null && (m.rule() instanceof WordRule.Preposition || m.rule() instanceof WordRule.RangeJoin)) {
            context = true;
            first = m.end();
            m = match(first);
        }
        if (m != null && m.rule() instanceof WordRule.Since) {
            Core from = core(m.end(), true);
            return from == null ? null : new Found(new Since(from.mention()), first, from.end());
        }
        if (m != null && m.rule() instanceof WordRule.RangeStart) {
            Core from = core(m.end(), true);
            if (from == null) {
                return null;
            }
            Core range = rangeTail(from);
            // "from Monday" without an end is just Monday; "from" then is a preposition.
            return range != null ? new Found(range.mention(), first, range.end()) : new Found(from.mention(), m.end(), from.end());
        }
        Core core = core(first, context);
        if (core == null) {
            return null;
        }
        Core range = rangeTail(core);
        return range != null ? new Found(range.mention(), first, range.end()) : new Found(core.mention(), first, core.end());
    }

    /** A date with its modifiers: "the end of September", "last Friday", "early next year". */
    private Core core(int start, boolean context) {
        int k = start;
        Match m = match(k);
        WordRule.Part part = null;
        if (m != null && m.rule() instanceof WordRule.Modifier modifier) {
            part = modifier.part();
            k = m.end();
            m = match(k);
            context = true;
        }
        Anchor anchor = Anchor.BY_TENSE;
        if (m != null && m.rule() instanceof WordRule.Shift shift) {
            Match after = match(m.end());
            if (after == null || !(after.rule() instanceof WordRule.Weekday || after.rule() instanceof WordRule.MonthName)) {
                return null;
            }
            anchor = shift.anchor();
            k = m.end();
            m = after;
            context = true;
        }
        Core base = base(k, m, context, anchor);
        if (base == null) {
            return null;
        }
        return part == null ? base : new Core(new Modified(base.mention(), part), base.end());
    }

    private Core base(int k, Match m, boolean context, Anchor anchor) {
        if (tokens.isNumber(k)) {
            return numeric(k, context);
        }
        if (m == null) {
            return null;
        }
        WordRule rule = m.rule();
        if (rule instanceof WordRule.Weekday weekday) {
            return weekday(k, m.end(), weekday, anchor);
        }
        if (rule instanceof WordRule.MonthName month) {
            return month(k, m.end(), month, anchor, context);
        }
        if (rule instanceof WordRule.Relative relative) {
            return new Core(new RelativeMention(relative.unit(), relative.shift()), m.end());
        }
        if (rule instanceof WordRule.PartOfCurrent part) {
            return new Core(new PartOfCurrentMention(part.unit(), part.earlier()), m.end());
        }
        if (rule instanceof WordRule.Weekend weekend) {
            return new Core(new WeekendMention(weekend.anchor()), m.end());
        }
        if (rule instanceof WordRule.SpanDays span) {
            return duration(span.days(), m.end());
        }
        return null;
    }

    private Core weekday(int k, int end, WordRule.Weekday weekday, Anchor anchor) {
        if (!tokens.isCapitalized(k)) {
            return null;
        }
        if (anchor == Anchor.BY_TENSE) {
            // "Thursday, October 12": the date says exactly which Thursday.
            Core date = explicitDate(tokens.isPunct(end, ',') ? end + 1 : end);
            if (date != null) {
                return date;
            }
        }
        return new Core(new WeekdayMention(weekday.day(), anchor), end);
    }

    private Core explicitDate(int k) {
        Core date = null;
        if (tokens.isNumber(k)) {
            date = numeric(k, false);
        } else if (match(k) instanceof Match m && m.rule() instanceof WordRule.MonthName month) {
            date = month(k, m.end(), month, Anchor.BY_TENSE, false);
        }
        return date != null && date.mention() instanceof DateMention ? date : null;
    }

    private Core month(int k, int end, WordRule.MonthName month, Anchor anchor, boolean context) {
        if (!tokens.isCapitalized(k)) {
            return null;
        }
        if (isDayOfMonth(end)) {
            int day = tokens.number(end);
            int after = end + 1;
            int lastDay = day;
            if (tokens.isHyphen(after) && isDayOfMonth(after + 1) && tokens.number(after + 1) > day) {
                lastDay = tokens.number(after + 1);
                after += 2;
            }
            int yearToken = tokens.isPunct(after, ',') ? after + 1 : after;
            int year = Mention.UNSAID;
            if (isYear(yearToken)) {
                year = tokens.number(yearToken);
                after = yearToken + 1;
            }
            return new Core(new DateMention(month.month(), day, lastDay, year), after);
        }
        if (isYear(end)) {
            return new Core(new MonthMention(month.month(), tokens.number(end), Anchor.BY_TENSE), end + 1);
        }
        // "May" alone is more often the verb or a name than the month.
        if (month.ambiguous() && !context) {
            return null;
        }
        return new Core(new MonthMention(month.month(), Mention.UNSAID, anchor), end);
    }

    private Core numeric(int k, boolean context) {
        int digits = tokens.digits(k);
        boolean plain = digits == tokens.length(k);
        if (digits == 4 && plain) {
            Core iso = isoDate(k);
            if (iso != null) {
                return iso;
            }
            return context && isYear(k) ? new Core(new YearMention(tokens.number(k)), k + 1) : null;
        }
        if (digits > 2) {
            return null;
        }
        int value = tokens.number(k);
        if (plain && tokens.isHyphen(k + 1) && tokens.id(k + 2) == words.day() && value > 0) {
            return duration(value, k + 3);
        }
        if (!isDayOfMonth(k)) {
            return null;
        }
        int after = k + 1;
        int lastDay = value;
        if (tokens.isHyphen(after) && isDayOfMonth(after + 1) && tokens.number(after + 1) > value) {
            lastDay = tokens.number(after + 1);
            after += 2;
        }
        if (match(after) instanceof Match m && m.rule() instanceof WordRule.MonthName month && tokens.isCapitalized(after)) {
            int end = m.end();
            int year = Mention.UNSAID;
            if (isYear(end)) {
                year = tokens.number(end);
                end++;
            }
            return new Core(new DateMention(month.month(), value, lastDay, year), end);
        }
        return null;
    }

    /** 2023-10-12, written without spaces. */
    private Core isoDate(int k) {
        boolean shape = tokens.isPunct(k + 1, '-') && tokens.touching(k, k + 1)
                && tokens.isNumber(k + 2) && tokens.digits(k + 2) == 2 && tokens.touching(k + 1, k + 2)
                && tokens.isPunct(k + 3, '-') && tokens.touching(k + 2, k + 3)
                && tokens.isNumber(k + 4) && tokens.digits(k + 4) == 2 && tokens.touching(k + 3, k + 4);
        if (!shape) {
            return null;
        }
        int month = tokens.number(k + 2);
        int day = tokens.number(k + 4);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new Core(new DateMention(Month.of(month), day, day, tokens.number(k)), k + 5);
    }

    private Core duration(int days, int end) {
        if (match(end) instanceof Match noun && noun.rule() instanceof WordRule.EventNoun) {
            end = noun.end();
        }
        return new Core(new DurationMention(days), end);
    }

    /** "to Wednesday", "and 14 October": a second date of the same kind closes a range. */
    private Core rangeTail(Core from) {
        Match join = match(from.end());
        if (join == null || !(join.rule() instanceof WordRule.RangeJoin)) {
            return null;
        }
        Core to = core(join.end(), true);
        if (to == null || !rangeable(from.mention()) || to.mention().getClass() != from.mention().getClass()) {
            return null;
        }
        return new Core(new Range(from.mention(), to.mention()), to.end());
    }

    private static boolean rangeable(Mention mention) {
        return mention instanceof WeekdayMention || mention instanceof MonthMention
                || mention instanceof DateMention || mention instanceof YearMention;
    }

    private boolean isDayOfMonth(int k) {
        if (!tokens.isNumber(k) || tokens.digits(k) > 2) {
            return false;
        }
        int value = tokens.number(k);
        return value >= 1 && value <= 31;
    }

    private boolean isYear(int k) {
        if (!tokens.isNumber(k) || tokens.digits(k) != 4 || tokens.length(k) != 4) {
            return false;
        }
        int value = tokens.number(k);
        return value >= MIN_YEAR && value <= MAX_YEAR;
    }

    private Match match(int k) {
        return k < tokens.size() ? words.expressions().longest(tokens, k) : null;
    }
}
