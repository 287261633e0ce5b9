package org.pressfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.pressfacts.testing.SamTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Validates template.yaml against SAM's published JSON schema (draft-04), which is kept outside the project
 * (../shared/sam-schema/sam.schema.json in CI). The template is read by {@link SamTemplate}, so !Ref and other
 * short tags are checked in their long forms, as SAM's own validator sees them.
 *
 * <p>Usage: {@code SamSchemaCheck TEMPLATE SCHEMA}; exits 1 listing each error with its path, 0 when valid.
 */
public final class SamSchemaCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SamSchemaCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SamSchemaCheck TEMPLATE SCHEMA");
            System.exit(2);
        }
        Path template = Path.of(args[0]);
        List<String> errors = check(template, Path.of(args[1]));
        if (errors.isEmpty()) {
            System.out.println(template + ": valid against " + args[1]);
            return;
        }
        System.err.println(template + ": " + errors.size() + " schema error(s):");
        errors.forEach(e -> System.err.println("  " + e));
        System.exit(1);
    }

    /** networknt's messages usually start with the instance path already; add it where one does not. */
    private static String describe(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        return m.getMessage().startsWith(path) ? m.getMessage() : path + ": " + m.getMessage();
    }

    /** @return one line per error, "path: message", sorted by path; empty when the template is valid */
    public static List<String> check(Path template, Path schema) throws IOException {
        JsonNode schemaNode;
        try (InputStream in = Files.newInputStream(schema)) {
            schemaNode = MAPPER.readTree(in);
        }
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(schemaNode, SchemaValidatorsConfig.builder().build());
        JsonNode document = MAPPER.valueToTree(SamTemplate.load(template).raw());
        return validator.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(SamSchemaCheck::describe)
                .distinct()
                .toList();
    }
}
