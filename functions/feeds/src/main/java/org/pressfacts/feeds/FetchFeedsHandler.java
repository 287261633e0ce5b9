package org.pressfacts.feeds;

import org.pressfacts.priming.Priming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.pressfacts.feed.FeedIngestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * On the feed schedule: fetches every due feed and submits new items as articles, stopping early enough to finish
 * within the function's timeout (the next run resumes). Answers a one-line summary, like the sweeper.
 */
public final class FetchFeedsHandler implements RequestHandler<ScheduledEvent, String> {

    /** Room left for the feed or page in flight: a page read is bounded at 5 s connect + 30 s body. */
    static final Duration SAFETY_MARGIN = Duration.ofSeconds(40);
    /** Without a Lambda context (a test, a local call) a run gets what template.yaml's Timeout would give. */
    static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);

    private final FeedIngestion ingestion;
    private final Clock clock;

    public FetchFeedsHandler() {
        this(FeedIngestion.fromEnvironment(), Clock.systemUTC());  // once per cold start
        Priming.register(ingestion::prime);  // run once, before SnapStart's snapshot
    }
    FetchFeedsHandler(FeedIngestion ingestion, Clock clock) { this.ingestion = ingestion; this.clock = clock; }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        Duration budget = context == null ? DEFAULT_BUDGET : Duration.ofMillis(context.getRemainingTimeInMillis());
        Instant deadline = clock.instant().plus(budget).minus(SAFETY_MARGIN);
        return ingestion.run(deadline).summary();
    }
}
