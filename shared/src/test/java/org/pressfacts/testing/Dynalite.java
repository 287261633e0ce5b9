package org.pressfacts.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A dynalite process (our local DynamoDB, installed by the build from local/dynalite/package-lock.json) on a free
 * loopback port. In memory unless given a data directory.
 */
public final class Dynalite implements AutoCloseable {

    private static Dynalite shared;

    private final Process process;
    private final int port;

    private Dynalite(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** One process for the whole test JVM, stopped when the JVM exits. */
    public static synchronized Dynalite shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** @param dataDir LevelDB directory to keep data between runs, or null for memory; @param port 0 for any free port */
    public static Dynalite start(Path dataDir, int port) {
        Path cli = installDir().resolve("node_modules/dynalite/cli.js");
        if (!Files.exists(cli)) {
            throw new IllegalStateException("dynalite is not installed at " + cli
                    + ": run `mvn initialize` (it runs npm ci in local/dynalite)");
        }
        int chosen = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of(node(), cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(chosen),
                // dynalite mimics DynamoDB's slow CREATING state by default; locally there is nothing to wait for
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dataDir != null) {
            command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitPort(process, chosen, Duration.ofSeconds(20));
            return new Dynalite(process, chosen);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dynalite with " + command + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static Path installDir() {
        String configured = System.getProperty("dynalite.dir");
        return configured != null ? Path.of(configured) : SamTemplate.projectRoot().resolve("local/dynalite");
    }

    private static String node() {
        String configured = System.getenv("PRESSFACTS_NODE");
        return configured != null ? configured : "node";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    private static void awaitPort(Process process, int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with code " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within " + timeout);
    }
}
