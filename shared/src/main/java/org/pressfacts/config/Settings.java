package org.pressfacts.config;

import java.util.Optional;

/**
 * Reads a setting from the environment (how Lambda passes template.yaml's Variables), falling back to a JVM
 * system property of the same name so that the local runner can host several functions in one process.
 */
public final class Settings {

    private Settings() {}

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public static String require(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "environment variable " + name + " is not set (template.yaml sets it for every function)"));
    }

    public static String tableName() {
        return require("TABLE_NAME");
    }
}
