package org.pressfacts.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.http.BodyFields;
import org.pressfacts.http.Problem.FieldError;
import org.pressfacts.http.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** An article as a client submits it, checked field by field; every problem names its JSON pointer. */
public record ArticleDraft(CanonicalUrl url, String title, String text, String html, String publishedAt,
                           LocalDate publishedDate, String source, String language, String byline, String externalId) {

    /** Longer than any news article; beyond it the client sent something else. */
    public static final int MAX_TEXT_CHARS = 200_000;
    static final Set<String> FIELDS = Set.of("url", "title", "text", "html", "publishedAt", "source", "language",
            "byline", "externalId");
    /** BCP 47 in the shape newsrooms use (en, fr-CA); feeds are registered with the same rule. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * @throws org.pressfacts.http.ProblemException 422 listing every invalid field, or 413 for an oversized text
     */
    public static ArticleDraft from(JsonNode body, Clock clock) {
        var fields = BodyFields.of(body, FIELDS, "invalid-article", "Invalid article");
        List<FieldError> errors = fields.errors();
        String rawUrl = fields.string("url", true, CanonicalUrl.MAX_LENGTH);
        String title = fields.string("title", false, 1_000);
        String text = fields.string("text", false, Integer.MAX_VALUE);
        String html = fields.string("html", false, Integer.MAX_VALUE);
        String publishedAt = fields.string("publishedAt", true, 64);
        String source = fields.string("source", false, 200);
        String language = fields.string("language", false, 35);
        String byline = fields.string("byline", false, 300);
        String externalId = fields.string("externalId", false, 200);

        CanonicalUrl url = CanonicalUrl.ofField(rawUrl, errors);
        if (text == null && html == null && !fields.present("text") && !fields.present("html")) {
            errors.add(new FieldError("/text", "one of text or html is required"));
        } else if (text != null && html != null) {
            errors.add(new FieldError("/html", "give text or html, not both"));
        } else if ((text != null && text.isBlank()) || (html != null && html.isBlank())) {
            errors.add(new FieldError(text != null ? "/text" : "/html", "must not be empty"));
        }
        LocalDate publishedDate = publishedAt == null ? null : parseDate(publishedAt, clock, errors);
        if (language == null) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("/language", "must be a language tag such as en or fr-CA"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-article", "Invalid article", errors);
        }
        String content = text != null ? text : html;
        if (content.length() > MAX_TEXT_CHARS) {
            String pointer = text != null ? "/text" : "/html";
            throw Problems.payloadTooLarge(pointer, pointer.substring(1) + " exceeds " + MAX_TEXT_CHARS + " characters");
        }
        return new ArticleDraft(url, blankToNull(title), text, html, publishedAt, publishedDate, blankToNull(source),
                language, blankToNull(byline), blankToNull(externalId));
    }

    private static LocalDate parseDate(String value, Clock clock, List<FieldError> errors) {
        LocalDate date;
        try {
            if (value.length() == 10) {
                date = LocalDate.parse(value);
            } else if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                date = OffsetDateTime.parse(value).toLocalDate();
            } else {
                date = LocalDateTime.parse(value).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("/publishedAt", "must be an ISO 8601 date (2023-10-12) or date-time (2023-10-12T08:30:00Z)"));
            return null;
        }
        if (date.getYear() < 1900) {
            errors.add(new FieldError("/publishedAt", "must not be before 1900"));
        } else if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
            errors.add(new FieldError("/publishedAt", "must not be in the future"));
        }
        return date;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
