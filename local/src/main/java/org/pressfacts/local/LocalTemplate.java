package org.pressfacts.local;

import org.pressfacts.testing.SamTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * template.yaml as the local runner sees it: {@link SamTemplate}'s data with Globals applied and intrinsic
 * references resolved the way CloudFormation would for a stack deployed with every parameter at its Default.
 */
public final class LocalTemplate {

    /** SAM's own defaults when neither Globals nor the function set them. */
    private static final int SAM_DEFAULT_MEMORY_MB = 128;
    private static final int SAM_DEFAULT_TIMEOUT_SECONDS = 3;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

    private final SamTemplate template;
    private final Path root;
    private final String region;

    public LocalTemplate(SamTemplate template, String region) {
        this.template = template;
        this.root = template.path().toAbsolutePath().getParent();
        this.region = region;
    }

    public static LocalTemplate load(String region) {
        return new LocalTemplate(SamTemplate.load(), region);
    }

    public SamTemplate template() {
        return template;
    }

    /** The directory of template.yaml: CodeUri paths are relative to it. */
    public Path root() {
        return root;
    }

    /** The physical name of the template's one DynamoDB table (the TableName parameter's Default). */
    public String tableName() {
        return template.resources().entrySet().stream()
                .filter(e -> "AWS::DynamoDB::Table".equals(e.getValue().get("Type")))
                .map(e -> resolve(Map.of("Ref", e.getKey())))
                .findFirst().orElseThrow(() -> new IllegalStateException("template.yaml defines no DynamoDB table"));
    }

    /** The API Gateway stage the events claim to come from. */
    public String stage() {
        return template.resources().values().stream()
                .filter(r -> "AWS::Serverless::Api".equals(r.get("Type")))
                .map(r -> map(r.get("Properties")).get("StageName"))
                .filter(java.util.Objects::nonNull)
                .map(this::resolve)
                .findFirst().orElse("Prod");
    }

    public List<LocalFunction> functions() {
        Map<String, Object> globals = map(map(template.raw().get("Globals")).get("Function"));
        List<LocalFunction> functions = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            Map<String, Object> props = map(template.resources().get(f.logicalId()).get("Properties"));
            Map<String, String> env = new LinkedHashMap<>();
            f.environment().forEach((name, value) -> env.put(name, resolve(value)));
            functions.add(new LocalFunction(f.logicalId(), f.handler(), root.resolve(f.codeUri()), env,
                    integer(props, globals, "MemorySize", SAM_DEFAULT_MEMORY_MB),
                    integer(props, globals, "Timeout", SAM_DEFAULT_TIMEOUT_SECONDS),
                    f.routes()));
        }
        return functions;
    }

    public LocalFunction function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new UsageException("no function " + logicalId + " in template.yaml; functions: "
                        + functions().stream().map(LocalFunction::logicalId).toList()));
    }

    /** A scalar, {"Ref": x} or {"Fn::Sub": "…${x}…"}, as the string CloudFormation would pass. */
    public String resolve(Object value) {
        return switch (value) {
            case null -> throw new IllegalArgumentException("null value in template.yaml");
            case String s -> s;
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case Map<?, ?> m when m.size() == 1 && m.containsKey("Ref") -> ref(String.valueOf(m.get("Ref")));
            case Map<?, ?> m when m.size() == 1 && m.get("Fn::Sub") instanceof String s -> sub(s);
            default -> throw new IllegalArgumentException("the local runner cannot resolve " + value + " in template.yaml");
        };
    }

    private String ref(String name) {
        switch (name) {
            case "AWS::Region" -> {
                return region;
            }
            case "AWS::AccountId" -> {
                return "000000000000";
            }
            case "AWS::StackName" -> {
                return "pressfacts-local";
            }
            default -> { }
        }
        Map<String, Object> parameter = map(map(template.raw().get("Parameters")).get(name));
        if (!parameter.isEmpty()) {
            if (parameter.get("Default") == null) {
                throw new IllegalArgumentException("parameter " + name + " has no Default to run locally with");
            }
            return resolve(parameter.get("Default"));
        }
        Map<String, Object> resource = template.resources().get(name);
        if (resource == null) {
            throw new IllegalArgumentException("!Ref " + name + ": no such parameter or resource in template.yaml");
        }
        // Ref of a table or function is its physical name: the explicit one, else a name of our own
        Map<String, Object> props = map(resource.get("Properties"));
        Object physical = props.get("TableName") != null ? props.get("TableName") : props.get("FunctionName");
        return physical != null ? resolve(physical) : name;
    }

    private String sub(String text) {
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ref(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private int integer(Map<String, Object> props, Map<String, Object> globals, String key, int fallback) {
        Object value = props.containsKey(key) ? props.get(key) : globals.get(key);
        return value == null ? fallback : Integer.parseInt(resolve(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
