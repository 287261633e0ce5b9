package org.pressfacts.local.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API Gateway REST proxy event (payload format 1.0) for one HTTP request, as JSON: single-value maps hold
 * the last value, multi-value maps all of them, and absent ones are null, as API Gateway sends them.
 */
final class ProxyEvent {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private ProxyEvent() {}

    static byte[] json(HttpExchange exchange, RouteTable.Match match, String stage, String requestId, byte[] body) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();

        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        headers.putIfAbsent("X-Forwarded-For", List.of(sourceIp));
        headers.putIfAbsent("X-Forwarded-Proto", List.of("http"));
        headers.putIfAbsent("X-Forwarded-Port", List.of(Integer.toString(exchange.getLocalAddress().getPort())));
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());

        ObjectNode event = MAPPER.createObjectNode();
        event.put("resource", match.entry().resource());
        event.put("path", path);
        event.put("httpMethod", method);
        event.set("headers", last(headers));
        event.set("multiValueHeaders", all(headers));
        event.set("queryStringParameters", last(query));
        event.set("multiValueQueryStringParameters", all(query));
        event.set("pathParameters", match.pathParameters().isEmpty() ? null : MAPPER.valueToTree(match.pathParameters()));
        event.putNull("stageVariables");

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("resourceId", "local");
        context.put("requestId", requestId);
        context.put("stage", stage);
        context.put("resourcePath", match.entry().resource());
        context.put("httpMethod", method);
        context.put("path", "/" + stage + path);
        context.put("protocol", exchange.getProtocol());
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        context.put("requestTime", REQUEST_TIME.format(now));
        context.put("requestTimeEpoch", now.toInstant().toEpochMilli());
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", sourceIp);
        identity.put("apiKey", exchange.getRequestHeaders().getFirst("x-api-key"));
        identity.put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));

        // no binaryMediaTypes in the template, so API Gateway passes every body as text
        event.put("body", body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", false);
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
        }
        return params;
    }

    private static ObjectNode last(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        values.forEach((k, v) -> node.put(k, v.getLast()));
        return node;
    }

    private static ObjectNode all(Map<String, List<String>> values) {
        return values.isEmpty() ? null : MAPPER.valueToTree(values);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
