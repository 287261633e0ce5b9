package org.pressfacts.store;

import org.junit.jupiter.api.Test;
import org.pressfacts.http.ProblemException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arithmetic of the retry loop (chunk sizes, backoff bounds) with the sleeps recorded instead of slept. The real
 * path, BatchWriteItem answering UnprocessedItems over HTTP, is {@link BatchWriterIT}, through the fault proxy.
 */
class BatchWriterTest {

    private final List<Long> sleeps = new ArrayList<>();

    @Test
    void sendsAtMost25RequestsPerCall() {
        List<Integer> sizes = new ArrayList<>();
        new BatchWriter(batch -> {
            sizes.add(batch.size());
            return List.of();
        }, sleeps::add).writeAll(requests(60));
        assertEquals(List.of(25, 25, 10), sizes);
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void resendsOnlyTheUnprocessedRequestsWithGrowingBackoffUntilAllAreWritten() {
        List<List<WriteRequest>> calls = new ArrayList<>();
        new BatchWriter(batch -> {
            calls.add(batch);
            return calls.size() < 3 ? batch.subList(0, batch.size() / 2) : List.of();
        }, sleeps::add).writeAll(requests(20));
        assertEquals(List.of(20, 10, 5), calls.stream().map(List::size).toList());
        assertEquals(calls.get(1), calls.get(0).subList(0, 10));
        assertEquals(2, sleeps.size());
        // jitter within [ceiling/2, ceiling], the ceiling doubling per attempt: 100 ms, then 200 ms
        assertTrue(sleeps.get(0) >= 50 && sleeps.get(0) <= 100, sleeps.toString());
        assertTrue(sleeps.get(1) >= 100 && sleeps.get(1) <= 200, sleeps.toString());
    }

    @Test
    void givesUpWithA503ProblemAfterBoundedAttempts() {
        int[] calls = {0};
        ProblemException e = assertThrows(ProblemException.class, () -> new BatchWriter(batch -> {
            calls[0]++;
            return batch;
        }, sleeps::add).writeAll(requests(3)));
        assertEquals(503, e.problem().status());
        assertEquals(BatchWriter.MAX_ATTEMPTS, calls[0]);
        assertTrue(sleeps.stream().allMatch(ms -> ms <= BatchWriter.MAX_DELAY_MILLIS), sleeps.toString());
    }

    private static List<WriteRequest> requests(int n) {
        return IntStream.range(0, n).mapToObj(i -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                .key(Map.of("PK", AttributeValue.fromS("ARTICLE#" + i), "SK", AttributeValue.fromS("META")))
                .build()).build()).toList();
    }
}
