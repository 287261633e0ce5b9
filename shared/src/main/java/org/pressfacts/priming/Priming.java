package org.pressfacts.priming;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A function's SnapStart priming, registered with org.crac: before Lambda snapshots the initialised container it
 * runs the warm-up once (SDK client, JSON mappers, knowledge base where the function tags), so every container
 * restored from the snapshot starts with those classes loaded and that code already run. Never per request.
 */
public final class Priming implements Resource {

    private static final System.Logger LOG = System.getLogger(Priming.class.getName());
    /** org.crac holds registered resources by weak reference: this keeps ours alive as long as the container. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final Supplier<List<String>> warmUp;

    private Priming(Supplier<List<String>> warmUp) {
        this.warmUp = warmUp;
    }

    /**
     * @param warmUp does the warm-up and says what it warmed, one line per thing; it must leave no trace in the
     *               table, since a snapshot may be taken many times
     */
    public static Priming register(Supplier<List<String>> warmUp) {
        Priming priming = new Priming(warmUp);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** Runs the warm-up now. @return what was warmed */
    public List<String> prime() {
        long start = System.nanoTime();
        List<String> warmed = List.copyOf(warmUp.get());
        LOG.log(System.Logger.Level.INFO, () -> "primed in %d ms: %s".formatted(
                (System.nanoTime() - start) / 1_000_000, String.join("; ", warmed)));
        return warmed;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to redo: the SDK resolves credentials per request and reopens connections the snapshot dropped
    }
}
