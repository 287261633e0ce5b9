package org.pressfacts.store;

import org.pressfacts.http.Problems;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Writes any number of puts and deletes through BatchWriteItem: 25 per call (DynamoDB's limit), and the
 * UnprocessedItems of a throttled call sent again with exponential backoff and jitter, as the DynamoDB
 * developer guide asks. Bounded: past {@link #MAX_ATTEMPTS} calls for one chunk it gives up with a 503 problem,
 * and the caller (a stream record, a sweep) is retried as a whole, which is safe because every write is idempotent.
 */
final class BatchWriter {

    static final int MAX_BATCH = 25;
    static final int MAX_ATTEMPTS = 8;
    static final long BASE_DELAY_MILLIS = 50;
    static final long MAX_DELAY_MILLIS = 2_000;

    /** Sends one BatchWriteItem and answers its unprocessed requests (empty when everything was written). */
    private final UnaryOperator<List<WriteRequest>> send;
    private final Sleeper sleeper;

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    BatchWriter(UnaryOperator<List<WriteRequest>> send, Sleeper sleeper) {
        this.send = send;
        this.sleeper = sleeper;
    }

    void writeAll(List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += MAX_BATCH) {
            writeChunk(requests.subList(from, Math.min(from + MAX_BATCH, requests.size())));
        }
    }

    private void writeChunk(List<WriteRequest> chunk) {
        List<WriteRequest> pending = new ArrayList<>(chunk);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                backOff(attempt);
            }
            pending = new ArrayList<>(send.apply(pending));
            if (pending.isEmpty()) {
                return;
            }
        }
        throw Problems.storeUnavailable(NewsTable.RETRY_AFTER_SECONDS);
    }

    private void backOff(int attempt) {
        long ceiling = Math.min(MAX_DELAY_MILLIS, BASE_DELAY_MILLIS << attempt);
        try {
            sleeper.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.storeUnavailable(NewsTable.RETRY_AFTER_SECONDS);
        }
    }
}
