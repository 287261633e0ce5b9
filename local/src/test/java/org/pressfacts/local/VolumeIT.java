package org.pressfacts.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pressfacts.local.serve.LocalApi;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many distinct articles through the local API (`serve` in this JVM, its stream emulation tagging them): every one
 * is stored and tagged, none lost, counted by Query on the ByKindDate index (the run's own source), never a Scan.
 * {@code -Dpressfacts.volume=1000} for the full run; the default keeps `mvn verify` short on two cores.
 */
class VolumeIT {

    private static final int ARTICLES = Integer.getInteger("pressfacts.volume", 100);
    private static final int CLIENTS = 8;
    /** Generous: tagging runs one article at a time, like one Lambda container per function. */
    private static final Duration DEADLINE = Duration.ofSeconds(60 + ARTICLES / 4L);
    private static final String KEY = "volume-it-key";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everySubmittedArticleIsStoredAndTaggedNoneLost() throws Exception {
        String source = "Volume Wire " + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode template;
        try (InputStream in = VolumeIT.class.getResourceAsStream("/fixtures/local-api-article.json")) {
            template = (ObjectNode) MAPPER.readTree(in);
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        PrintStream console = System.out;
        // the functions' JSON log lines (several per article) go where CloudWatch would be: nowhere, here
        System.setOut(quiet);
        try (LocalApi api = LocalApi.start(new LocalApi.Options(0, Optional.empty(), Optional.empty(), KEY,
                List.of(), quiet));
             DynamoDbClient dynamo = TestTable.client(api.dynamoEndpoint());
             HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            List<Future<Integer>> statuses = new ArrayList<>();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int i = 0; i < ARTICLES; i++) {
                    String body = template.deepCopy().put("url", "https://volume.example/articles/" + i)
                            .put("source", source).put("title", "Ministers meet, part " + i).toString();
                    HttpRequest request = HttpRequest.newBuilder(api.url().resolve("/articles"))
                            .header("x-api-key", KEY).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    statuses.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode()));
                }
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
            double submitSeconds = (System.nanoTime() - start) / 1e9;

            long deadline = System.nanoTime() + DEADLINE.toNanos();
            int tagged;
            do {
                Thread.sleep(500);
                tagged = count(dynamo, api.tableName(), source, true);
            } while (tagged < ARTICLES && System.nanoTime() < deadline);
            double totalSeconds = (System.nanoTime() - start) / 1e9;
            console.printf(Locale.ROOT, "volume: %d articles submitted in %.1f s (%.0f/s), %d tagged after %.1f s%n",
                    ARTICLES, submitSeconds, ARTICLES / submitSeconds, tagged, totalSeconds);

            assertEquals(ARTICLES, count(dynamo, api.tableName(), source, false), "stored");
            assertEquals(ARTICLES, tagged, "tagged within " + DEADLINE);
        } finally {
            System.setOut(console);
        }
    }

    /** Articles of this source (and only TAGGED ones if asked), by Query on ByKindDate, every page. */
    private static int count(DynamoDbClient dynamo, String table, String source, boolean onlyTagged) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("ByKindDate")
                .keyConditionExpression("GSI2PK = :source").select(Select.COUNT);
        if (onlyTagged) {
            query.filterExpression("tagStatus = :tagged").expressionAttributeValues(Map.of(
                    ":source", AttributeValue.fromS("SOURCE#" + source), ":tagged", AttributeValue.fromS("TAGGED")));
        } else {
            query.expressionAttributeValues(Map.of(":source", AttributeValue.fromS("SOURCE#" + source)));
        }
        int count = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = dynamo.query(query.exclusiveStartKey(startKey).build());
            count += page.count();
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return count;
    }
}
