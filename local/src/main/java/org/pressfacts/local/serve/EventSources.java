package org.pressfacts.local.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pressfacts.local.LocalTemplate;
import org.pressfacts.testing.SamTemplate;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What AWS would deliver to functions besides API calls, emulated on this machine: the table's stream (dynalite
 * has none; article revisions waiting in the sparse Pending index are handed to every DynamoDB-stream function as
 * stream records, once per revision) and EventBridge schedules (each Schedule event runs at its rate, or every
 * PRESSFACTS_SCHEDULE_SECONDS when set).
 */
public final class EventSources implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final int PENDING_SHARDS = 4;
    private static final int MAX_DELIVERIES = 3;

    private final LocalTemplate template;
    private final FunctionHost host;
    private final DynamoDbClient dynamo;
    private final String tableName;
    private final PrintStream log;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "pressfacts-event-sources");
        t.setDaemon(true);
        return t;
    });
    /** Deliveries made per "articleId#revision": a revision is delivered until it leaves PENDING, at most 3 times. */
    private final Map<String, Integer> deliveries = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong(1);

    private EventSources(LocalTemplate template, FunctionHost host, URI endpoint, String tableName, PrintStream log) {
        this.template = template;
        this.host = host;
        this.dynamo = TestTable.client(endpoint);
        this.tableName = tableName;
        this.log = log;
    }

    public static EventSources start(LocalTemplate template, FunctionHost host, URI endpoint, String tableName,
                                     PrintStream log) {
        EventSources sources = new EventSources(template, host, endpoint, tableName, log);
        List<String> streamConsumers = sources.functionsWithEvent("DynamoDB");
        if (!streamConsumers.isEmpty()) {
            sources.executor.scheduleWithFixedDelay(sources::deliverPending, 1, 1, TimeUnit.SECONDS);
        }
        for (SamTemplate.Function f : template.template().functions()) {
            for (Map<String, Object> event : f.otherEvents()) {
                if ("Schedule".equals(event.get("Type"))) {
                    Duration every = sources.interval(event);
                    sources.executor.scheduleAtFixedRate(() -> sources.runScheduled(f.logicalId()),
                            every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
                    log.println("schedule          " + f.logicalId() + " every " + every.toSeconds() + " s");
                }
            }
        }
        return sources;
    }

    /** Called after a write through the API, so that tagging starts now rather than at the next poll. */
    public void nudge() {
        executor.execute(this::deliverPending);
    }

    private List<String> functionsWithEvent(String type) {
        List<String> ids = new ArrayList<>();
        for (SamTemplate.Function f : template.template().functions()) {
            if (f.otherEvents().stream().anyMatch(e -> type.equals(e.get("Type")))) {
                ids.add(f.logicalId());
            }
        }
        return ids;
    }

    private Duration interval(Map<String, Object> event) {
        String override = System.getenv("PRESSFACTS_SCHEDULE_SECONDS");
        if (override != null && !override.isBlank()) {
            return Duration.ofSeconds(Long.parseLong(override.strip()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) event.get("Properties");
        Matcher m = RATE.matcher(template.resolve(props.get("Schedule")));
        if (!m.matches()) {
            return Duration.ofMinutes(5);
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).startsWith("minute") ? Duration.ofMinutes(n)
                : m.group(2).startsWith("hour") ? Duration.ofHours(n) : Duration.ofDays(n);
    }

    private synchronized void deliverPending() {
        try {
            for (int shard = 0; shard < PENDING_SHARDS; shard++) {
                int s = shard;
                for (Map<String, AttributeValue> key : dynamo.query(q -> q.tableName(tableName).indexName("Pending")
                        .keyConditionExpression("PendingPK = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PENDING#" + s)))).items()) {
                    Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(tableName).consistentRead(true)
                            .key(Map.of("PK", key.get("PK"), "SK", key.get("SK")))).item();
                    if (item == null || item.isEmpty() || !"PENDING".equals(item.get("tagStatus").s())) {
                        continue;
                    }
                    String revision = item.get("id").s() + "#" + item.get("revision").n();
                    int delivered = deliveries.getOrDefault(revision, 0);
                    if (delivered >= MAX_DELIVERIES) {
                        continue;
                    }
                    deliveries.put(revision, delivered + 1);
                    byte[] event = streamEvent(item, "1".equals(item.get("revision").n()) ? "INSERT" : "MODIFY");
                    for (String function : functionsWithEvent("DynamoDB")) {
                        String result = host.invoke(function, event).text();
                        log.printf("stream -> %s %s: %s%n", function, revision, result);
                        if (delivered + 1 == MAX_DELIVERIES && result.contains("itemIdentifier")) {
                            log.printf("stream: %s failed %d times; on AWS it would go to the dead-letter queue%n",
                                    revision, MAX_DELIVERIES);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            log.println("stream delivery failed: " + e);
        }
    }

    private void runScheduled(String function) {
        try {
            ObjectNode event = MAPPER.createObjectNode();
            event.put("version", "0").put("id", UUID.randomUUID().toString()).put("detail-type", "Scheduled Event")
                    .put("source", "aws.events").put("account", "000000000000").put("time", Instant.now().toString())
                    .put("region", "us-east-1");
            event.putArray("resources").add("arn:aws:events:us-east-1:000000000000:rule/" + function);
            event.putObject("detail");
            String result = host.invoke(function, MAPPER.writeValueAsBytes(event)).text();
            log.printf("schedule -> %s: %s%n", function, result);
        } catch (Exception e) {
            log.println("scheduled run of " + function + " failed: " + e);
        }
    }

    /** One stream record as Lambda receives it from a DynamoDB stream with StreamViewType NEW_IMAGE. */
    private byte[] streamEvent(Map<String, AttributeValue> item, String eventName) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("eventID", UUID.randomUUID().toString().replace("-", "")).put("eventName", eventName)
                .put("eventVersion", "1.1").put("eventSource", "aws:dynamodb").put("awsRegion", "us-east-1");
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", Instant.now().getEpochSecond());
        ObjectNode keys = dynamodb.putObject("Keys");
        keys.set("PK", json(item.get("PK")));
        keys.set("SK", json(item.get("SK")));
        ObjectNode image = dynamodb.putObject("NewImage");
        item.forEach((name, value) -> image.set(name, json(value)));
        dynamodb.put("SequenceNumber", String.format("%021d", sequence.getAndIncrement()));
        dynamodb.put("SizeBytes", image.toString().getBytes(StandardCharsets.UTF_8).length);
        dynamodb.put("StreamViewType", "NEW_IMAGE");
        record.put("eventSourceARN", "arn:aws:dynamodb:us-east-1:000000000000:table/" + tableName
                + "/stream/2026-01-01T00:00:00.000");
        ObjectNode event = MAPPER.createObjectNode();
        event.putArray("Records").add(record);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** DynamoDB's own JSON for an attribute value: {"S": …}, {"N": …}, {"L": […]}, {"M": {…}}, … */
    private static ObjectNode json(AttributeValue value) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(v -> list.add(json(v)));
            }
            case M -> {
                ObjectNode map = node.putObject("M");
                value.m().forEach((k, v) -> map.set(k, json(v)));
            }
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            default -> throw new IllegalArgumentException("no stream JSON for " + value.type());
        }
        return node;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        dynamo.close();
    }
}
