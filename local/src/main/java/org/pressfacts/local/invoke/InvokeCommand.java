package org.pressfacts.local.invoke;

import org.pressfacts.local.Args;
import org.pressfacts.local.Command;
import org.pressfacts.local.LocalAws;
import org.pressfacts.local.LocalDynamo;
import org.pressfacts.local.LocalFunction;
import org.pressfacts.local.LocalTemplate;
import org.pressfacts.local.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code invoke FUNCTION -e EVENT_FILE [--endpoint URL]}: runs the function's built jar once in a fresh JVM with
 * Lambda's flags and environment, prints its result and Lambda's REPORT line.
 */
public final class InvokeCommand implements Command {

    @Override
    public String name() {
        return "invoke";
    }

    @Override
    public String usage() {
        return "FUNCTION -e EVENT_FILE [--endpoint URL] [--invocations N] [--aot-cache FILE]   run one function in a fresh"
                + " JVM, like sam local invoke; N-1 warm invocations follow the cold one; --aot-cache first trains FILE"
                + " on the same event (JDK 25, JEP 514) and measures the run that starts from it";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Args args = Args.parse(rawArgs, Map.of("--event", "-e", "--endpoint", "--endpoint",
                "--invocations", "--invocations", "--aot-cache", "--aot-cache"));
        int invocations = args.intOption("--invocations", 1);
        if (invocations < 1) {
            throw new UsageException("--invocations must be at least 1");
        }
        Optional<Path> aotCache = args.option("--aot-cache").map(Path::of);
        if (args.positional().size() != 1) {
            throw new UsageException("name one function of template.yaml");
        }
        Path event = Path.of(args.option("--event").orElseThrow(() -> new UsageException("-e EVENT_FILE is required")));
        if (!Files.isRegularFile(event)) {
            throw new UsageException("no event file " + event);
        }
        LocalTemplate template = LocalTemplate.load(LocalAws.defaultRegion());
        LocalFunction function = template.function(args.positional().getFirst());
        if (!Files.isRegularFile(function.jar())) {
            throw new IllegalStateException(function.jar() + " is not built: run `mvn -DskipTests package`");
        }
        try (LocalDynamo dynamo = LocalDynamo.open(args.option("--endpoint"), Optional.empty())) {
            if (dynamo.started()) {
                dynamo.ensureTable(template.template().tableDefinition(template.tableName()));
            }
            return runChild(new LocalAws(dynamo.endpoint(), LocalAws.defaultRegion()), function, event, invocations,
                    aotCache, out);
        }
    }

    private static int runChild(LocalAws aws, LocalFunction function, Path event, int invocations,
                                Optional<Path> aotCache, PrintStream out) throws IOException, InterruptedException {
        // one bootstrap directory for training and measured run: an AOT cache is only used with the same classpath
        Path bootstrap = Files.createTempDirectory("pressfacts-invoker");
        try {
            List<Path> classpath = BootstrapClasses.install(bootstrap);
            if (aotCache.isPresent()) {
                Path cache = aotCache.get().toAbsolutePath();
                Files.deleteIfExists(cache);
                int trained = runOne(new ChildJvm(function, aws, classpath, event, 1, ChildJvm.aotTraining(cache)),
                        System.err);
                if (trained != 0 || !Files.isRegularFile(cache)) {
                    throw new IllegalStateException("the AOT training run failed (exit " + trained + "), see above");
                }
                return runOne(new ChildJvm(function, aws, classpath, event, invocations, ChildJvm.aotCache(cache)), out);
            }
            return runOne(new ChildJvm(function, aws, classpath, event, invocations, List.of()), out);
        } finally {
            deleteTree(bootstrap);
        }
    }

    private static int runOne(ChildJvm child, PrintStream out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(child.command())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(child.environment());
        Process process = builder.start();
        process.getOutputStream().close();
        try (InputStream stdout = process.getInputStream()) {
            stdout.transferTo(out);
        }
        out.flush();
        return process.waitFor();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
