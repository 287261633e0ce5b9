package org.pressfacts.local.serve;

import org.pressfacts.local.LocalFunction;
import org.pressfacts.local.runtime.FunctionRuntime;
import org.pressfacts.local.runtime.LocalContext;
import org.pressfacts.local.runtime.StreamLogger;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every function of the template hosted in this JVM, each like one warm Lambda container: built on its first
 * invocation by its no-arg constructor, then reused, and running one invocation at a time.
 */
public final class FunctionHost implements AutoCloseable {

    private final Map<String, Hosted> functions = new LinkedHashMap<>();
    private final PrintStream log;

    FunctionHost(List<LocalFunction> functions, PrintStream log) {
        this.log = log;
        functions.forEach(f -> this.functions.put(f.logicalId(), new Hosted(f)));
    }

    public List<LocalFunction> functions() {
        return functions.values().stream().map(h -> h.function).toList();
    }

    /** Invokes a function with event JSON and returns its result JSON, as Lambda's Invoke API would. */
    public FunctionRuntime.Result invoke(String logicalId, byte[] event) {
        Hosted hosted = functions.get(logicalId);
        if (hosted == null) {
            throw new IllegalArgumentException("no function " + logicalId + " in template.yaml");
        }
        return hosted.invoke(event);
    }

    @Override
    public void close() {
        functions.values().forEach(Hosted::close);
    }

    private final class Hosted {
        final LocalFunction function;
        final ReentrantLock oneAtATime = new ReentrantLock();
        FunctionClassLoader loader;
        FunctionRuntime runtime;

        Hosted(LocalFunction function) {
            this.function = function;
        }

        FunctionRuntime.Result invoke(byte[] event) {
            oneAtATime.lock();
            try {
                if (runtime == null) {
                    coldStart();
                }
                LocalContext context = LocalContext.of(function.logicalId(), function.memoryMb(),
                        function.timeoutSeconds(), new StreamLogger(log));
                FunctionRuntime.Result result = runtime.invoke(event, context);
                if (result.handlerNanos() > function.timeoutSeconds() * 1_000_000_000L) {
                    log.printf("%s took longer than its Timeout of %d s: Lambda would have stopped it%n",
                            function.logicalId(), function.timeoutSeconds());
                }
                return result;
            } finally {
                oneAtATime.unlock();
            }
        }

        private void coldStart() {
            if (!Files.isRegularFile(function.jar())) {
                throw new IllegalStateException(function.jar() + " is not built: run `mvn -DskipTests package`");
            }
            Instant start = Instant.now();
            loader = new FunctionClassLoader(function.logicalId(), function.jar(), FunctionHost.class.getClassLoader());
            runtime = FunctionRuntime.start(function.handler(), loader);
            log.printf(Locale.ROOT, "%s cold start: Init Duration %.2f ms%n", function.logicalId(),
                    Duration.between(start, runtime.constructedAt()).toNanos() / 1e6);
        }

        void close() {
            try {
                if (loader != null) {
                    loader.close();
                }
            } catch (java.io.IOException e) {
                log.println("cannot close the class loader of " + function.logicalId() + ": " + e.getMessage());
            }
        }
    }
}
