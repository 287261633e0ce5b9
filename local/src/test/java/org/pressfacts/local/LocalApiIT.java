package org.pressfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressfacts.local.serve.HandledRequest;
import org.pressfacts.local.serve.LocalApi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `serve` in this JVM on a free port, with its own in-memory dynalite, driven over real HTTP. */
class LocalApiIT {

    private static final String KEY = "local-api-it-key";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<HandledRequest> handled = new CopyOnWriteArrayList<>();
    private static LocalApi api;
    private static String article;

    @BeforeAll
    static void start() throws IOException {
        api = LocalApi.start(new LocalApi.Options(0, Optional.empty(), Optional.empty(), KEY,
                List.of((request, backend) -> handled.add(request)), System.out));
        try (InputStream in = LocalApiIT.class.getResourceAsStream("/fixtures/local-api-article.json")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static boolean isTheFetch(HandledRequest r) {
        return r.functionName().equals("QueryFunction") && r.resource().equals("/articles/{id}") && r.statusCode() == 200;
    }

    @Test
    void submitsAnArticleThenServesItAtItsLocation() throws Exception {
        HttpResponse<String> created = send(post("/articles", article).header("x-api-key", KEY));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode body = MAPPER.readTree(created.body());
        assertEquals("/articles/" + body.get("id").asText(), location);
        assertTrue(created.headers().firstValue("x-amzn-RequestId").isPresent());

        HttpResponse<String> again = send(post("/articles", article).header("x-api-key", KEY));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(location, again.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> fetched = send(HttpRequest.newBuilder(api.url().resolve(location)).GET()
                .header("x-api-key", KEY));
        assertEquals(200, fetched.statusCode(), fetched.body());
        JsonNode stored = MAPPER.readTree(fetched.body());
        assertEquals(body.get("id"), stored.get("id"));
        assertEquals("Foreign ministers meet in Vienna to discuss grain corridor", stored.get("title").asText());

        // hooks run after the response is written: on a busy machine the client can read it first
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && handled.stream().noneMatch(LocalApiIT::isTheQuery)) {
            Thread.sleep(20);
        }
        assertTrue(handled.stream().anyMatch(LocalApiIT::isTheQuery), "hooks see handled requests");
    }

    @Test
    void deliversTheNewRevisionToTheTaggingFunctionAsTheTablesStreamWould() throws Exception {
        HttpResponse<String> created = send(post("/articles", article.replace("https://", "https://tagged."))
                .header("x-api-key", KEY));
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode stored = null;
        for (int i = 0; i < 100; i++) { // bounded: the stream emulation polls every second
            stored = MAPPER.readTree(send(HttpRequest.newBuilder(api.url().resolve(location)).GET()
                    .header("x-api-key", KEY)).body());
            if (stored.get("tagStatus").asText().equals("TAGGED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("TAGGED", stored.get("tagStatus").asText());
        assertTrue(stored.get("entities").size() > 0, stored.toString());
    }

    @Test
    void refusesRequestsWithoutTheApiKeyAsApiGatewayDoes() throws Exception {
        HttpResponse<String> missing = send(post("/articles", article));
        assertEquals(403, missing.statusCode());
        assertEquals("{\"message\":\"Forbidden\"}", missing.body());

        HttpResponse<String> wrong = send(post("/articles", article).header("x-api-key", "not-" + KEY));
        assertEquals(403, wrong.statusCode());
        assertEquals("Forbidden", MAPPER.readTree(wrong.body()).get("message").asText());
    }

    @Test
    void answersANonJsonBodyWithAProblemNamingWhereItBreaks() throws Exception {
        HttpResponse<String> response = send(post("/articles", "title=not json").header("x-api-key", KEY));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = MAPPER.readTree(response.body());
        assertEquals("https://pressfacts.org/problems/malformed-json", problem.get("type").asText());
        assertEquals("", problem.get("errors").get(0).get("pointer").asText(), "the whole body is the field at fault");
        assertTrue(problem.get("detail").asText().contains("not valid JSON"), problem.toString());
    }

    @Test
    void answersAnUnknownRouteWith404Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.url().resolve("/no/such/route")).GET()
                .header("x-api-key", KEY));
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("https://pressfacts.org/problems/route-not-found",
                MAPPER.readTree(response.body()).get("type").asText());
    }

    @Test
    void refusesBodiesOverApiGatewaysTenMegabytes() throws Exception {
        String huge = "x".repeat(10 * 1024 * 1024 + 1);
        HttpResponse<String> response = send(post("/articles", huge).header("x-api-key", KEY));
        assertEquals(413, response.statusCode());
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(api.url().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI url() {
        return api.url();
    }

    private static boolean isTheQuery(HandledRequest r) {
        return r.functionName().equals("QueryFunction") && r.resource().equals("/articles/{id}") && r.statusCode() == 200;
    }
}
