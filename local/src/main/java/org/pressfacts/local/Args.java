package org.pressfacts.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsed arguments: positionals, and options that each take one value ({@code --port 3000} or {@code --port=3000}). */
public record Args(List<String> positional, Map<String, String> options) {

    /**
     * @param names every accepted option, long form first: {@code Map.of("--event", "-e")} maps the short alias;
     *              a long option maps to itself
     */
    public static Args parse(List<String> raw, Map<String, String> names) {
        Map<String, String> canonical = new LinkedHashMap<>();
        names.forEach((longName, alias) -> {
            canonical.put(longName, longName);
            canonical.put(alias, longName);
        });
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            String known = canonical.get(name);
            if (known == null) {
                throw new UsageException("unknown option " + name);
            }
            if (value == null) {
                if (i + 1 >= raw.size()) {
                    throw new UsageException(name + " needs a value");
                }
                value = raw.get(++i);
            }
            options.put(known, value);
        }
        return new Args(List.copyOf(positional), Map.copyOf(options));
    }

    public Optional<String> option(String longName) {
        return Optional.ofNullable(options.get(longName));
    }

    public int intOption(String longName, int fallback) {
        String value = options.get(longName);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(longName + " must be a number, was " + value);
        }
    }
}
