package org.pressfacts.tagging.dates;

import org.pressfacts.tagging.Span;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression found in a text and resolved to calendar days.
 *
 * @param value     TIMEX3-like: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or a range of those joined by {@code /}
 * @param start     first day covered
 * @param end       last day covered, inclusive; equal to {@code start} for a single day
 * @param tense     tense of the clause the expression sits in
 */
public record TimeExpression(Span span, String text, String value, Precision precision,
                             LocalDate start, LocalDate end, Tense tense) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(tense, "tense");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start + " for '" + text + "'");
        }
    }
}
