package org.pressfacts.local;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.feed.AddressPolicy;
import org.pressfacts.local.serve.Backend;
import org.pressfacts.local.serve.LocalApi;
import org.pressfacts.testing.FeedServer;
import org.pressfacts.testing.SamTemplate;
import org.pressfacts.testing.TestTable;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OWASP API Security Top 10 cases that apply to this API (API1/API3 object and property level authorization as
 * mass assignment, API2 authentication, API4 resource consumption, API7 SSRF, API8 misconfiguration as injection,
 * content types and error bodies), each one named test against the whole local API started in this JVM. Routes come
 * from template.yaml and parameters from openapi.yaml, so a new route or parameter is attacked without editing this
 * file. After every case the table (small, this class's own) is scanned: nothing a case could have written is there
 * unless the API answered that it stored it.
 */
class AbuseIT {

    private static final String KEY = "abuse-it-key-" + UUID.randomUUID();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Non-ASCII escaped as \\uXXXX, so lone surrogates and controls reach the function as the JSON says. */
    private static final ObjectMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicReference<Backend> backend = new AtomicReference<>();
    private static final Map<String, Object> OPENAPI = openApi();
    private static final List<SamTemplate.Route> ROUTES = SamTemplate.load().functions().stream()
            .flatMap(f -> f.routes().stream()).toList();

    private static LocalApi api;
    private static DynamoDbClient dynamo;
    private static FeedServer feeds;
    private static FeedServer forbidden;
    private static String seedArticle;
    private static String seedId;
    private static String disabledFeedId;
    private static String realCursor;
    /** Keys present before the cases ran (the seeds and their tagging). */
    private static Set<String> baseline;
    /** Partitions a case was told were stored (201): its own writes and its tagging may appear there. */
    private static final Set<String> acceptedPartitions = new HashSet<>();
    private static int counted;

    @BeforeAll
    static void start() throws Exception {
        feeds = FeedServer.start();        // exempt from the address check, as FEED_FETCH_ALLOW_HOSTS allows for tests
        forbidden = FeedServer.start();    // on loopback too, never exempt: it counts what SSRF would have reached
        forbidden.serve("/feed.xml", "application/rss+xml", rss("{base}/item", "Secret internal feed"));
        System.setProperty(AddressPolicy.ALLOW_SETTING, feeds.hostPort());
        api = LocalApi.start(new LocalApi.Options(0, Optional.empty(), Optional.empty(), KEY,
                List.of((request, b) -> backend.set(b)), new PrintStream(OutputStream.nullOutputStream())));
        dynamo = TestTable.client(api.dynamoEndpoint());
        try (InputStream in = AbuseIT.class.getResourceAsStream("/fixtures/local-api-article.json")) {
            seedArticle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> first = post("/articles", seedArticle);
        assertEquals(201, first.statusCode(), first.body());
        seedId = MAPPER.readTree(first.body()).get("id").asText();
        HttpResponse<String> second = post("/articles", seedArticle.replace("https://", "https://second."));
        assertEquals(201, second.statusCode(), second.body());
        awaitTagged(seedId);
        awaitTagged(MAPPER.readTree(second.body()).get("id").asText());
        HttpResponse<String> feed = post("/feeds", "{\"url\":\"https://feeds.example.org/rss.xml\",\"source\":\"Seed\","
                + "\"enabled\":false}");
        assertEquals(201, feed.statusCode(), feed.body());
        disabledFeedId = MAPPER.readTree(feed.body()).get("id").asText();
        realCursor = MAPPER.readTree(get("/articles?limit=1").body()).get("nextCursor").asText();
        baseline = keys();
    }

    @AfterAll
    static void stop() {
        System.clearProperty(AddressPolicy.ALLOW_SETTING);
        System.out.println("AbuseIT: " + counted + " abuse cases tried");
        if (api != null) {
            api.close();
        }
        if (feeds != null) {
            feeds.close();
            forbidden.close();
        }
    }

    /** The invariant every case ends with: nothing stored outside what the API said it accepted. */
    @AfterEach
    void nothingStoredThatShouldNotBe() {
        counted++;
        for (String key : keys()) {
            String partition = key.substring(0, key.indexOf(' '));
            assertTrue(baseline.contains(key) || acceptedPartitions.contains(partition),
                    "stored by a rejected request: " + key);
        }
        assertEquals(0, forbidden.totalHits(), "the non-exempt loopback server was reached: " + forbidden.requests("/feed.xml"));
    }

    // ---- API2: authentication on every route of template.yaml ----

    static Stream<Arguments> routesWithoutAValidKey() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        keys.put("no x-api-key", Optional.empty());
        keys.put("wrong x-api-key", Optional.of("not-the-key"));
        keys.put("empty x-api-key", Optional.of(""));
        keys.put("the key with one character changed", Optional.of(KEY.substring(0, KEY.length() - 1) + "x"));
        keys.put("the key's prefix", Optional.of(KEY.substring(0, 12)));
        keys.put("the key in the query string instead", Optional.of("?x-api-key=" + KEY));
        for (SamTemplate.Route route : ROUTES) {
            keys.forEach((name, key) -> cases.add(Arguments.of(
                    Named.of(route.method() + " " + route.path() + " with " + name, route), key)));
        }
        assertTrue(cases.size() >= 6 * 13, "template.yaml lost routes: " + ROUTES);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void routesWithoutAValidKey(SamTemplate.Route route, Optional<String> key) throws Exception {
        String path = route.path().replace("{id}", route.path().startsWith("/feeds") ? disabledFeedId : seedId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path
                + key.filter(k -> k.startsWith("?")).orElse("")));
        key.filter(k -> !k.startsWith("?")).ifPresent(k -> request.header("x-api-key", k));
        String body = switch (route.path()) {
            case "/articles" -> seedArticle.replace("https://", "https://unauthenticated.");
            case "/feeds" -> "{\"url\":\"https://unauthenticated.example.org/rss\",\"source\":\"x\"}";
            default -> "";
        };
        request.header("Content-Type", "application/json")
                .method(route.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("{\"message\":\"Forbidden\"}", response.body());
        if (route.method().equals("DELETE")) {
            assertTrue(keys().contains("FEED#" + disabledFeedId + " META"), "the feed survives");
        }
    }

    // ---- API4: bodies too large or too deep ----

    static Stream<Arguments> oversizedOrDeepBodies() {
        String valid = "{\"url\":\"https://big.example.org/a\",\"publishedAt\":\"2024-01-01\",\"text\":\"%s\"}";
        String feed = "{\"url\":\"https://big.example.org/rss\",\"source\":\"%s\"}";
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("/articles", "/feeds")) {
            String shape = route.equals("/articles") ? valid : feed;
            cases.add(body(route + ": 1 MiB + 1 byte of JSON", route, shape.formatted("a".repeat((1 << 20) + 1)), 413, false));
            cases.add(body(route + ": 600,000 two-byte characters (1.2 MB in UTF-8)", route,
                    shape.formatted("é".repeat(600_000)), 413, false));
            cases.add(body(route + ": over API Gateway's 10 MB", route,
                    shape.formatted("a".repeat(10 * 1024 * 1024 + 1)), 413, true));
            cases.add(body(route + ": 33 nested arrays in a field", route,
                    "{\"url\":" + "[".repeat(33) + "]".repeat(33) + "}", 400, false));
            cases.add(body(route + ": 100,000 nested arrays", route, "[".repeat(100_000) + "]".repeat(100_000), 400, false));
            cases.add(body(route + ": 50,000 nested objects", route,
                    "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), 400, false));
            cases.add(body(route + ": the same field twice", route,
                    shape.formatted("x").replaceFirst("\\{", "{\"url\":\"https://evil.example.org/\","), 400, false));
        }
        return cases.stream();
    }

    private static Arguments body(String name, String route, String body, int status, boolean fromGateway) {
        return Arguments.of(Named.of(name, route), body, status, fromGateway);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oversizedOrDeepBodies(String route, String body, int status, boolean fromGateway) throws Exception {
        HttpResponse<String> response = post(route, body);
        assertEquals(status, response.statusCode(), response.body());
        if (fromGateway) {
            assertEquals("Request Too Long", MAPPER.readTree(response.body()).get("message").asText());
        } else {
            JsonNode problem = problem(response);
            assertTrue(problem.get("detail").asText().length() < 1000, "the detail stays short: " + problem);
        }
    }

    // ---- API3 / API6: unknown fields and mass assignment ----

    static Stream<Arguments> fieldsTheClientMayNotSet() {
        String article = "\"url\":\"https://mass.example.org/%s\",\"publishedAt\":\"2024-01-01\",\"text\":\"Plain words.\"";
        String feed = "\"url\":\"https://mass.example.org/%s.xml\",\"source\":\"Mass\"";
        List<Arguments> cases = new ArrayList<>();
        Map<String, String> articleExtras = new LinkedHashMap<>();
        articleExtras.put("id (the seed article's)", "\"id\":\"SEED\"");
        articleExtras.put("revision", "\"revision\":99");
        articleExtras.put("tagStatus", "\"tagStatus\":\"TAGGED\"");
        articleExtras.put("id, revision and tagStatus together", "\"id\":\"SEED\",\"revision\":2,\"tagStatus\":\"TAGGED\"");
        articleExtras.put("PK and SK", "\"PK\":\"ARTICLE#SEED\",\"SK\":\"META\"");
        articleExtras.put("newsText", "\"newsText\":\"overwritten\"");
        articleExtras.put("entities", "\"entities\":[{\"id\":\"person:vladimir-putin\"}]");
        articleExtras.put("createdAt", "\"createdAt\":\"2000-01-01T00:00:00Z\"");
        articleExtras.put("an unknown field", "\"foo\":1");
        articleExtras.put("__proto__", "\"__proto__\":{\"admin\":true}");
        articleExtras.put("a $ne operator as field name", "\"$ne\":null");
        articleExtras.forEach((name, extra) -> cases.add(Arguments.of(Named.of("POST /articles with " + name, "/articles"),
                "{" + article.formatted(UUID.randomUUID()) + "," + extra + "}", fieldNames(extra))));
        Map<String, String> feedExtras = new LinkedHashMap<>();
        feedExtras.put("id", "\"id\":\"" + "0".repeat(20) + "\"");
        feedExtras.put("lastFetch", "\"lastFetch\":{\"outcome\":\"FETCHED\"}");
        feedExtras.put("createdAt and consecutiveFailures", "\"createdAt\":\"2000-01-01\",\"consecutiveFailures\":0");
        feedExtras.put("an unknown field", "\"foo\":true");
        feedExtras.forEach((name, extra) -> cases.add(Arguments.of(Named.of("POST /feeds with " + name, "/feeds"),
                "{" + feed.formatted(UUID.randomUUID()) + "," + extra + "}", fieldNames(extra))));
        return cases.stream();
    }

    private static List<String> fieldNames(String extra) {
        try {
            List<String> names = new ArrayList<>();
            MAPPER.readTree("{" + extra + "}").fieldNames().forEachRemaining(n -> names.add("/" + n));
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void fieldsTheClientMayNotSet(String route, String body, List<String> pointers) throws Exception {
        HttpResponse<String> response = post(route, body.replace("SEED", seedId));
        assertEquals(422, response.statusCode(), response.body());
        JsonNode problem = problem(response);
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("pointer").asText()));
        assertEquals(pointers, named, problem.toString());
    }

    // ---- API8: content types ----

    static Stream<Arguments> wrongContentTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("/articles", "/feeds")) {
            for (String type : List.of("", "text/plain", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/xml", "text/html", "application/jsonx",
                    "text/json", "application/javascript")) {
                cases.add(Arguments.of(Named.of("POST " + route + " as " + (type.isEmpty() ? "no Content-Type" : type),
                        route), type));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wrongContentTypes(String route, String type) throws Exception {
        String body = route.equals("/articles") ? seedArticle.replace("https://", "https://typed.")
                : "{\"url\":\"https://typed.example.org/rss\",\"source\":\"x\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(api.url().resolve(route)).header("x-api-key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("Content-Type", problem(response).get("errors").get(0).get("pointer").asText());
    }

    // ---- injection-shaped strings in every parameter and body field ----

    /** A hostile value; {@code raw} ones go into a URL as they are (malformed percent-encoding). */
    record Payload(String name, String value, boolean raw) {
        static Payload of(String name, String value) {
            return new Payload(name, value, false);
        }
    }

    static final List<Payload> PAYLOADS = List.of(
            Payload.of("SQL tautology", "' OR '1'='1"),
            Payload.of("SQL union", "x' UNION SELECT * FROM users--"),
            Payload.of("SQL stacked", "1; DROP TABLE news;--"),
            Payload.of("DynamoDB expression", "#pk = :v OR begins_with(#pk, :p)"),
            Payload.of("DynamoDB key prefix", "ARTICLE#"),
            Payload.of("NoSQL operator", "{\"$ne\":null}"),
            Payload.of("path traversal", "../../etc/passwd"),
            Payload.of("encoded path traversal", "..%2F..%2Fetc%2Fpasswd"),
            Payload.of("CRLF header injection", "x\r\nSet-Cookie: pwned=1\r\nX-Injected: 1"),
            Payload.of("script tag", "<script>alert(1)</script>"),
            Payload.of("NUL and control characters", "a\u0000b\u0001\u001b[31m\u007f"),
            Payload.of("bidi override and zero-width", "\u202Eevil\u200B\uFEFF"),
            Payload.of("astral and combining", "\uD835\uDD4F\uD83E\uDD84e\u0301"),
            Payload.of("lone surrogate", "a\uD800b"),
            Payload.of("homoglyph entity id", "p\u0435rs\u043En:vladimir-putin"),
            Payload.of("very long", "A".repeat(5_000)),
            new Payload("malformed percent-encoding", "%zz%", true),
            new Payload("overlong UTF-8", "%C0%AE%C0%AE%2F", true));

    /** Every query and path parameter of every GET route (and DELETE /feeds/{id}), from openapi.yaml. */
    static Stream<Arguments> hostileParameters() {
        List<Arguments> cases = new ArrayList<>();
        for (SamTemplate.Route route : ROUTES) {
            if (route.method().equals("POST")) {
                continue;
            }
            for (Map<String, Object> parameter : parameters(route)) {
                String name = (String) parameter.get("name");
                String in = (String) parameter.get("in");
                for (Payload payload : PAYLOADS) {
                    cases.add(Arguments.of(Named.of(route.method() + " " + route.path() + " " + in + " " + name + ": "
                            + payload.name(), route), name, in, payload));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hostileParameters(SamTemplate.Route route, String name, String in, Payload payload) throws Exception {
        String encoded = payload.raw() ? payload.value() : encode(payload.value());
        String path = route.path().replace("{id}", in.equals("path") ? encoded : seedId);
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters(route)) {  // required ones get a harmless value
            if ("query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                query.put((String) p.get("name"), "putin");
            }
        }
        if (in.equals("query")) {
            query.put(name, encoded);
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&",
                query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        Answer answer = payload.raw() ? rawRequest(route.method(), target) : request(route.method(), target);

        assertTrue(answer.status() < 500, answer.status() + " " + answer.body());
        assertTrue(Set.of(200, 400, 404).contains(answer.status()), answer.status() + " " + answer.body());
        for (var header : answer.headers().entrySet()) {
            String lower = header.getKey().toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.equals("set-cookie") || lower.equals("x-injected"), "injected header " + header);
            for (String value : header.getValue()) {
                assertFalse(payload.value().length() >= 4 && value.contains(payload.value()),
                        "payload echoed in " + header.getKey() + ": " + value);
            }
        }
        if (payload.raw() && answer.status() == 400 && "text/html".equals(answer.contentType())) {
            // the JDK's HTTP server (the local runner's; API Gateway on AWS) refuses a malformed request target
            // before any function runs; its page names URISyntaxException, an artefact of the local runner only
            assertFalse(answer.body().contains(KEY));
        } else if (answer.status() == 400) {
            assertEquals("application/problem+json", answer.contentType(), answer.body());
            JsonNode problem = MAPPER.readTree(answer.body());
            String pointer = problem.path("errors").path(0).path("pointer").asText();
            assertTrue(pointer.equals((in.equals("query") ? "?" : "") + name) || pointer.equals("/" + name),
                    "names " + name + ": " + problem);
        } else if (answer.status() == 404) {
            assertEquals("application/problem+json", answer.contentType(), answer.body());
        } else if (!route.path().equals("/entities") && !route.path().equals("/openapi.yaml")) {
            // a listing that answers must not have been widened to the seeded articles
            assertFalse(answer.body().contains(seedId) && !route.path().contains("{id}") && in.equals("query"),
                    "an injected filter matched the seed: " + answer.body());
        }
    }

    /** Every field of the two POST bodies, each with every payload, the rest of the body valid. */
    static Stream<Arguments> hostileBodyFields() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, List<String>> fields = Map.of(
                "/articles", List.of("url", "title", "text", "html", "publishedAt", "source", "language", "byline",
                        "externalId"),
                "/feeds", List.of("url", "source", "language", "enabled"));
        for (String route : List.of("/articles", "/feeds")) {
            for (String field : fields.get(route)) {
                for (Payload payload : PAYLOADS) {
                    if (!payload.raw()) {
                        cases.add(Arguments.of(Named.of("POST " + route + " field " + field + ": " + payload.name(),
                                route), field, payload));
                    }
                }
                cases.add(Arguments.of(Named.of("POST " + route + " field " + field + ": 300,000 characters", route),
                        field, Payload.of("huge", "B".repeat(300_000))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hostileBodyFields(String route, String field, Payload payload) throws Exception {
        ObjectNode body = MAPPER.createObjectNode();
        String url = "https://inject.example.org/" + UUID.randomUUID();
        if (route.equals("/articles")) {
            body.put("url", url).put("publishedAt", "2024-01-01").put("text", "Nothing to tag here.");
        } else {
            body.put("url", url + "/rss.xml").put("source", "Injection").put("enabled", false);
        }
        if (field.equals("html")) {
            body.remove("text");
        }
        body.put(field, payload.value());
        HttpResponse<String> response = post(route, ASCII_JSON.writeValueAsString(body));

        assertTrue(response.statusCode() < 500, response.statusCode() + " " + response.body());
        response.headers().map().forEach((name, values) -> values.forEach(value ->
                assertFalse(payload.value().length() >= 4 && value.contains(payload.value()), name + ": " + value)));
        if (response.statusCode() == 201) {
            // stored as data under the key its URL gives, and nowhere else
            JsonNode created = MAPPER.readTree(response.body());
            String id = created.get("id").asText();
            String expectedUrl = field.equals("url") ? payload.value() : body.get("url").asText();
            assertEquals(CanonicalUrl.of(expectedUrl).articleId(), id);
            assertTrue(response.headers().firstValue("Location").orElseThrow().matches("/(articles|feeds)/[0-9a-f]{20}"));
            if (route.equals("/feeds")) {
                assertEquals(204, request("DELETE", "/feeds/" + id).status());
            } else {
                acceptedPartitions.add("ARTICLE#" + id);
                JsonNode stored = MAPPER.readTree(get("/articles/" + id).body());
                if (field.equals("title") || field.equals("source") || field.equals("byline")) {
                    assertEquals(payload.value().strip(), stored.get(field).asText(), "kept as data, verbatim");
                }
            }
        } else {
            assertTrue(Set.of(400, 413, 422).contains(response.statusCode()), response.statusCode() + response.body());
            JsonNode problem = problem(response);
            List<String> pointers = new ArrayList<>();
            problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
            assertTrue(pointers.contains("/" + field) || (field.equals("html") && pointers.contains("/text")),
                    "names /" + field + ": " + problem);
        }
    }

    // ---- cursors ----

    static Stream<Arguments> badCursors() {
        Map<String, String> cursors = new LinkedHashMap<>();
        cursors.put("a forged cursor", "eyJrIjoiQVJUSUNMRSMxIn0.AAAAAAAAAAAAAAAAAAAAAA");
        cursors.put("a truncated cursor", "TRUNCATED");
        cursors.put("a cursor with one payload character changed", "TAMPERED");
        cursors.put("base64 garbage", "!!!!.@@@@");
        cursors.put("plain base64 without a signature", "bm90IGEgY3Vyc29y");
        cursors.put("an empty cursor", "");
        cursors.put("a cursor of another filter", "FOREIGN");
        cursors.put("a 5,000-character cursor", "A".repeat(2_500) + "." + "A".repeat(2_499));
        List<Arguments> cases = new ArrayList<>();
        for (SamTemplate.Route route : ROUTES) {
            if (route.method().equals("GET") && parameters(route).stream().anyMatch(p -> "cursor".equals(p.get("name")))) {
                cursors.forEach((name, cursor) -> cases.add(Arguments.of(Named.of("GET " + route.path() + " with " + name,
                        route), cursor)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badCursors(SamTemplate.Route route, String cursor) throws Exception {
        String value = switch (cursor) {
            case "TRUNCATED" -> realCursor.substring(0, realCursor.length() - 4);
            case "TAMPERED" -> (realCursor.charAt(0) == 'A' ? "B" : "A") + realCursor.substring(1);
            case "FOREIGN" -> realCursor;  // minted for /articles?limit=1
            default -> cursor;
        };
        String extra = route.path().equals("/articles") && cursor.equals("FOREIGN") ? "&source=Example%20Wire" : "";
        String path = route.path().replace("{id}", "country:at");
        Answer answer = request("GET", path + "?limit=1&cursor=" + encode(value) + extra);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("?cursor", MAPPER.readTree(answer.body()).get("errors").get(0).get("pointer").asText());
    }

    // ---- API7: SSRF through POST /feeds ----

    static Stream<Arguments> ssrfFeeds() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("loopback 127.0.0.1", "http://127.0.0.1:PORT/feed.xml");
        urls.put("localhost", "http://localhost:PORT/feed.xml");
        urls.put("IPv6 loopback [::1]", "http://[::1]:PORT/feed.xml");
        urls.put("IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]:PORT/feed.xml");
        urls.put("cloud metadata 169.254.169.254", "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
        urls.put("private 10.0.0.5", "http://10.0.0.5/feed.xml");
        urls.put("private 192.168.1.1", "http://192.168.1.1/feed.xml");
        urls.put("unspecified 0.0.0.0", "http://0.0.0.0:PORT/feed.xml");
        urls.put("file://", "file:///etc/passwd");
        urls.put("gopher://", "gopher://127.0.0.1:PORT/_GET%20/feed.xml");
        urls.put("ftp://", "ftp://127.0.0.1:PORT/feed.xml");
        urls.put("credentials in the URL", "http://user:pass@127.0.0.1:PORT/feed.xml");
        urls.put("decimal IPv4 2130706433", "http://2130706433:PORT/feed.xml");
        urls.put("octal IPv4 0177.0.0.1", "http://0177.0.0.1:PORT/feed.xml");
        urls.put("hexadecimal IPv4 0x7f.0.0.1", "http://0x7f.0.0.1:PORT/feed.xml");
        urls.put("short IPv4 127.1", "http://127.1:PORT/feed.xml");
        urls.put("a redirect from an allowed host to loopback", "REDIRECT");
        return urls.entrySet().stream().map(e -> Arguments.of(Named.of("POST /feeds " + e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ssrfFeeds(String url) throws Exception {
        String port = Integer.toString(URI.create(forbidden.base()).getPort());
        if (url.equals("REDIRECT")) {
            String path = "/redirect-" + UUID.randomUUID();
            feeds.redirect(path, 302, forbidden.base() + "/feed.xml");
            url = feeds.base() + path;
        }
        HttpResponse<String> registered = post("/feeds", MAPPER.writeValueAsString(
                Map.of("url", url.replace("PORT", port), "source", "SSRF")));
        if (registered.statusCode() == 422) {
            assertEquals("/url", problem(registered).get("errors").get(0).get("pointer").asText());
            return;
        }
        assertEquals(201, registered.statusCode(), registered.body());
        String id = MAPPER.readTree(registered.body()).get("id").asText();
        acceptedPartitions.add("FEED#" + id);
        try {
            fetchFeedsNow();
            JsonNode feed = feedStatus(id);
            assertEquals("FAILED", feed.path("lastFetch").path("outcome").asText(), feed.toString());
            assertEquals(0, feed.path("lastFetch").path("itemsCreated").asInt(), feed.toString());
        } finally {
            assertEquals(204, request("DELETE", "/feeds/" + id).status());
            acceptedPartitions.remove("FEED#" + id);
        }
    }

    // ---- XXE through a feed ----

    static Stream<Arguments> xxeFeeds() {
        Map<String, String> doctypes = new LinkedHashMap<>();
        doctypes.put("external entities to a local file and a loopback URL",
                "<!DOCTYPE rss [<!ENTITY file SYSTEM \"FILE\"><!ENTITY url SYSTEM \"URL\">]>");
        doctypes.put("an external DTD on a loopback URL", "<!DOCTYPE rss SYSTEM \"URL\">");
        doctypes.put("parameter entities", "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"URL\"> %p;"
                + "<!ENTITY file SYSTEM \"FILE\"><!ENTITY url SYSTEM \"URL\">]>");
        doctypes.put("billion laughs", "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY file \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY url \"&d;\">]>");
        doctypes.put("XInclude of the local file, no DOCTYPE", "XINCLUDE");
        return doctypes.entrySet().stream().map(e -> Arguments.of(Named.of("feed with " + e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void xxeFeeds(String doctype) throws Exception {
        String secret = "XXE-SECRET-" + UUID.randomUUID();
        Path file = Files.createTempFile("abuse-xxe", ".txt");
        Files.writeString(file, secret);
        String hostile = forbidden.base() + "/xxe-" + UUID.randomUUID();
        String path = "/xxe-" + UUID.randomUUID() + ".xml";
        String itemLink = feeds.base() + path.replace(".xml", "-item");
        String xml;
        if (doctype.equals("XINCLUDE")) {
            xml = rss(itemLink, "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + file.toUri()
                    + "\" parse=\"text\"/><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + hostile + "\"/>");
        } else {
            xml = rss(itemLink, "&file; &url;").replace("<rss", doctype.replace("FILE", file.toUri().toString())
                    .replace("URL", hostile) + "\n<rss");
        }
        feeds.serve(path, "application/rss+xml", xml);
        feeds.serve(path.replace(".xml", "-item"), "text/html", "<html><body><article><h1>Item</h1><p>"
                + "Ordinary words of an ordinary page. ".repeat(20) + "</p></article></body></html>");
        HttpResponse<String> registered = post("/feeds", MAPPER.writeValueAsString(
                Map.of("url", feeds.base() + path, "source", "XXE")));
        assertEquals(201, registered.statusCode(), registered.body());
        String id = MAPPER.readTree(registered.body()).get("id").asText();
        acceptedPartitions.add("FEED#" + id);
        String itemArticle = "ARTICLE#" + CanonicalUrl.of(itemLink).articleId();
        acceptedPartitions.add(itemArticle);  // an XInclude element is just an unknown element: the item is news
        try {
            fetchFeedsNow();
            JsonNode feed = feedStatus(id);
            if (!doctype.equals("XINCLUDE")) {
                assertEquals("FAILED", feed.path("lastFetch").path("outcome").asText(), feed.toString());
                assertFalse(keys().contains(itemArticle + " META"), "nothing from a refused feed is stored");
            }
            assertEquals(1, feeds.hits(path), "the feed itself was read");
            for (Map<String, AttributeValue> item : dynamo.scan(s -> s.tableName(api.tableName())).items()) {
                assertFalse(item.toString().contains(secret), "the local file's content was stored: " + item.get("PK"));
            }
            assertFalse(get("/feeds").body().contains(secret));
        } finally {
            assertEquals(204, request("DELETE", "/feeds/" + id).status());
            acceptedPartitions.remove("FEED#" + id);
            Files.delete(file);
        }
    }

    // ---- helpers ----

    private static String rss(String itemLink, String itemTitle) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Feed</title>"
                + "<link>https://example.org/</link><description>d</description><item><title>" + itemTitle
                + "</title><link>" + itemLink + "</link><description>" + itemTitle + "</description>"
                + "<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item></channel></rss>";
    }

    /** Runs FetchFeedsFunction once, as its EventBridge schedule would. */
    private static void fetchFeedsNow() throws Exception {
        Backend b = backend.get();
        assertNotNull(b, "a request has run, so the hook saw the backend");
        ObjectNode event = MAPPER.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", "Scheduled Event").put("source", "aws.events").put("account", "000000000000")
                .put("time", Instant.now().toString()).put("region", "us-east-1");
        event.putArray("resources").add("arn:aws:events:us-east-1:000000000000:rule/FetchFeedsFunction");
        event.putObject("detail");
        String result = b.functions().invoke("FetchFeedsFunction", MAPPER.writeValueAsBytes(event)).text();
        assertFalse(result.contains("errorMessage"), result);
    }

    private static JsonNode feedStatus(String id) throws Exception {
        for (JsonNode feed : MAPPER.readTree(get("/feeds").body()).get("feeds")) {
            if (feed.get("id").asText().equals(id)) {
                return feed;
            }
        }
        throw new AssertionError("feed " + id + " is not listed");
    }

    private static void awaitTagged(String id) throws Exception {
        for (int i = 0; i < 300; i++) {  // bounded: the stream emulation polls every second
            if (MAPPER.readTree(get("/articles/" + id).body()).path("tagStatus").asText().equals("TAGGED")) {
                return;
            }
            Thread.sleep(100);
        }
        fail("article " + id + " was not tagged");
    }

    /** Every item's "PK SK"; a Scan is fine here: the table is this class's own and small. */
    private static Set<String> keys() {
        Set<String> keys = new HashSet<>();
        dynamo.scanPaginator(s -> s.tableName(api.tableName()).projectionExpression("PK, SK")).items()
                .forEach(item -> keys.add(item.get("PK").s() + " " + item.get("SK").s()));
        return keys;
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null),
                response.body());
        JsonNode problem = MAPPER.readTree(response.body());
        assertEquals(response.statusCode(), problem.get("status").asInt());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "internals leak: " + response.body());
        return problem;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(api.url().resolve(path)).header("x-api-key", KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api.url() + path)).header("x-api-key", KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {
        String contentType() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private static Answer request(String method, String target) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api.url() + target))
                .header("x-api-key", KEY).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    /** For targets java.net.URI refuses (malformed escapes): HTTP/1.1 written by hand. */
    private static Answer rawRequest(String method, String target) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + KEY
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 "), "no HTTP answer: '" + response + "'");
            int end = response.indexOf("\r\n\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : response.substring(response.indexOf("\r\n") + 2, end).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(response.substring(9, 12)), headers, response.substring(end + 4));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openApi() {
        Path file = SamTemplate.projectRoot().resolve("functions/query/src/main/resources/openapi.yaml");
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The route's parameters in openapi.yaml, $refs resolved. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(SamTemplate.Route route) {
        Map<String, Object> paths = (Map<String, Object>) OPENAPI.get("paths");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(route.path()))
                .get(route.method().toLowerCase(java.util.Locale.ROOT));
        assertNotNull(operation, route + " is in template.yaml but not in openapi.yaml");
        Map<String, Object> shared = (Map<String, Object>) ((Map<String, Object>) OPENAPI.get("components")).get("parameters");
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            String ref = (String) p.get("$ref");
            resolved.add(ref == null ? p : (Map<String, Object>) shared.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return resolved;
    }
}
