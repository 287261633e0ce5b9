package org.pressfacts.testing;

import org.pressfacts.store.NewsTable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.net.URI;
import java.util.UUID;

/** A fresh table, created from template.yaml's definition, in the shared dynalite of this test JVM. */
public final class TestTable {

    private final DynamoDbClient client;
    private final String name;

    private TestTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public static TestTable create() {
        return create(Dynalite.shared().endpoint());
    }

    public static TestTable create(URI endpoint) {
        DynamoDbClient client = client(endpoint);
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        client.createTable(SamTemplate.load().tableDefinition(name));
        awaitActive(client, name);
        return new TestTable(client, name);
    }

    public static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The SDK waiter polls every 20 s; dynalite is ready within milliseconds. */
    public static void awaitActive(DynamoDbClient client, String name) {
        for (int i = 0; i < 200; i++) {
            if (client.describeTable(b -> b.tableName(name)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("table " + name + " did not become ACTIVE");
    }

    public DynamoDbClient client() {
        return client;
    }

    public String name() {
        return name;
    }

    public NewsTable newsTable() {
        return new NewsTable(client, name);
    }
}
