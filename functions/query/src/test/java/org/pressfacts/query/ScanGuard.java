package org.pressfacts.query;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real DynamoDB client (talking to dynalite), refusing every Scan and recording each operation the query API
 * calls: routes must read by key or index only.
 */
final class ScanGuard {

    static final Set<String> READS_BY_KEY = Set.of("query", "getItem", "batchGetItem");

    private final List<String> calls = new CopyOnWriteArrayList<>();

    DynamoDbClient wrap(DynamoDbClient real) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("scan")) {
                throw new AssertionError("a request path issued a Scan");
            }
            if (!method.getDeclaringClass().equals(Object.class) && !name.equals("close")
                    && !name.equals("serviceName") && !name.equals("serviceClientConfiguration")) {
                calls.add(name);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }

    List<String> calls() {
        return List.copyOf(calls);
    }
}
