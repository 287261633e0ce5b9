package org.pressfacts.testing;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * template.yaml read as data: the single source of truth for functions, routes, environment and the table
 * definition that the tests and the local runner create. CloudFormation short tags (!Ref, !Sub, …) become
 * their long forms ({"Ref": …}).
 */
public final class SamTemplate {

    private final Map<String, Object> root;
    private final Path path;

    private SamTemplate(Path path, Map<String, Object> root) {
        this.path = path;
        this.root = root;
    }

    /** A function resource: handler, jar, environment and the API routes it serves. */
    public record Function(String logicalId, String handler, String codeUri, Map<String, Object> environment,
                           List<Route> routes, List<Map<String, Object>> otherEvents) {}

    /** An API Gateway route as SAM declares it: method upper-cased, path with {params}. */
    public record Route(String eventName, String method, String path) {}

    public static SamTemplate load() {
        return load(projectRoot().resolve("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    public static SamTemplate load(Path template) {
        Yaml yaml = new Yaml(new CloudFormationConstructor());
        try (Reader reader = Files.newBufferedReader(template)) {
            return new SamTemplate(template, (Map<String, Object>) yaml.load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + template, e);
        }
    }

    /** The repository root: -Dpressfacts.root (set by the build), else the nearest parent holding template.yaml. */
    public static Path projectRoot() {
        String configured = System.getProperty("pressfacts.root");
        if (configured != null && Files.exists(Path.of(configured, "template.yaml"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
    }

    public Path path() {
        return path;
    }

    public Map<String, Object> raw() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) root.get("Resources");
    }

    public List<Function> functions() {
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        List<Function> functions = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> props = map(resource.get("Properties"));
            Map<String, Object> env = new LinkedHashMap<>(map(map(globals.get("Environment")).get("Variables")));
            env.putAll(map(map(props.get("Environment")).get("Variables")));
            List<Route> routes = new ArrayList<>();
            List<Map<String, Object>> others = new ArrayList<>();
            map(props.get("Events")).forEach((name, event) -> {
                Map<String, Object> e = map(event);
                Map<String, Object> p = map(e.get("Properties"));
                if ("Api".equals(e.get("Type"))) {
                    routes.add(new Route(name, String.valueOf(p.get("Method")).toUpperCase(), String.valueOf(p.get("Path"))));
                } else {
                    Map<String, Object> named = new LinkedHashMap<>(e);
                    named.put("Name", name);
                    others.add(named);
                }
            });
            functions.add(new Function(id, (String) props.get("Handler"), (String) props.get("CodeUri"), env, routes, others));
        });
        return functions;
    }

    public Function function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + logicalId + " in " + path));
    }

    /** The one AWS::DynamoDB::Table of the template, as a CreateTableRequest under the given name. */
    public CreateTableRequest tableDefinition(String tableName) {
        Map<String, Object> table = resources().values().stream()
                .filter(r -> "AWS::DynamoDB::Table".equals(r.get("Type")))
                .findFirst().orElseThrow(() -> new IllegalStateException("template.yaml defines no DynamoDB table"));
        Map<String, Object> props = map(table.get("Properties"));
        List<GlobalSecondaryIndex> indexes = list(props.get("GlobalSecondaryIndexes")).stream().map(SamTemplate::map)
                .map(index -> GlobalSecondaryIndex.builder()
                        .indexName((String) index.get("IndexName"))
                        .keySchema(keySchema(index.get("KeySchema")))
                        .projection(Projection.builder()
                                .projectionType((String) map(index.get("Projection")).get("ProjectionType")).build())
                        .build())
                .toList();
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(String.valueOf(props.get("BillingMode"))))
                .attributeDefinitions(list(props.get("AttributeDefinitions")).stream().map(SamTemplate::map)
                        .map(a -> AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                                .attributeType((String) a.get("AttributeType")).build())
                        .toList())
                .keySchema(keySchema(props.get("KeySchema")))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return list(value).stream().map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType")).build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** Turns !Ref x into {"Ref": x}, !GetAtt a.b into {"Fn::GetAtt": [a, b]}, and so on for every short tag. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Select", "Split",
                    "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Condition", "GetAtt", "Ref")) {
                String longName = fn.equals("Ref") || fn.equals("Condition") ? fn : "Fn::" + fn;
                this.yamlConstructors.put(new Tag("!" + fn), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value = switch (node) {
                            case ScalarNode scalar when fn.equals("GetAtt") -> List.of(scalar.getValue().split("\\.", 2));
                            case ScalarNode scalar -> scalar.getValue();
                            case SequenceNode seq -> constructSequence(seq);
                            case MappingNode mapping -> constructMapping(mapping);
                            default -> throw new IllegalStateException("unexpected node " + node);
                        };
                        return Map.of(longName, Objects.requireNonNull(value));
                    }
                });
            }
        }
    }
}
