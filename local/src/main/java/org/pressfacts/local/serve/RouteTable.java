package org.pressfacts.local.serve;

import org.pressfacts.local.LocalFunction;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every Api event route of the template, matched as API Gateway does: literal segments before {params}. */
final class RouteTable {

    /** A route with its function; {@code resource} is the path template, e.g. /articles/{id}. */
    record Entry(String method, String resource, LocalFunction function, List<String> segments) {}

    /** The matched route and its path parameters, URL-decoded. */
    record Match(Entry entry, Map<String, String> pathParameters) {}

    private final List<Entry> entries;

    RouteTable(List<LocalFunction> functions) {
        List<Entry> all = new ArrayList<>();
        for (LocalFunction function : functions) {
            for (var route : function.routes()) {
                all.add(new Entry(route.method(), route.path(), function, segments(route.path())));
            }
        }
        // most literal segments first, so /articles/latest would win over /articles/{id}
        all.sort(Comparator.comparingLong((Entry e) -> e.segments().stream().filter(s -> !s.startsWith("{")).count())
                .reversed());
        this.entries = List.copyOf(all);
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Match> match(String method, String rawPath) {
        List<String> path = segments(rawPath);
        for (Entry entry : entries) {
            if (!entry.method().equals(method) && !entry.method().equals("ANY")) {
                continue;
            }
            Map<String, String> params = bind(entry.segments(), path);
            if (params != null) {
                return Optional.of(new Match(entry, params));
            }
        }
        return Optional.empty();
    }

    /** @return the path parameters, or null when the path does not fit the template */
    private static Map<String, String> bind(List<String> template, List<String> path) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("+}")) {  // greedy {proxy+}: the rest of the path
                if (i >= path.size()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 2), decode(String.join("/", path.subList(i, path.size()))));
                return params;
            }
            if (i >= path.size()) {
                return null;
            }
            if (t.startsWith("{")) {
                params.put(t.substring(1, t.length() - 1), decode(path.get(i)));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return template.size() == path.size() ? params : null;
    }

    private static List<String> segments(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
