package org.pressfacts.http;

import java.util.List;

/** Named factories for every problem the API can answer with; the single place that picks status codes. */
public final class Problems {

    private Problems() {}

    public static ProblemException malformedJson(String detail) {
        return of("malformed-json", "Malformed JSON", 400, detail, List.of(new Problem.FieldError("", detail)));
    }

    public static ProblemException invalid(String kind, String title, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().pointer() + ": " + errors.getFirst().detail()
                : errors.size() + " fields are invalid, first " + errors.getFirst().pointer() + ": " + errors.getFirst().detail();
        return of(kind, title, 422, detail, errors);
    }

    public static ProblemException invalidParameter(String name, String detail) {
        return of("invalid-parameter", "Invalid parameter", 400, name + ": " + detail,
                List.of(new Problem.FieldError(name, detail)));
    }

    public static ProblemException payloadTooLarge(String pointer, String detail) {
        return of("payload-too-large", "Payload too large", 413, detail, List.of(new Problem.FieldError(pointer, detail)));
    }

    public static ProblemException unsupportedMediaType(String contentType) {
        return of("unsupported-media-type", "Unsupported media type", 415,
                "Content-Type must be application/json, was " + (contentType == null ? "absent" : contentType),
                List.of(new Problem.FieldError("Content-Type", "must be application/json")));
    }

    public static ProblemException notFound(String what, String id) {
        return of(what + "-not-found", capitalize(what) + " not found", 404, "no " + what + " with id " + id, List.of());
    }

    public static ProblemException routeNotFound(String method, String path) {
        return of("route-not-found", "Route not found", 404, method + " " + path + " is not an API route", List.of());
    }

    public static ProblemException conflict(String detail) {
        return of("conflict", "Conflict", 409, detail, List.of());
    }

    public static ProblemException storeUnavailable(int retryAfterSeconds) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "store-unavailable", "Service unavailable", 503,
                "the article store is unavailable or throttled; nothing was written, retry later", null, List.of(),
                retryAfterSeconds));
    }

    public static ProblemException unauthorized() {
        return of("unauthorized", "Forbidden", 403, "a valid x-api-key header is required", List.of());
    }

    private static ProblemException of(String kind, String title, int status, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + kind, title, status, detail, null, errors, null));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
