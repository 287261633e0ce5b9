package org.pressfacts.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import org.pressfacts.observability.Log;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Builds API Gateway proxy responses; {@link #handle} is the one place that turns exceptions into problems. */
public final class Responses {

    private Responses() {}

    /** A response before it is wrapped for API Gateway. */
    public record Reply(int status, Object body, Map<String, String> headers) {
        public Reply {
            headers = Map.copyOf(headers);
        }
    }

    /** A body already serialised, sent as is with its own media type (JSON hashed for an ETag, YAML documents). */
    public record Serialized(String mediaType, String text) {}

    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply created(String location, Object body) {
        return new Reply(201, body, Map.of("Location", location));
    }

    public static Reply withStatus(int status, String location, Object body) {
        return new Reply(status, body, Map.of("Location", location));
    }

    public static APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Supplier<Reply> work) {
        return handle(request, null, work);
    }

    /** As {@link #handle(APIGatewayProxyRequestEvent, Supplier)}, with Lambda's ids on every log line of the work. */
    public static APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Context context,
                                                      Supplier<Reply> work) {
        String requestId = request == null || request.getRequestContext() == null
                ? "unknown" : request.getRequestContext().getRequestId();
        return Log.within(context, requestId, () -> {
            String path = request == null ? null : request.getPath();
            try {
                return render(work.get());
            } catch (ProblemException e) {
                if (e.problem().status() >= 500) {
                    Log.warn("answered " + e.problem().status(), "problem", e.problem().type(), "path", path);
                }
                return problem(e.problem().at(path));
            } catch (RuntimeException e) {
                Log.error("unhandled error", e, "path", path);
                return problem(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                        "unexpected error; quote request id " + requestId, path, null, null));
            }
        });
    }

    public static APIGatewayProxyResponseEvent problem(Problem problem) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/problem+json");
        if (problem.retryAfterSeconds() != null) {
            headers.put("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        }
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(problem.status())
                .withHeaders(headers)
                .withBody(Json.write(problem));
    }

    private static APIGatewayProxyResponseEvent render(Reply reply) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        if (reply.body() instanceof Serialized serialized) {
            headers.put("Content-Type", serialized.mediaType());
            return new APIGatewayProxyResponseEvent().withStatusCode(reply.status()).withHeaders(headers)
                    .withBody(serialized.text());
        }
        headers.put("Content-Type", "application/json");
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(reply.status())
                .withHeaders(headers)
                .withBody(reply.body() == null ? null : Json.write(reply.body()));
    }
}
