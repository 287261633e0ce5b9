package org.pressfacts.local.serve;

import org.pressfacts.local.Args;
import org.pressfacts.local.Command;
import org.pressfacts.local.UsageException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code serve [--port 3000] [--data DIR] [--endpoint URL]}: the API on loopback until Ctrl-C. */
public final class ServeCommand implements Command {

    static final int DEFAULT_PORT = 3000;

    /** Hooks for the running API; empty for now (tagging will deliver stream events through one). */
    private final List<AfterRequest> hooks;

    public ServeCommand() {
        this(List.of());
    }

    public ServeCommand(List<AfterRequest> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "[--port 3000] [--data DIR] [--endpoint URL]   serve template.yaml's API on http://127.0.0.1:PORT";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(rawArgs, Map.of("--port", "-p", "--data", "--data", "--endpoint", "--endpoint"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected " + args.positional());
        }
        String key = apiKey();
        LocalApi.Options options = new LocalApi.Options(args.intOption("--port", DEFAULT_PORT),
                args.option("--endpoint"), args.option("--data").map(Path::of), key, hooks, out);
        LocalApi api = LocalApi.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping" + (api.startedDynalite() ? " (and dynalite)" : ""));
            api.close();
            stopped.countDown();
        }, "pressfacts-serve-shutdown"));

        out.println("Pressfacts API    " + api.url());
        out.println("x-api-key         " + key + (System.getenv("PRESSFACTS_API_KEY") == null
                ? "   (generated; set PRESSFACTS_API_KEY to choose one)" : "   (from PRESSFACTS_API_KEY)"));
        out.println("table             " + api.tableName());
        out.println("dynamodb          " + api.dynamoEndpoint() + (api.startedDynalite()
                ? options.dataDir().map(d -> "   (dynalite, data in " + d + ")").orElse("   (dynalite, in memory)")
                : "   (given endpoint)"));
        for (String route : api.routes()) {
            out.println("route             " + route);
        }
        out.println("example: curl -H 'x-api-key: " + key + "' " + api.url() + "/articles/ID   (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String apiKey() {
        String configured = System.getenv("PRESSFACTS_API_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
