package org.pressfacts.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A CMS that retries hard: the same article posted 100 times at once, as 100 Lambda containers would each take one
 * (every submission gets its own handler and service; they share only the table).
 */
class ConcurrentSubmissionIT {

    private static final int SUBMISSIONS = 100;

    @ParameterizedTest
    @Event(value = "submit-article.json", type = APIGatewayProxyRequestEvent.class)
    void oneHundredConcurrentSubmissionsOfOneArticleStoreOneArticleWithOneRevision(APIGatewayProxyRequestEvent event)
            throws Exception {
        TestTable table = TestTable.create();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<APIGatewayProxyResponseEvent>> answers = new ArrayList<>();
        try (ExecutorService containers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < SUBMISSIONS; i++) {
                SubmitArticleHandler handler = new SubmitArticleHandler(
                        new ArticleService(table.newsTable(), new ArticleCleaner(), Clock.systemUTC()));
                answers.add(containers.submit(() -> {
                    start.await();
                    return handler.handleRequest(event.clone(), null);
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<APIGatewayProxyResponseEvent> answer : answers) {
            statuses.add(answer.get().getStatusCode());
            ids.add(Json.MAPPER.readTree(answer.get().getBody()).get("id").asText());
        }

        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, (long) SUBMISSIONS - 1), byStatus, "one created, every other one unchanged");
        assertEquals(1, ids.stream().distinct().count());
        List<Map<String, AttributeValue>> items = table.client().query(q -> q.tableName(table.name())
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ARTICLE#" + ids.getFirst())))
                .consistentRead(true)).items();
        assertEquals(List.of("META"), items.stream().map(item -> item.get("SK").s()).toList(), "no frozen revision");
        assertEquals("1", items.getFirst().get("revision").n());
    }
}
