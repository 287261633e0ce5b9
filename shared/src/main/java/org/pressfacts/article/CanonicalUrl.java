package org.pressfacts.article;

import org.pressfacts.config.DataFile;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The identity of an article: its URL with lower-cased scheme and host, no default port, no fragment,
 * no tracking parameters (article/tracking-parameters.txt), remaining parameters sorted, no trailing slash.
 */
public record CanonicalUrl(String value) {

    static final int MAX_LENGTH = 2048;
    private static final List<String> TRACKING = loadTrackingParameters();

    public CanonicalUrl {
        Objects.requireNonNull(value);
    }

    /** @throws IllegalArgumentException with a reason a client can act on */
    public static CanonicalUrl of(String raw) {
        if (raw.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must not carry user credentials");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = canonicalQuery(uri.getRawQuery());
        return new CanonicalUrl(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query));
    }

    /** The canonical form of a body's {@code /url} field, or null with the reason added to {@code errors}. */
    public static CanonicalUrl ofField(String raw, java.util.List<org.pressfacts.http.Problem.FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return of(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new org.pressfacts.http.Problem.FieldError("/url", e.getMessage()));
            return null;
        }
    }

    /** A stable, URL-safe article id: the first 80 bits of the SHA-256 of the canonical URL, in hex. */
    public String articleId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        for (String pattern : TRACKING) {
            if (pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> loadTrackingParameters() {
        return DataFile.rows("article/tracking-parameters.txt", 1).stream().map(row -> row.columns()[0].strip()).toList();
    }
}
