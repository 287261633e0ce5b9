package org.pressfacts.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Cacheable GET answers (RFC 9110): a strong ETag over the exact body, Cache-Control, and 304 Not Modified when the
 * client's If-None-Match already names that ETag. Responses are private: every route sits behind an API key.
 */
public final class Conditional {

    private Conditional() {}

    public static Responses.Reply json(APIGatewayProxyRequestEvent request, Object body, int maxAgeSeconds) {
        return of(request, new Responses.Serialized("application/json", Json.write(body)), maxAgeSeconds);
    }

    public static Responses.Reply of(APIGatewayProxyRequestEvent request, Responses.Serialized body, int maxAgeSeconds) {
        String etag = etag(body.text());
        Map<String, String> headers = Map.of("ETag", etag, "Cache-Control", "private, max-age=" + maxAgeSeconds);
        boolean unchanged = Requests.header(request, "If-None-Match").map(given -> matches(given, etag)).orElse(false);
        return unchanged ? new Responses.Reply(304, null, headers) : new Responses.Reply(200, body, headers);
    }

    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** If-None-Match is "*" or a list of entity tags; comparison is weak (RFC 9110 13.1.2), so W/ is ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
