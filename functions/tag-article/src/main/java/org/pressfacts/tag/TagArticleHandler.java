package org.pressfacts.tag;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import org.pressfacts.observability.Log;
import org.pressfacts.priming.Priming;
import org.pressfacts.store.StreamImage;
import org.pressfacts.tagging.pipeline.TaggingService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The table's stream: tags each article revision that became PENDING. A record that fails is reported by its
 * sequence number (template.yaml sets ReportBatchItemFailures) so Lambda retries from it, not the whole batch.
 */
public final class TagArticleHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** The event source's filter already passes only these; checked again so a widened filter cannot misfire. */
    private static final Set<String> CHANGES = Set.of("INSERT", "MODIFY");

    private final TaggingService tagging;

    public TagArticleHandler() {
        this(TaggingService.fromEnvironment());  // built once per cold start
        Priming.register(tagging::prime);  // run once, before SnapStart's snapshot
    }

    TagArticleHandler(TaggingService tagging) { this.tagging = tagging; }  // tests use this one

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Log.within(context, null, () -> tagAll(event));
    }

    private StreamsEventResponse tagAll(DynamodbEvent event) {
        List<BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbStreamRecord record : event.getRecords()) {
            try {
                tag(record);
            } catch (RuntimeException e) {
                Log.error("cannot tag from stream record", e, "eventId", record.getEventID(),
                        "sequenceNumber", record.getDynamodb() == null ? null : record.getDynamodb().getSequenceNumber());
                if (record.getDynamodb() == null || record.getDynamodb().getSequenceNumber() == null) {
                    throw e;  // nothing to report it by: fail the whole batch, which Lambda bisects
                }
                failures.add(new BatchItemFailure(record.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }

    private void tag(DynamodbStreamRecord record) {
        if (CHANGES.contains(record.getEventName()) && record.getDynamodb() != null) {
            StreamImage.pendingRevision(record.getDynamodb().getNewImage())
                    .ifPresent(pending -> tagging.tagRevision(pending.articleId(), pending.revision()));
        }
    }
}
