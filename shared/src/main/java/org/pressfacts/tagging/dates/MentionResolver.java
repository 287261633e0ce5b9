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
import org.pressfacts.tagging.dates.WordRule.Anchor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** Places a mention on the calendar, given the dateline and the tense of its clause. */
final class MentionResolver {

    /** Calendar days a mention covers, with its TIMEX3-like value. */
    record Resolved(String value, Precision precision, LocalDate start, LocalDate end) {}

    private MentionResolver() {}

    /** Empty when the text names a day that does not exist ("February 30"). */
    static Optional<Resolved> resolve(Mention mention, Tense tense, LocalDate published) {
        return switch (mention) {
            case WeekdayMention w -> Optional.of(day(weekday(w.day(), w.anchor(), tense, published)));
            case MonthMention m -> Optional.of(month(m.year() != Mention.UNSAID
                    ? YearMonth.of(m.year(), m.month()) : month(m.month(), m.anchor(), tense, published)));
            case DateMention d -> date(d, d.year() != Mention.UNSAID
                    ? YearMonth.of(d.year(), d.month()) : month(d.month(), Anchor.BY_TENSE, tense, published));
            case YearMention y -> Optional.of(year(y.year()));
            case RelativeMention r -> Optional.of(relative(r.unit(), r.shift(), published));
            case PartOfCurrentMention p -> Optional.of(partOfCurrent(p.unit(), p.earlier(), published));
            case WeekendMention w -> Optional.of(weekend(w.anchor(), tense, published));
            case DurationMention d -> Optional.of(duration(d.days(), published));
            case Modified m -> resolve(m.base(), tense, published).map(base -> narrow(base, m.part()));
            case Since s -> resolve(s.from(), Tense.PAST, published).map(from -> since(from, published));
            case Range r -> range(r, tense, published);
        };
    }

    /** A span of days starting on a day known from elsewhere in the sentence. */
    static Resolved duration(int days, LocalDate start) {
        return days(start, start.plusDays(days - 1L), Precision.DAY);
    }

    /**
     * The weekday "in the same week" as the dateline: looking back for past verbs, ahead for future ones,
     * else the nearest within three days either side. The dateline's own weekday is the dateline.
     */
    static LocalDate weekday(DayOfWeek day, Anchor anchor, Tense tense, LocalDate published) {
        return switch (anchor) {
            case PREVIOUS -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            case THIS, BY_TENSE -> switch (tense) {
                case PAST -> published.with(TemporalAdjusters.previousOrSame(day));
                case FUTURE -> published.with(TemporalAdjusters.nextOrSame(day));
                case PRESENT -> {
                    int ahead = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
                    yield published.plusDays(ahead > 3 ? ahead - 7 : ahead);
                }
            };
        };
    }

    /**
     * A month named without a year: the latest one up to the dateline's month for past verbs, the next one from it
     * for future verbs, else the nearest (ties go to the past, where news mostly looks).
     */
    static YearMonth month(Month month, Anchor anchor, Tense tense, LocalDate published) {
        YearMonth now = YearMonth.from(published);
        YearMonth sameYear = now.withMonth(month.getValue());
        return switch (anchor) {
            case PREVIOUS -> sameYear.isBefore(now) ? sameYear : sameYear.minusYears(1);
            case NEXT -> sameYear.isAfter(now) ? sameYear : sameYear.plusYears(1);
            case THIS -> sameYear;
            case BY_TENSE -> switch (tense) {
                case PAST -> sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear;
                case FUTURE -> sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
                case PRESENT -> {
                    long ahead = now.until(sameYear, ChronoUnit.MONTHS);
                    yield ahead >= 6 ? sameYear.minusYears(1) : ahead < -6 ? sameYear.plusYears(1) : sameYear;
                }
            };
        };
    }

    private static Optional<Resolved> date(DateMention d, YearMonth month) {
        if (!month.isValidDay(d.day()) || !month.isValidDay(d.lastDay())) {
            return Optional.empty();
        }
        return Optional.of(days(month.atDay(d.day()), month.atDay(d.lastDay()), Precision.DAY));
    }

    private static Resolved relative(ChronoUnit unit, int shift, LocalDate published) {
        return switch (unit) {
            case DAYS -> day(published.plusDays(shift));
            case WEEKS -> {
                LocalDate monday = monday(published).plusWeeks(shift);
                yield days(monday, monday.plusDays(6), Precision.WEEK);
            }
            case MONTHS -> month(YearMonth.from(published).plusMonths(shift));
            case YEARS -> year(published.getYear() + shift);
            default -> throw new IllegalArgumentException("no relative rule for " + unit);
        };
    }

    private static Resolved partOfCurrent(ChronoUnit unit, boolean earlier, LocalDate published) {
        LocalDate first;
        LocalDate last;
        Precision precision;
        switch (unit) {
            case WEEKS -> {
                first = monday(published);
                last = first.plusDays(6);
                precision = Precision.WEEK;
            }
            case MONTHS -> {
                first = published.withDayOfMonth(1);
                last = YearMonth.from(published).atEndOfMonth();
                precision = Precision.MONTH;
            }
            case YEARS -> {
                first = published.withDayOfYear(1);
                last = Year.of(published.getYear()).atMonth(12).atEndOfMonth();
                precision = Precision.YEAR;
            }
            default -> throw new IllegalArgumentException("no 'earlier/later this' rule for " + unit);
        }
        return earlier ? days(first, published, precision) : days(published, last, precision);
    }

    /** "over the weekend" read on a Monday is the one just gone; read on a Thursday, with no verb, the coming one. */
    private static Resolved weekend(Anchor anchor, Tense tense, LocalDate published) {
        LocalDate thisSaturday = monday(published).plusDays(5);
        boolean onWeekend = published.getDayOfWeek().getValue() >= 6;
        LocalDate saturday = switch (anchor) {
            case PREVIOUS -> thisSaturday.minusWeeks(1);
            case THIS -> thisSaturday;
            case NEXT -> thisSaturday.plusWeeks(1);
            case BY_TENSE -> switch (tense) {
                case PAST -> onWeekend ? thisSaturday : thisSaturday.minusWeeks(1);
                case FUTURE -> thisSaturday;
                case PRESENT -> published.getDayOfWeek().getValue() <= 2 ? thisSaturday.minusWeeks(1) : thisSaturday;
            };
        };
        return days(saturday, saturday.plusDays(1), Precision.DAY);
    }

    /** Keeps a third of the period: "early" the first, "mid-" the middle, "late" and "the end of" the last. */
    private static Resolved narrow(Resolved base, WordRule.Part part) {
        long length = base.start().until(base.end(), ChronoUnit.DAYS) + 1;
        long third = length / 3;
        if (third == 0) {
            return base;
        }
        return switch (part) {
            case EARLY -> new Resolved(base.value(), base.precision(), base.start(), base.start().plusDays(third - 1));
            case MID -> new Resolved(base.value(), base.precision(), base.start().plusDays(third), base.end().minusDays(third));
            case LATE -> new Resolved(base.value(), base.precision(), base.end().minusDays(third - 1), base.end());
        };
    }

    private static Resolved since(Resolved from, LocalDate published) {
        String start = from.value().contains("/") ? from.start().toString() : from.value();
        LocalDate end = published.isBefore(from.start()) ? from.start() : published;
        return new Resolved(start + "/" + end, from.precision(), from.start(), end);
    }

    private static Optional<Resolved> range(Range range, Tense tense, LocalDate published) {
        Optional<Resolved> resolvedFrom = resolve(range.from(), tense, published);
        if (resolvedFrom.isEmpty()) {
            return Optional.empty();
        }
        Resolved from = resolvedFrom.get();
        Optional<Resolved> to = switch (range.to()) {
            case WeekdayMention w -> Optional.of(day(from.start().with(TemporalAdjusters.next(w.day()))));
            case MonthMention m -> {
                YearMonth start = YearMonth.from(from.start());
                YearMonth end = m.year() != Mention.UNSAID ? YearMonth.of(m.year(), m.month()) : start.withMonth(m.month().getValue());
                yield Optional.of(month(m.year() == Mention.UNSAID && end.isBefore(start) ? end.plusYears(1) : end));
            }
            case DateMention d -> {
                int year = d.year() != Mention.UNSAID ? d.year() : from.start().getYear();
                Optional<Resolved> end = date(d, YearMonth.of(year, d.month()));
                yield d.year() == Mention.UNSAID && end.isPresent() && end.get().start().isBefore(from.start())
                        ? date(d, YearMonth.of(year + 1, d.month())) : end;
            }
            default -> resolve(range.to(), tense, published);
        };
        if (to.isEmpty() || to.get().end().isBefore(from.start())) {
            return Optional.empty();
        }
        String value = switch (from.precision()) {
            case DAY, WEEK -> from.start() + "/" + to.get().end();
            case MONTH, YEAR -> from.value() + "/" + to.get().value();
        };
        return Optional.of(new Resolved(value, from.precision(), from.start(), to.get().end()));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Resolved day(LocalDate date) {
        return new Resolved(date.toString(), Precision.DAY, date, date);
    }

    private static Resolved days(LocalDate start, LocalDate end, Precision precision) {
        String value = start.equals(end) ? start.toString() : start + "/" + end;
        return new Resolved(value, precision, start, end);
    }

    private static Resolved month(YearMonth month) {
        return new Resolved(month.toString(), Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    private static Resolved year(int year) {
        return new Resolved(String.valueOf(year), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
