package org.pressfacts.observability;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.pressfacts.http.Json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One JSON object per line on stdout, which Lambda sends to CloudWatch Logs as one event: searchable by field in
 * Logs Insights ({@code filter articleId = "…"}). Each line carries the function, the API Gateway request id (the
 * {@code x-amzn-RequestId} a client quotes), Lambda's request id and the X-Ray trace id of the invocation.
 * Fields are only what callers pass; names that would carry article text or credentials are redacted anyway.
 */
public final class Log {

    /** Who is logging: set once per invocation by {@link #within}. */
    public record Scope(String function, String requestId, String lambdaRequestId) {}

    private static final ScopedValue<Scope> SCOPE = ScopedValue.newInstance();
    /** Never logged, whoever passes them: article content and the API key (OWASP logging cheat sheet). */
    static final Set<String> REDACTED = Set.of("text", "html", "newstext", "body", "x-api-key", "apikey", "authorization");
    private static final int MAX_ERROR_MESSAGE_CHARS = 300;
    private static final int MAX_STACK_FRAMES = 12;

    private Log() {}

    /** Runs one invocation's work with its ids on every line it logs. */
    public static <T> T within(Context context, String requestId, Supplier<T> work) {
        String function = context != null ? context.getFunctionName() : System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        Scope scope = new Scope(function, requestId, context == null ? null : context.getAwsRequestId());
        return ScopedValue.where(SCOPE, scope).call(work::get);
    }

    public static void info(String message, Object... fields) {
        write("INFO", message, null, fields);
    }

    public static void warn(String message, Object... fields) {
        write("WARN", message, null, fields);
    }

    /** The exception's class, a bounded message and the top frames: enough to find the line, never a request body. */
    public static void error(String message, Throwable error, Object... fields) {
        write("ERROR", message, error, fields);
    }

    /** The scope's ids as fields, for other structured lines (metrics) of the same invocation. */
    static Map<String, Object> scopeFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        Scope scope = SCOPE.isBound() ? SCOPE.get() : null;
        putIfPresent(fields, "function", scope != null ? scope.function() : System.getenv("AWS_LAMBDA_FUNCTION_NAME"));
        if (scope != null) {
            putIfPresent(fields, "requestId", scope.requestId());
            putIfPresent(fields, "lambdaRequestId", scope.lambdaRequestId());
        }
        putIfPresent(fields, "xrayTraceId", traceId());
        return fields;
    }

    static void put(Map<String, Object> line, Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("log fields come in name, value pairs; got " + fields.length + " items");
        }
        for (int i = 0; i < fields.length; i += 2) {
            String name = String.valueOf(fields[i]);
            Object value = fields[i + 1];
            line.put(name, REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "[redacted]" : value);
        }
    }

    static String json(Map<String, Object> line) {
        try {
            return Json.MAPPER.writeValueAsString(line);  // the function's own mapper: no second one to build at cold start
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"unloggable line\",\"error\":\"" + e.getClass().getName() + "\"}";
        }
    }

    private static void write(String level, String message, Throwable error, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("message", message);
        line.putAll(scopeFields());
        put(line, fields);
        if (error != null) {
            line.put("error", error.getClass().getName());
            String detail = error.getMessage();
            if (detail != null) {
                line.put("errorMessage", detail.length() <= MAX_ERROR_MESSAGE_CHARS ? detail
                        : detail.substring(0, MAX_ERROR_MESSAGE_CHARS) + "…");
            }
            StackTraceElement[] frames = error.getStackTrace();
            StringBuilder stack = new StringBuilder();
            for (int i = 0; i < Math.min(MAX_STACK_FRAMES, frames.length); i++) {
                stack.append(i == 0 ? "" : "\n").append("at ").append(frames[i]);
            }
            line.put("stack", stack.toString());
        }
        System.out.println(json(line));
    }

    /** X-Ray's Root id: the Java runtime puts the invocation's trace header in this system property. */
    private static String traceId() {
        String header = System.getProperty("com.amazonaws.xray.traceHeader");
        if (header == null) {
            header = System.getenv("_X_AMZN_TRACE_ID");
        }
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
