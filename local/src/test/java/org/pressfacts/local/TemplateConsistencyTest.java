package org.pressfacts.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pressfacts.testing.SamTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** template.yaml, the function modules and events/ agree with each other. */
class TemplateConsistencyTest {

    private static final Pattern CODE_URI = Pattern.compile("functions/([a-z0-9-]+)/target/([a-z0-9-]+)\\.jar");
    /** How each event source's records name themselves, and the SAM event type that delivers them. */
    private static final Map<String, String> EVENT_SOURCES = Map.of(
            "aws:dynamodb", "DynamoDB", "aws:sqs", "SQS", "aws:kinesis", "Kinesis", "aws:s3", "S3", "aws:sns", "SNS");

    private final LocalTemplate template = LocalTemplate.load("us-east-1");
    private final Path root = template.root();

    @Test
    void everyHandlerClassExistsAndIsALambdaHandler() throws Exception {
        for (LocalFunction function : template.functions()) {
            Path classes = root.resolve("functions").resolve(module(function)).resolve("target/classes");
            assertTrue(Files.isDirectory(classes), classes + " is not compiled");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    getClass().getClassLoader())) {
                Class<?> handler = Class.forName(function.handlerClass(), false, loader);
                assertTrue(RequestHandler.class.isAssignableFrom(handler)
                                || RequestStreamHandler.class.isAssignableFrom(handler),
                        function.logicalId() + ": " + handler + " is not a RequestHandler");
                handler.getConstructor();  // Lambda builds handlers with their public no-arg constructor
            } catch (ClassNotFoundException e) {
                fail(function.logicalId() + ": no class " + function.handlerClass() + " in " + classes);
            }
        }
    }

    @Test
    void everyRouteBelongsToAHandledFunctionOnce() {
        Set<String> seen = new HashSet<>();
        for (LocalFunction function : template.functions()) {
            for (SamTemplate.Route route : function.routes()) {
                assertFalse(function.handler() == null || function.handler().isBlank(),
                        route + " has a function without Handler");
                assertTrue(route.path().startsWith("/"), route + ": path must start with /");
                assertTrue(Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY")
                        .contains(route.method()), route + ": unknown method");
                assertTrue(seen.add(route.method() + " " + route.path()), "two functions serve " + route);
            }
        }
        assertFalse(seen.isEmpty(), "template.yaml declares no Api route");
    }

    @Test
    void everyCodeUriIsTheJarOfAnExistingFunctionModule() throws IOException {
        String modules = Files.readString(root.resolve("functions/pom.xml"));
        for (LocalFunction function : template.functions()) {
            String codeUri = root.relativize(function.jar()).toString();
            Matcher m = CODE_URI.matcher(codeUri);
            assertTrue(m.matches(), function.logicalId() + ": CodeUri " + codeUri
                    + " is not functions/<module>/target/<module>.jar");
            assertEquals(m.group(1), m.group(2), function.logicalId() + ": jar name differs from its module");
            assertTrue(Files.isRegularFile(root.resolve("functions").resolve(m.group(1)).resolve("pom.xml")),
                    function.logicalId() + ": no module functions/" + m.group(1));
            assertTrue(modules.contains("<module>" + m.group(1) + "</module>"),
                    "functions/pom.xml does not build module " + m.group(1));
        }
    }

    @Test
    void everyEventFileNamesARealFunction() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> events;
        try (Stream<Path> files = Files.list(root.resolve("events"))) {
            events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(events.isEmpty(), "events/ is empty");
        Set<String> routes = template.functions().stream().flatMap(f -> f.routes().stream())
                .map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        Set<String> otherEventTypes = template.template().functions().stream()
                .flatMap(f -> f.otherEvents().stream()).map(e -> String.valueOf(e.get("Type")))
                .collect(Collectors.toSet());
        for (Path file : events) {
            JsonNode event = mapper.readTree(file.toFile());
            if (event.has("httpMethod") && event.has("resource")) {
                String route = event.get("httpMethod").asText() + " " + event.get("resource").asText();
                assertTrue(routes.contains(route), file.getFileName() + ": no function serves " + route);
            } else if (event.path("Records").isArray() && !event.get("Records").isEmpty()) {
                JsonNode record = event.get("Records").get(0);
                String source = record.has("eventSource") ? record.get("eventSource").asText()
                        : record.path("EventSource").asText();
                String type = EVENT_SOURCES.get(source);
                assertTrue(type != null && otherEventTypes.contains(type),
                        file.getFileName() + ": no function has a " + source + " event (" + type + ")");
            } else if (event.has("detail-type")) {
                assertTrue(otherEventTypes.stream().anyMatch(t -> Set.of("Schedule", "ScheduleV2",
                        "EventBridgeRule", "CloudWatchEvent").contains(t)),
                        file.getFileName() + ": no function has a schedule or EventBridge event");
            } else {
                fail(file.getFileName() + ": neither an API Gateway event nor a known event source's shape");
            }
        }
    }

    @Test
    void tableDefinitionHasItsKeysAndIndexes() {
        CreateTableRequest table = template.template().tableDefinition(template.tableName());
        assertEquals("pressfacts-news", table.tableName());
        assertEquals(List.of(key("PK", KeyType.HASH), key("SK", KeyType.RANGE)), table.keySchema());
        Map<String, GlobalSecondaryIndex> indexes = table.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(GlobalSecondaryIndex::indexName, i -> i));
        assertEquals(Set.of("ByEntity", "ByKindDate", "Pending"), indexes.keySet());
        assertEquals(List.of(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE)),
                indexes.get("ByEntity").keySchema());

        // DynamoDB rejects a table whose attribute definitions and key attributes differ in either direction
        Set<String> defined = table.attributeDefinitions().stream().map(AttributeDefinition::attributeName)
                .collect(Collectors.toSet());
        Set<String> keys = Stream.concat(table.keySchema().stream(),
                        table.globalSecondaryIndexes().stream().flatMap(i -> i.keySchema().stream()))
                .map(KeySchemaElement::attributeName).collect(Collectors.toSet());
        assertEquals(keys, defined);
    }

    @Test
    void everyFunctionGetsTheTableNameFromItsEnvironment() {
        for (LocalFunction function : template.functions()) {
            assertEquals(template.tableName(), function.environment().get("TABLE_NAME"), function.logicalId());
            assertTrue(function.memoryMb() >= 128 && function.timeoutSeconds() > 0, function.logicalId());
        }
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static String module(LocalFunction function) {
        Matcher m = CODE_URI.matcher(function.jar().toString().replace('\\', '/'));
        return m.find() ? m.group(1) : fail(function.logicalId() + ": CodeUri is not under functions/");
    }
}
