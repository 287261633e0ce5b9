package org.pressfacts.local.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.pressfacts.http.Problems;
import org.pressfacts.http.Responses;
import org.pressfacts.local.LocalAws;
import org.pressfacts.local.LocalDynamo;
import org.pressfacts.local.LocalFunction;
import org.pressfacts.local.LocalTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * template.yaml's REST API on http://127.0.0.1:PORT, behaving like API Gateway in front of Lambda: an API key on
 * every route, the proxy event in and the proxy response out, Gateway's own answers for what never reaches a
 * function. Functions run in this JVM (see {@link FunctionHost}); their template environment and the SDK's
 * settings are system properties, which Settings and the SDK read when no variable is set.
 */
public final class LocalApi implements AutoCloseable {

    /** API Gateway's payload limit. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Past this, an oversized upload is cut off instead of read to its end. */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] FORBIDDEN = "{\"message\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOO_LONG = "{\"message\":\"Request Too Long\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BAD_GATEWAY = "{\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8);

    /**
     * @param port     0 for any free port
     * @param endpoint a DynamoDB endpoint to use instead of starting dynalite (else the standard variables, else ours)
     * @param dataDir  where the started dynalite keeps data; in memory when absent
     */
    public record Options(int port, Optional<String> endpoint, Optional<Path> dataDir, String apiKey,
                          List<AfterRequest> hooks, PrintStream log) {
        public Options {
            hooks = List.copyOf(hooks);
        }
    }

    private final Options options;
    private final LocalTemplate template;
    private final LocalDynamo dynamo;
    private final FunctionHost host;
    private final RouteTable routes;
    private final Map<String, String> replacedProperties = new HashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    private LocalApi(Options options, LocalTemplate template, LocalDynamo dynamo) {
        this.options = options;
        this.template = template;
        this.dynamo = dynamo;
        List<LocalFunction> functions = template.functions();
        this.host = new FunctionHost(functions, options.log());
        this.routes = new RouteTable(functions);
    }

    public static LocalApi start(Options options) throws IOException {
        LocalTemplate template = LocalTemplate.load(LocalAws.defaultRegion());
        LocalDynamo dynamo = LocalDynamo.open(options.endpoint(), options.dataDir());
        LocalApi api = new LocalApi(options, template, dynamo);
        try {
            dynamo.ensureTable(template.template().tableDefinition(template.tableName()));
            api.setSystemProperties();
            api.listen();
            api.eventSources = EventSources.start(template, api.host, dynamo.endpoint(), template.tableName(), options.log());
            return api;
        } catch (IOException | RuntimeException e) {
            api.close();
            throw e;
        }
    }

    private EventSources eventSources;

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String apiKey() {
        return options.apiKey();
    }

    public String tableName() {
        return template.tableName();
    }

    public URI dynamoEndpoint() {
        return dynamo.endpoint();
    }

    public boolean startedDynalite() {
        return dynamo.started();
    }

    /** "METHOD /path -> Function", one per route. */
    public List<String> routes() {
        return routes.entries().stream()
                .map(e -> String.format("%-6s %s -> %s", e.method(), e.resource(), e.function().logicalId())).toList();
    }

    private void setSystemProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (LocalFunction function : template.functions()) {
            function.environment().forEach((name, value) -> {
                String other = properties.putIfAbsent(name, value);
                if (other != null && !other.equals(value)) {
                    options.log().printf("warning: functions disagree on %s (%s vs %s); in one JVM the first wins%n",
                            name, other, value);
                }
            });
        }
        properties.putAll(new LocalAws(dynamo.endpoint(), LocalAws.defaultRegion()).systemProperties());
        properties.forEach((name, value) -> replacedProperties.put(name, System.setProperty(name, value)));
    }

    private void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            } catch (IOException | RuntimeException e) {
                options.log().println("request failed: " + e);
            }
        });
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        Optional<RouteTable.Match> match = routes.match(method, path);
        if (match.isEmpty()) {
            var problem = Responses.problem(Problems.routeNotFound(method, path).problem().at(path));
            send(exchange, problem.getStatusCode(), problem.getHeaders(), null,
                    problem.getBody().getBytes(StandardCharsets.UTF_8), null);
            log(method, path, problem.getStatusCode(), "no route");
            return;
        }
        if (!validKey(exchange.getRequestHeaders().getFirst("x-api-key"))) {
            send(exchange, 403, Map.of("Content-Type", "application/json"), null, FORBIDDEN, null);
            log(method, path, 403, "no or wrong x-api-key");
            return;
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            send(exchange, 413, Map.of("Content-Type", "application/json"), null, TOO_LONG, null);
            log(method, path, 413, "body over " + MAX_BODY_BYTES + " bytes");
            return;
        }
        RouteTable.Entry route = match.get().entry();
        String requestId = UUID.randomUUID().toString();
        byte[] event = ProxyEvent.json(exchange, match.get(), template.stage(), requestId, body);
        JsonNode response;
        long start = System.nanoTime();
        try {
            response = MAPPER.readTree(host.invoke(route.function().logicalId(), event).json());
        } catch (RuntimeException e) {
            options.log().println(route.function().logicalId() + " failed: " + e);
            e.printStackTrace(options.log());
            send(exchange, 502, Map.of("Content-Type", "application/json"), null, BAD_GATEWAY, requestId);
            log(method, path, 502, route.function().logicalId() + " threw");
            return;
        }
        if (response == null || !response.path("statusCode").canConvertToInt()) {
            send(exchange, 502, Map.of("Content-Type", "application/json"), null, BAD_GATEWAY, requestId);
            log(method, path, 502, route.function().logicalId() + " returned no statusCode: malformed proxy response");
            return;
        }
        int status = response.get("statusCode").asInt();
        String text = response.path("body").isTextual() ? response.get("body").asText() : null;
        byte[] responseBody = text == null ? new byte[0]
                : response.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
        send(exchange, status, strings(response.get("headers")), multi(response.get("multiValueHeaders")),
                responseBody, requestId);
        log(method, path, status, String.format(Locale.ROOT, "%s %.1f ms", route.function().logicalId(),
                (System.nanoTime() - start) / 1e6));
        runHooks(new HandledRequest(requestId, route.function().logicalId(), method, route.resource(), path, status,
                text));
    }

    private boolean validKey(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                options.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the body, or null when it is over API Gateway's limit */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length <= MAX_BODY_BYTES) {
                return body;
            }
            // read on (within reason) so the client, still sending, gets our 413 rather than a reset connection
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            for (int n; drained < MAX_DRAINED_BYTES && (n = in.read(buffer)) > 0; ) {
                drained += n;
            }
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers,
                             Map<String, List<String>> multiValueHeaders, byte[] body, String requestId)
            throws IOException {
        var out = exchange.getResponseHeaders();
        if (multiValueHeaders != null) {
            multiValueHeaders.forEach((name, values) -> out.put(name, new ArrayList<>(values)));
        }
        if (headers != null) {
            headers.forEach(out::set);
        }
        if (requestId != null) {
            out.set("x-amzn-RequestId", requestId);
        }
        boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    private static Map<String, List<String>> multi(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                map.put(e.getKey(), values);
            });
        }
        return map;
    }

    private void runHooks(HandledRequest request) {
        if (eventSources != null && request.statusCode() < 300 && !request.method().equals("GET")) {
            eventSources.nudge();
        }
        Backend backend = new Backend(dynamo.endpoint(), template.tableName(), host);
        for (AfterRequest hook : options.hooks()) {
            try {
                hook.afterRequest(request, backend);
            } catch (Exception e) {
                options.log().println("after-request hook failed for " + request.requestId() + ": " + e);
            }
        }
    }

    private void log(String method, String path, int status, String note) {
        options.log().printf("%s %s %d %s%n", method, path, status, note);
    }

    @Override
    public void close() {
        if (eventSources != null) {
            eventSources.close();
        }
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
        host.close();
        dynamo.close();
        replacedProperties.forEach((name, previous) -> {
            if (previous == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, previous);
            }
        });
        replacedProperties.clear();
    }
}
