package org.pressfacts.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * An HTTP proxy in front of dynalite that does what dynalite never does: drop connections, throttle, leave
 * BatchWriteItem requests unprocessed. Faults are chosen per DynamoDB operation (the X-Amz-Target header) and,
 * optionally, by a string the request body contains (one article's key), for a number of calls or for good.
 * Everything else is forwarded unchanged, so the rest of the test talks to a real DynamoDB implementation.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault {
        /** The request never reaches DynamoDB: the connection closes with no response. */
        DROP_BEFORE_FORWARDING,
        /** DynamoDB performs the request, then the connection closes before the response: the client cannot know. */
        DROP_AFTER_FORWARDING,
        /** HTTP 400 ProvisionedThroughputExceededException, as DynamoDB answers over a partition's capacity. */
        THROTTLE,
        /** BatchWriteItem: the first half of each table's requests is written, the rest answered as UnprocessedItems. */
        UNPROCESSED_ITEMS
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    /** The JDK client sets these itself and refuses them from callers. */
    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding");
    private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + "ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned throughput "
            + "for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\"}";

    private record Rule(String operation, String bodyContains, Fault fault, AtomicInteger remaining) {
        boolean matches(String op, String body) {
            return (operation.equals("*") || operation.equals(op))
                    && (bodyContains == null || body.contains(bodyContains)) && remaining.get() > 0;
        }
    }

    private final URI target;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();

    private FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A proxy on a free loopback port forwarding to {@code target} (a dynalite endpoint). */
    public static FaultProxy start(URI target) {
        try {
            return new FaultProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fault proxy", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every call of {@code operation} ("PutItem", or "*" for any) gets {@code fault} until {@link #heal()}. */
    public FaultProxy always(String operation, Fault fault) {
        return times(operation, fault, Integer.MAX_VALUE);
    }

    /** The next {@code count} calls of {@code operation} get {@code fault}; later ones are forwarded. */
    public FaultProxy times(String operation, Fault fault, int count) {
        rules.add(new Rule(operation, null, fault, new AtomicInteger(count)));
        return this;
    }

    /** Calls of {@code operation} whose body contains {@code needle} (an article's id) get {@code fault} for good. */
    public FaultProxy whenBodyContains(String operation, String needle, Fault fault) {
        rules.add(new Rule(operation, needle, fault, new AtomicInteger(Integer.MAX_VALUE)));
        return this;
    }

    /** No more faults; counts are kept. */
    public void heal() {
        rules.clear();
    }

    /** Requests of {@code operation} the proxy received, faulty or not. */
    public int calls(String operation) {
        return calls.getOrDefault(operation, new AtomicInteger()).get();
    }

    /** How many times {@code fault} was injected. */
    public int injected(Fault fault) {
        return injected.getOrDefault(fault, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String targetHeader = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = targetHeader == null ? "" : targetHeader.replace(TARGET_PREFIX, "");
            calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            String text = new String(body, StandardCharsets.UTF_8);
            Fault fault = null;
            for (Rule rule : rules) {
                if (rule.matches(operation, text) && rule.remaining().getAndDecrement() > 0) {
                    fault = rule.fault();
                    break;
                }
            }
            if (fault != null) {
                injected.computeIfAbsent(fault, k -> new AtomicInteger()).incrementAndGet();
            }
            switch (fault) {
                case null -> relay(exchange, forward(exchange, body));
                case DROP_BEFORE_FORWARDING -> { /* closing the exchange unanswered closes the connection */ }
                case DROP_AFTER_FORWARDING -> forward(exchange, body);
                case THROTTLE -> respond(exchange, 400, THROTTLED.getBytes(StandardCharsets.UTF_8));
                case UNPROCESSED_ITEMS -> leaveUnprocessed(exchange, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getRawPath()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void relay(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        send(exchange, response.statusCode(), response.body());
    }

    /** Forwards the first half of each table's write requests and answers the rest as unprocessed. */
    private void leaveUnprocessed(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(body);
        ObjectNode forwarded = MAPPER.createObjectNode();
        ObjectNode unprocessed = MAPPER.createObjectNode();
        request.get("RequestItems").properties().forEach(table -> {
            ArrayNode all = (ArrayNode) table.getValue();
            int kept = all.size() / 2;
            ArrayNode first = forwarded.putArray(table.getKey());
            ArrayNode rest = unprocessed.putArray(table.getKey());
            for (int i = 0; i < all.size(); i++) {
                (i < kept ? first : rest).add(all.get(i));
            }
        });
        forwarded.properties().removeIf(table -> table.getValue().isEmpty());
        if (!forwarded.isEmpty()) {
            request.set("RequestItems", forwarded);
            HttpResponse<byte[]> response = forward(exchange, MAPPER.writeValueAsBytes(request));
            if (response.statusCode() != 200) {
                relay(exchange, response);
                return;
            }
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("UnprocessedItems", unprocessed);
        respond(exchange, 200, MAPPER.writeValueAsBytes(answer));
    }

    private static void respond(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().set("x-amzn-RequestId", "fault-proxy");
        send(exchange, status, json);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        // the SDK checks DynamoDB's CRC32 header against the body: a rewritten body needs its own
        CRC32 crc = new CRC32();
        crc.update(body);
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        client.close();
    }
}
