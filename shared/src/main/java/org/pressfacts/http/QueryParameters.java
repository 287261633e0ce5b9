package org.pressfacts.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request's query string, checked against the parameters a route accepts: an unknown or repeated parameter, and
 * every malformed value, is a 400 problem naming it ({@code ?limit}).
 */
public final class QueryParameters {

    public static final int MAX_LIMIT = 100;
    private static final int MAX_VALUE_CHARS = 500;

    private final Map<String, String> values;
    private final Map<String, List<String>> multi;

    private QueryParameters(Map<String, String> values, Map<String, List<String>> multi) {
        this.values = values;
        this.multi = multi;
    }

    public static QueryParameters of(APIGatewayProxyRequestEvent request) {
        Map<String, String> values = new TreeMap<>();
        if (request.getQueryStringParameters() != null) {
            values.putAll(request.getQueryStringParameters());
        }
        Map<String, List<String>> multi = request.getMultiValueQueryStringParameters();
        return new QueryParameters(values, multi == null ? Map.of() : multi);
    }

    /** Checks the parameters against the ones a route accepts; services call it first. */
    public QueryParameters allowOnly(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw Problems.invalidParameter("?" + name, "unknown parameter; allowed: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
            if (multi.getOrDefault(name, List.of()).size() > 1) {
                throw Problems.invalidParameter("?" + name, "given more than once");
            }
            if (values.get(name) == null || values.get(name).length() > MAX_VALUE_CHARS) {
                throw Problems.invalidParameter("?" + name, "must have a value of at most " + MAX_VALUE_CHARS + " characters");
            }
        }
        return this;
    }

    public Optional<String> text(String name, Pattern format, String expected) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!format.matcher(value).matches()) {
            throw Problems.invalidParameter("?" + name, "must be " + expected);
        }
        return Optional.of(value);
    }

    public <E extends Enum<E>> Optional<E> oneOf(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        throw Problems.invalidParameter("?" + name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An ISO-8601 calendar date, YYYY-MM-DD. */
    public Optional<LocalDate> date(String name) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw Problems.invalidParameter("?" + name, "must be a date YYYY-MM-DD, was " + value);
    }

    /** {@code from} and {@code to}, both inclusive, with from not after to. */
    public void checkRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw Problems.invalidParameter("?from", "must not be after to (" + to.get() + ")");
        }
    }

    public int limit(int byDefault) {
        String value = values.get("limit");
        if (value == null) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.invalidParameter("?limit", "must be an integer from 1 to " + MAX_LIMIT + ", was " + value);
    }

    public Optional<String> cursor() {
        return Optional.ofNullable(values.get("cursor"));
    }

    /** What a page depends on: every parameter but the cursor and limit, in a fixed order (a cursor's scope). */
    public String filters() {
        return values.entrySet().stream().filter(e -> !e.getKey().equals("cursor") && !e.getKey().equals("limit"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
