package org.pressfacts.tag;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.pressfacts.config.Settings;
import org.pressfacts.priming.Priming;
import org.pressfacts.tagging.pipeline.TaggingService;

import java.time.Clock;
import java.time.Duration;

/**
 * Every few minutes: tags revisions left PENDING longer than PENDING_AGE_MINUTES (a stream record that went to the
 * dead-letter queue, a tagging that crashed), at most SWEEP_LIMIT per run so a backlog drains over several runs.
 * Answers a one-line summary: a String because the runtime's serializer may not handle records.
 */
public final class SweepPendingHandler implements RequestHandler<ScheduledEvent, String> {

    static final int DEFAULT_PENDING_AGE_MINUTES = 5;
    /** Tagging takes up to a few hundred ms per long article; 25 fit well inside the 20 s timeout. */
    static final int DEFAULT_SWEEP_LIMIT = 25;

    private final TaggingService tagging;
    private final Clock clock;
    private final Duration pendingAge;
    private final int limit;

    public SweepPendingHandler() {
        this(TaggingService.fromEnvironment(), Clock.systemUTC(),
                Duration.ofMinutes(setting("PENDING_AGE_MINUTES", DEFAULT_PENDING_AGE_MINUTES)),
                setting("SWEEP_LIMIT", DEFAULT_SWEEP_LIMIT));
        Priming.register(tagging::prime);  // run once, before SnapStart's snapshot
    }

    SweepPendingHandler(TaggingService tagging, Clock clock, Duration pendingAge, int limit) {
        this.tagging = tagging;
        this.clock = clock;
        this.pendingAge = pendingAge;
        this.limit = limit;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        TaggingService.SweepReport report = tagging.sweepPending(clock.instant().minus(pendingAge), limit);
        return "found=%d tagged=%d skipped=%d failed=%d".formatted(
                report.found(), report.tagged(), report.skipped(), report.failed());
    }

    private static int setting(String name, int fallback) {
        return Settings.optional(name).map(Integer::parseInt).orElse(fallback);
    }
}
