package org.pressfacts.tagging.dates;

import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.dates.Mention.DurationMention;
import org.pressfacts.tagging.dates.MentionParser.Found;
import org.pressfacts.tagging.dates.MentionResolver.Resolved;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the time expressions of an English news text and resolves them against the article's dateline. */
public final class DateNormalizer {

    private final DateWords words;

    /** Uses the shipped kb/date-words.tsv, loaded once per JVM. */
    public DateNormalizer() {
        this(DateWords.shipped());
    }

    DateNormalizer(DateWords words) {
        this.words = words;
    }

    /**
     * Every time expression in {@code text}, in text order, with spans into {@code text}.
     *
     * @param published the article's dateline date, against which "on Thursday" or "last week" resolve
     */
    public List<TimeExpression> normalize(String text, LocalDate published) {
        if (text == null || published == null) {
            throw new IllegalArgumentException("text and published date are required");
        }
        Tokens tokens = Tokens.of(text, words);
        List<Found> found = new MentionParser(tokens, words).parse();
        if (found.isEmpty()) {
            return List.of();
        }
        TenseReader tenses = new TenseReader(tokens, words);
        TimeExpression[] expressions = new TimeExpression[found.size()];
        Tense[] tenseOf = new Tense[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            tenseOf[i] = tenses.read(f.first(), f.end());
            if (!(f.mention() instanceof DurationMention)) {
                expressions[i] = expression(tokens, f, tenseOf[i],
                        MentionResolver.resolve(f.mention(), tenseOf[i], published));
            }
        }
        // Durations start where their sentence's nearest day is: "arrived on Monday for a two-day visit".
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).mention() instanceof DurationMention duration) {
                Optional<LocalDate> start = anchorDay(tokens, found, expressions, i);
                if (start.isEmpty() && tenseOf[i] != Tense.FUTURE) {
                    start = Optional.of(published);    // "is on a two-day trip": it began by the dateline
                }
                expressions[i] = expression(tokens, found.get(i), tenseOf[i],
                        start.map(day -> MentionResolver.duration(duration.days(), day)));
            }
        }
        List<TimeExpression> result = new ArrayList<>(expressions.length);
        for (TimeExpression expression : expressions) {
            if (expression != null) {
                result.add(expression);
            }
        }
        return result;
    }

    private static TimeExpression expression(Tokens tokens, Found found, Tense tense, Optional<Resolved> resolved) {
        if (resolved.isEmpty()) {
            return null;
        }
        Span span = new Span(tokens.start(found.first()), tokens.end(found.end() - 1));
        Resolved r = resolved.get();
        return new TimeExpression(span, span.of(tokens.text()), r.value(), r.precision(), r.start(), r.end(), tense);
    }

    /** The first day of the closest day-precise expression in the same sentence, before or after. */
    private static Optional<LocalDate> anchorDay(Tokens tokens, List<Found> found, TimeExpression[] expressions, int index) {
        int sentence = tokens.sentence(found.get(index).first());
        int position = tokens.start(found.get(index).first());
        TimeExpression best = null;
        for (int i = 0; i < expressions.length; i++) {
            TimeExpression candidate = expressions[i];
            if (candidate == null || i == index || candidate.precision() != Precision.DAY
                    || found.get(i).mention() instanceof DurationMention
                    || tokens.sentence(found.get(i).first()) != sentence) {
                continue;
            }
            if (best == null || Math.abs(candidate.span().start() - position) < Math.abs(best.span().start() - position)) {
                best = candidate;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.start());
    }
}
