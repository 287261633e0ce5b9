package org.pressfacts.local;

import org.pressfacts.testing.Dynalite;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The DynamoDB the functions talk to: a dynalite we start (in memory or on disk), or an endpoint given to us. */
public final class LocalDynamo implements AutoCloseable {

    private final URI endpoint;
    private final Dynalite started;

    private LocalDynamo(URI endpoint, Dynalite started) {
        this.endpoint = endpoint;
        this.started = started;
    }

    /**
     * @param endpoint an endpoint to use instead of starting dynalite; when absent, the standard
     *                 AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL variable is used if set
     * @param dataDir  where dynalite keeps its data between runs; in memory when absent
     */
    public static LocalDynamo open(Optional<String> endpoint, Optional<Path> dataDir) throws java.io.IOException {
        Optional<String> given = endpoint.or(() -> env("AWS_ENDPOINT_URL_DYNAMODB")).or(() -> env("AWS_ENDPOINT_URL"));
        if (given.isPresent()) {
            return new LocalDynamo(URI.create(given.get()), null);
        }
        if (dataDir.isPresent()) {
            Files.createDirectories(dataDir.get());
        }
        Dynalite dynalite = Dynalite.start(dataDir.orElse(null), 0);
        return new LocalDynamo(dynalite.endpoint(), dynalite);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** True when we started dynalite (and so stop it on close). */
    public boolean started() {
        return started != null;
    }

    /** Creates the table from its template definition unless a table of that name exists. @return true if created */
    public boolean ensureTable(CreateTableRequest definition) {
        try (DynamoDbClient client = TestTable.client(endpoint)) {
            try {
                client.describeTable(b -> b.tableName(definition.tableName()));
                return false;
            } catch (ResourceNotFoundException absent) {
                client.createTable(definition);
                client.waiter().waitUntilTableExists(b -> b.tableName(definition.tableName()));
                return true;
            }
        }
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
