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
        return "FUNCTION -e EVENT_FILE [--endpoint URL]   run one function once in a fresh JVM, like sam local invoke";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Args args = Args.parse(rawArgs, Map.of("--event", "-e", "--endpoint", "--endpoint"));
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
            return runChild(new LocalAws(dynamo.endpoint(), LocalAws.defaultRegion()), function, event, out);
        }
    }

    private static int runChild(LocalAws aws, LocalFunction function, Path event, PrintStream out)
            throws IOException, InterruptedException {
        Path bootstrap = Files.createTempDirectory("pressfacts-invoker");
        try {
            ChildJvm child = new ChildJvm(function, aws, BootstrapClasses.install(bootstrap), event);
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
        } finally {
            deleteTree(bootstrap);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
