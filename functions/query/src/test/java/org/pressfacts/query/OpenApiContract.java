package org.pressfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.pressfacts.http.Json;
import org.yaml.snakeyaml.Yaml;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** openapi.yaml as a contract: a real response must have a documented status and match the documented schema. */
final class OpenApiContract {

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    OpenApiContract() {
        Map<String, Object> yaml = new Yaml().load(OpenApi.DOCUMENT.text());
        this.document = Json.MAPPER.valueToTree(yaml);
    }

    JsonNode document() {
        return document;
    }

    void check(APIGatewayProxyRequestEvent request, APIGatewayProxyResponseEvent response) {
        String method = request.getHttpMethod().toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(request.getResource()).path(method);
        if (operation.isMissingNode()) {
            fail("openapi.yaml has no " + method + " " + request.getResource());
        }
        JsonNode documented = operation.path("responses").path(Integer.toString(response.getStatusCode()));
        if (documented.isMissingNode()) {
            fail(method + " " + request.getResource() + " answered " + response.getStatusCode()
                    + ", which openapi.yaml does not document: " + response.getBody());
        }
        documented = resolve(documented);
        if (!documented.has("content")) {
            assertTrue(response.getBody() == null || response.getBody().isEmpty(), "undocumented body");
            return;
        }
        String contentType = response.getHeaders().get("Content-Type");
        JsonNode media = documented.path("content").path(contentType);
        if (media.isMissingNode()) {
            fail("openapi.yaml documents no " + contentType + " for " + response.getStatusCode());
        }
        if (!contentType.endsWith("json")) {
            return;
        }
        ObjectNode schema = document.deepCopy();  // so that #/components/... references resolve
        schema.setAll((ObjectNode) media.get("schema"));
        JsonSchema validator = schemas.getSchema(schema);
        Set<ValidationMessage> errors = validator.validate(Json.MAPPER.valueToTree(read(response.getBody())));
        assertTrue(errors.isEmpty(), method + " " + request.getResource() + " " + response.getStatusCode() + ": "
                + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        return ref == null ? node : document.at(ref.substring(1));
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + body, e);
        }
    }
}
