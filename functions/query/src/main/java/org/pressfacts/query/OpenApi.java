package org.pressfacts.query;

import org.pressfacts.http.Responses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** openapi.yaml, the API Gateway definition of the API (template.yaml includes it), served as GET /openapi.yaml. */
final class OpenApi {

    static final String RESOURCE = "/openapi.yaml";
    static final Responses.Serialized DOCUMENT = new Responses.Serialized("application/yaml", read());

    private OpenApi() {}

    private static String read() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not packaged with the query function");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
