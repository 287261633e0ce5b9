package org.pressfacts.http;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field by JSON pointer
 * ({@code /publishedAt}) or query parameter ({@code ?limit}).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, Integer retryAfterSeconds) {

    public static final String TYPE_BASE = "https://pressfacts.org/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public record FieldError(String pointer, String detail) {}

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, retryAfterSeconds);
    }
}
