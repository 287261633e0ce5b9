package org.pressfacts.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads what a client sent: JSON bodies within limits, path and query parameters. */
public final class Requests {

    /** openapi.yaml's maxLength for ids; also keeps keys built from them far below DynamoDB's 2,048-byte limit. */
    public static final int MAX_PATH_PARAMETER_CHARS = 200;
    /** API Gateway allows 10 MB; an article body has no business above 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private Requests() {}

    public static JsonNode jsonBody(APIGatewayProxyRequestEvent request) {
        String contentType = header(request, "Content-Type").orElse(null);
        if (contentType == null || !isJson(contentType)) {
            throw Problems.unsupportedMediaType(contentType);
        }
        String body = request.getBody();
        if (body == null) {
            throw Problems.malformedJson("request body is empty");
        }
        if (Boolean.TRUE.equals(request.getIsBase64Encoded())) {
            if (body.length() > MAX_BODY_BYTES * 4 / 3 + 4) {
                throw tooLarge();
            }
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw Problems.malformedJson("body is marked base64 but is not");
            }
        }
        if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return Json.readTree(body);
    }

    public static Optional<String> header(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> headers = request.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (var entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(entry.getValue());
            }
        }
        return Optional.empty();
    }

    public static String pathParameter(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> params = request.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null || value.isBlank()) {
            throw Problems.invalidParameter(name, "path parameter is required");
        }
        if (value.length() > MAX_PATH_PARAMETER_CHARS) {
            throw Problems.invalidParameter(name, "must be at most " + MAX_PATH_PARAMETER_CHARS + " characters");
        }
        return value;
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static ProblemException tooLarge() {
        return Problems.payloadTooLarge("", "request body exceeds " + MAX_BODY_BYTES + " bytes");
    }
}
