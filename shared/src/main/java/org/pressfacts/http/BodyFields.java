package org.pressfacts.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.http.Problem.FieldError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the fields of a JSON request body, collecting every unknown field, wrong type and over-long value with its
 * JSON pointer instead of stopping at the first, so that one 422 lists everything the client must fix.
 */
public final class BodyFields {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private BodyFields(JsonNode body) {
        this.body = body;
    }

    /** @throws ProblemException 422 ({@code kind}, {@code title}) when the body is not a JSON object */
    public static BodyFields of(JsonNode body, Set<String> allowed, String kind, String title) {
        if (!body.isObject()) {
            throw Problems.invalid(kind, title, List.of(new FieldError("", "body must be a JSON object")));
        }
        BodyFields fields = new BodyFields(body);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fields.errors.add(new FieldError("/" + name,
                        "unknown field; allowed: " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
        return fields;
    }

    /** The errors found so far; callers add their own checks to this same list. */
    public List<FieldError> errors() {
        return errors;
    }

    public boolean present(String name) {
        JsonNode node = body.get(name);
        return node != null && !node.isNull();
    }

    /** @param maxLength {@link Integer#MAX_VALUE} when the caller checks the length itself (with a 413) */
    public String string(String name, boolean required, int maxLength) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError("/" + name, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("/" + name, "must be a string, was " + typeOf(node)));
            return null;
        }
        String value = node.textValue();
        if (hasUnpairedSurrogate(value)) {
            // a JSON escape can spell one; DynamoDB stores UTF-8, where it would silently become '?'
            errors.add(new FieldError("/" + name, "must be valid Unicode (contains an unpaired surrogate)"));
            return null;
        }
        if (required && value.isBlank()) {
            errors.add(new FieldError("/" + name, "must not be empty"));
            return null;
        }
        if (value.length() > maxLength && maxLength != Integer.MAX_VALUE) {
            errors.add(new FieldError("/" + name, "must be at most " + maxLength + " characters"));
            return null;
        }
        return value;
    }

    /** An optional boolean: {@code fallback} when absent or null. */
    public boolean bool(String name, boolean fallback) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError("/" + name, "must be true or false, was " + typeOf(node)));
            return fallback;
        }
        return node.booleanValue();
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
