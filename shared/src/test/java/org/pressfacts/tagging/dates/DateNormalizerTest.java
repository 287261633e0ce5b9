package org.pressfacts.tagging.dates;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateNormalizerTest {

    private static final LocalDate THURSDAY = LocalDate.of(2023, 10, 12);

    private final DateNormalizer normalizer = new DateNormalizer();

    /** The values of all expressions found, in text order. */
    private List<String> values(String text, LocalDate published) {
        return normalizer.normalize(text, published).stream().map(TimeExpression::value).toList();
    }

    private TimeExpression only(String text, LocalDate published) {
        List<TimeExpression> found = normalizer.normalize(text, published);
        assertEquals(1, found.size(), () -> "expected one expression in '" + text + "' but found " + found);
        return found.getFirst();
    }

    // --- weekdays

    @Test
    void resolvesTheDatelinesOwnWeekdayToTheDateline() {
        assertEquals(List.of("2023-10-12"), values("The two leaders met on Thursday.", THURSDAY));
    }

    @Test
    void resolvesNextFridayRelativeToPublicationDate() {
        assertEquals(List.of("2023-10-13"), values("She will attend a summit on Friday.", THURSDAY));
    }

    @Test
    void looksBackForAWeekdayWhenTheVerbIsPast() {
        assertEquals(List.of("2023-10-09"), values("The minister arrived on Monday.", THURSDAY));
    }

    @Test
    void looksAheadForAWeekdayWhenTheVerbIsFuture() {
        assertEquals(List.of("2023-10-16"), values("The minister will travel on Monday.", THURSDAY));
    }

    @Test
    void takesTheNearestWeekdayWithinThreeDaysWhenTheTenseIsUnclear() {
        assertEquals(List.of("2023-10-15", "2023-10-09"),
                values("Voters go to the polls on Sunday. Monday: talks in Geneva.", THURSDAY));
    }

    @Test
    void resolvesLastAndNextWeekdayStrictlyBeforeAndAfterTheDateline() {
        assertEquals(List.of("2023-10-05", "2023-10-19"),
                values("Talks held last Thursday failed and resume next Thursday.", THURSDAY));
    }

    @Test
    void readsTwoWeekdaysJoinedByAndAsOneRange() {
        TimeExpression range = only("The ministers met on Tuesday and Wednesday.", THURSDAY);
        assertEquals("2023-10-10/2023-10-11", range.value());
        assertEquals("Tuesday and Wednesday", range.text());
        assertEquals(Precision.DAY, range.precision());
    }

    @Test
    void readsFromMondayToWednesdayAsARangeIncludingFrom() {
        TimeExpression range = only("The forum will run from Monday to Wednesday.", THURSDAY);
        assertEquals("2023-10-16/2023-10-18", range.value());
        assertEquals("from Monday to Wednesday", range.text());
    }

    @Test
    void readsAWeekdayFollowedByItsDateAsThatDate() {
        TimeExpression date = only("The vote was held on Thursday, October 5, 2023.", THURSDAY);
        assertEquals("2023-10-05", date.value());
        assertEquals("Thursday, October 5, 2023", date.text());
    }

    // --- tense

    @Test
    void readsTenseClauseByClause() {
        List<TimeExpression> found = normalizer.normalize(
                "The Russian leader, who skipped the summit in August, will travel to China next week.", THURSDAY);
        assertEquals(List.of("2023-08", "2023-10-16/2023-10-22"), found.stream().map(TimeExpression::value).toList());
        assertEquals(List.of(Tense.PAST, Tense.FUTURE), found.stream().map(TimeExpression::tense).toList());
    }

    @Test
    void readsARelativeClauseWithoutCommasByItsOwnVerb() {
        assertEquals(List.of("2023-08", "2023-10-16/2023-10-22"),
                values("The leader who skipped the summit in August will travel next week.", THURSDAY));
    }

    @Test
    void givesEachAdverbialTheTenseOfTheVerbBeforeIt() {
        assertEquals(List.of("2023-10-09", "2023-10-13"),
                values("Officials said on Monday they will meet on Friday.", THURSDAY));
    }

    @Test
    void readsAFrontedAdverbialByTheVerbAfterIt() {
        assertEquals(List.of("2023-10-06"), values("On Friday, the minister arrived in Bishkek.", THURSDAY));
    }

    @Test
    void doesNotReadAnAgreementToMeetAsAPastMeeting() {
        assertEquals(List.of("2023-10-13"), values("The ministers agreed to meet on Friday.", THURSDAY));
    }

    @Test
    void readsAHeadlineInfinitiveAsFuture() {
        TimeExpression monday = only("Putin to visit China on Monday", THURSDAY);
        assertEquals("2023-10-16", monday.value());
        assertEquals(Tense.FUTURE, monday.tense());
    }

    @Test
    void readsTheFirstAuxiliaryOfAVerbGroup() {
        assertEquals(List.of("2023-10-16"), values("The vote will not be held on Monday.", THURSDAY));
    }

    @Test
    void readsCapitalisedEdWordsAsNamesNotVerbs() {
        assertEquals(List.of("2023-10-13"), values("United Nations envoy Ahmed meets rebels on Friday.", THURSDAY));
    }

    // --- days, weeks, months, years relative to the dateline

    @Test
    void resolvesTodayYesterdayTomorrowTonightThisMorningAndLastNight() {
        assertEquals(List.of("2023-10-12", "2023-10-11", "2023-10-13", "2023-10-12", "2023-10-12", "2023-10-11"),
                values("Talks today follow yesterday's row; tomorrow a vote, tonight a dinner, "
                        + "after a call this morning and a strike last night.", THURSDAY));
    }

    @Test
    void resolvesWeeksAsIsoWeekRangesWithWeekPrecision() {
        List<TimeExpression> found = normalizer.normalize(
                "Talks began last week, continue this week and end next week.", THURSDAY);
        assertEquals(List.of("2023-10-02/2023-10-08", "2023-10-09/2023-10-15", "2023-10-16/2023-10-22"),
                found.stream().map(TimeExpression::value).toList());
        assertTrue(found.stream().allMatch(e -> e.precision() == Precision.WEEK));
    }

    @Test
    void splitsTheCurrentWeekAtTheDateline() {
        assertEquals(List.of("2023-10-09/2023-10-12", "2023-10-12/2023-10-15"),
                values("The envoy said earlier this week that a deal could come later this week.", THURSDAY));
    }

    @Test
    void resolvesLastWeekAcrossAMonthBoundary() {
        LocalDate wednesday = LocalDate.of(2023, 11, 1);
        assertEquals(List.of("2023-10-23/2023-10-29", "2023-10-30/2023-11-05"),
                values("Talks stalled last week but resumed this week.", wednesday));
    }

    @Test
    void resolvesMonthsAndYearsRelativeToTheDateline() {
        assertEquals(List.of("2023-09", "2023-10", "2023-11", "2022", "2023", "2024"),
                values("Exports fell last month, rise this month and next month; "
                        + "they fell last year, grow this year and next year.", THURSDAY));
    }

    @Test
    void runsEarlierThisYearFromTheFirstOfJanuaryToTheDateline() {
        TimeExpression earlier = only("The president visited Moscow earlier this year.", THURSDAY);
        assertEquals("2023-01-01/2023-10-12", earlier.value());
        assertEquals(Precision.YEAR, earlier.precision());
    }

    @Test
    void resolvesEarlierThisMonthAndLaterThisYear() {
        assertEquals(List.of("2023-10-01/2023-10-12", "2023-10-12/2023-12-31"),
                values("Talks began earlier this month and will end later this year.", THURSDAY));
    }

    @Test
    void resolvesWeekendsByTenseAndByShift() {
        assertEquals(List.of("2023-10-07/2023-10-08", "2023-10-07/2023-10-08", "2023-10-14/2023-10-15"),
                values("Rockets were fired over the weekend. Protesters rallied last weekend. "
                        + "Ministers will meet at the weekend.", THURSDAY));
    }

    // --- months

    @Test
    void resolvesAFutureMonthToTheNextOneAfterTheDateline() {
        assertEquals(List.of("2024-03"), values("The two leaders will meet in March.", THURSDAY));
    }

    @Test
    void resolvesAPastMonthToTheLatestOneUpToTheDateline() {
        assertEquals(List.of("2023-08"), values("The leader skipped the summit in August.", THURSDAY));
    }

    @Test
    void resolvesTheDatelinesOwnMonthToItself() {
        assertEquals(List.of("2023-09"), values("The talks opened in September.", LocalDate.of(2023, 9, 20)));
    }

    @Test
    void resolvesDecemberToThePreviousYearJustAfterNewYear() {
        assertEquals(List.of("2023-12"), values("The envoy resigned in December.", LocalDate.of(2024, 1, 3)));
    }

    @Test
    void resolvesAMonthWithoutTenseToTheNearestOne() {
        assertEquals(List.of("2023-11"), values("The summit is in November.", THURSDAY));
    }

    @Test
    void keepsMonthPrecisionAtTheEndOfAMonthButNarrowsItsDays() {
        TimeExpression end = only("Sanctions expired at the end of September.", THURSDAY);
        assertEquals("2023-09", end.value());
        assertEquals(Precision.MONTH, end.precision());
        assertEquals(LocalDate.of(2023, 9, 21), end.start());
        assertEquals(LocalDate.of(2023, 9, 30), end.end());
        assertEquals("the end of September", end.text());
    }

    @Test
    void narrowsEarlyAndMidMonth() {
        List<TimeExpression> found = normalizer.normalize(
                "Fighting resumed in early September and stopped in mid-August.", THURSDAY);
        assertEquals(List.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 8, 11)),
                found.stream().map(TimeExpression::start).toList());
        assertEquals(List.of(LocalDate.of(2023, 9, 10), LocalDate.of(2023, 8, 21)),
                found.stream().map(TimeExpression::end).toList());
    }

    @Test
    void runsSinceMarchFromMarchToTheDateline() {
        TimeExpression since = only("The border has been closed since March.", THURSDAY);
        assertEquals("2023-03/2023-10-12", since.value());
        assertEquals(LocalDate.of(2023, 3, 1), since.start());
        assertEquals(THURSDAY, since.end());
    }

    @Test
    void leavesMayAloneWhenItIsAVerbOrAName() {
        assertEquals(List.of(), values("Talks may resume, Theresa May said.", THURSDAY));
        assertEquals(List.of("2023-05"), values("Talks resumed in May.", THURSDAY));
    }

    // --- explicit dates

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The accord was signed on October 12, 2023.|2023-10-12|October 12, 2023",
            "The accord was signed on 12 October 2023.|2023-10-12|12 October 2023",
            "The accord was signed on Oct. 12.|2023-10-12|Oct. 12",
            "The accord was signed on Oct 5th.|2023-10-05|Oct 5th",
            "The accord was signed on 2023-10-12.|2023-10-12|2023-10-12",
            "Talks were held on 12-13 October.|2023-10-12/2023-10-13|12-13 October",
            "Talks were held on October 12-13.|2023-10-12/2023-10-13|October 12-13",
            "The summit was held in March 2022.|2022-03|March 2022",
            "The minister resigned in 2022.|2022|2022",
            "Inflation doubled between 2021 and 2022.|2021/2022|between 2021 and 2022",
            "Talks ran from March to May.|2023-03/2023-05|from March to May",
    })
    void readsExplicitDatesInEveryCommonWriting(String sentence, String value, String text) {
        TimeExpression date = only(sentence, THURSDAY);
        assertEquals(value, date.value());
        assertEquals(text, date.text());
    }

    @Test
    void doesNotReadABareNumberAsAYear() {
        assertEquals(List.of(), values("Some 2022 delegates attended.", THURSDAY));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertEquals(List.of("2024-02-29"), values("The vote was held on February 29.", LocalDate.of(2024, 3, 4)));
        assertEquals(List.of(), values("The vote was held on February 29, 2023.", THURSDAY));
    }

    @Test
    void endsLastMonthOnTheTwentyNinthOfFebruaryInALeapYear() {
        TimeExpression february = only("Exports fell last month.", LocalDate.of(2024, 3, 15));
        assertEquals("2024-02", february.value());
        assertEquals(LocalDate.of(2024, 2, 29), february.end());
    }

    // --- spans of days

    @Test
    void startsATwoDayTripAtTheDatelineWhenNoDateIsNear() {
        TimeExpression trip = only("The president is on a two-day trip to Kazakhstan.", THURSDAY);
        assertEquals("2023-10-12/2023-10-13", trip.value());
        assertEquals(Precision.DAY, trip.precision());
        assertEquals("two-day trip", trip.text());
    }

    @Test
    void startsAThreeDayVisitAtTheClosestDateOfItsSentence() {
        assertEquals(List.of("2023-10-09", "2023-10-09/2023-10-11"),
                values("Putin arrived on Monday for a three-day visit.", THURSDAY));
    }

    @Test
    void leavesAFutureVisitWithoutADateUnresolved() {
        assertEquals(List.of(), values("The king will make a three-day visit.", THURSDAY));
    }

    @Test
    void readsDigitSpansLikeWordSpans() {
        assertEquals(List.of("2023-10-12/2023-10-13"), values("The envoy is on a 2-day visit.", THURSDAY));
    }

    // --- text and offsets

    @Test
    void findsNothingInATextWithoutDates() {
        assertEquals(List.of(), normalizer.normalize("The minister said the talks were constructive.", THURSDAY));
        assertEquals(List.of(), normalizer.normalize("", THURSDAY));
    }

    @Test
    void spansCoverExactlyTheExpressionText() {
        String text = """
                BISHKEK, Oct. 12 — The Kyrgyz president met his Uzbek counterpart on Thursday, a day after talks \
                in Tashkent. The two leaders, who last met in August, will attend a summit in Astana next week.

                Since March, trade has grown. A three-day forum opens on 16 October; the envoys said earlier \
                this week that they would meet again from Monday to Wednesday.""";
        List<TimeExpression> found = normalizer.normalize(text, THURSDAY);
        assertTrue(found.size() >= 8, found::toString);
        for (TimeExpression e : found) {
            assertEquals(text.substring(e.span().start(), e.span().end()), e.text());
        }
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start(), "spans overlap: " + found);
        }
    }

    @Test
    void rejectsAMissingPublicationDate() {
        assertThrows(IllegalArgumentException.class, () -> normalizer.normalize("on Friday", null));
    }

    // --- the data file

    @TestFactory
    Stream<DynamicTest> everyExampleInDateWordsResolvesAsWritten() {
        return DateWords.shipped().examples().stream().map(example -> DynamicTest.dynamicTest(
                DateWords.FILE + ":" + example.line() + " " + example.phrase(), () -> checkExample(example)));
    }

    private void checkExample(DateWords.Example example) {
        List<TimeExpression> found = normalizer.normalize(example.sentence(), example.published());
        int at = occurrence(example.sentence(), example.phrase());
        assertTrue(at >= 0, "phrase '" + example.phrase() + "' not in its example sentence");
        List<TimeExpression> covering = found.stream()
                .filter(e -> e.span().start() <= at && at < e.span().end()).toList();
        String where = DateWords.FILE + ":" + example.line() + " '" + example.sentence() + "' found " + found;
        if (example.expectsNothing()) {
            assertEquals(List.of(), covering, where);
            return;
        }
        // Tense words and prepositions sit outside the expressions they affect.
        List<TimeExpression> candidates = example.rule().readsTense() || example.rule() instanceof WordRule.Preposition
                ? found : covering;
        assertTrue(candidates.stream().anyMatch(e -> e.value().equals(example.expected())),
                where + ", expected " + example.expected());
    }

    /** First occurrence of a phrase as whole words, ignoring case. */
    private static int occurrence(String sentence, String phrase) {
        String haystack = sentence.toLowerCase(Locale.ROOT);
        String needle = phrase.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(haystack.charAt(at - 1)) || !Character.isLetter(needle.charAt(0));
            int after = at + needle.length();
            boolean endsWord = after == haystack.length() || !Character.isLetter(haystack.charAt(after))
                    || !Character.isLetter(needle.charAt(needle.length() - 1));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    @Test
    void namesFileAndLineOfAnUnknownRule() {
        String data = "# FORMAT: phrase\trule\texample sentence\tpublished\texpected value\n"
                + "Monday\tWEEKDAY:1\tThey met on Monday.\t2023-10-12\t2023-10-09\n"
                + "Fryday\tWEEKDY:5\tThey met on Fryday.\t2023-10-12\t2023-10-06\n";
        DateWordsException e = assertThrows(DateWordsException.class,
                () -> DateWords.parse("date-words.tsv", new StringReader(data)));
        assertEquals("date-words.tsv:3: unknown rule WEEKDY", e.getMessage());
    }

    @Test
    void namesFileAndLineOfALineWithoutItsExample() {
        String data = "# FORMAT: phrase\trule\texample sentence\tpublished\texpected value\n"
                + "\n"
                + "Monday\tWEEKDAY:1\n";
        DateWordsException e = assertThrows(DateWordsException.class,
                () -> DateWords.parse("date-words.tsv", new StringReader(data)));
        assertEquals("date-words.tsv:3: expected 5 tab-separated columns, found 2", e.getMessage());
    }

    @Test
    void loadsEveryRuleOfTheShippedFile() throws IOException {
        DateWords words = DateWords.load();
        assertTrue(words.examples().size() > 300);
    }
}
