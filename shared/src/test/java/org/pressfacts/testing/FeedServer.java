package org.pressfacts.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 and a free port, serving feeds and pages for the feed tests. Records every request
 * (path and headers) so tests can assert what was fetched, and what never was.
 */
public final class FeedServer implements AutoCloseable {

    /** Answers one request; {@code request} holds its headers. */
    @FunctionalInterface
    public interface Route {
        void answer(Headers request, HttpExchange exchange) throws IOException;
    }

    public record Request(String path, Headers headers) {}

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String path = exchange.getRequestURI().getRawPath();
                    feeds.requests.add(new Request(path, exchange.getRequestHeaders()));
                    Route route = feeds.routes.get(path);
                    if (route == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        route.answer(exchange.getRequestHeaders(), exchange);
                    }
                }
            });
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed server", e);
        }
    }

    /** {@code 127.0.0.1:port}, as an address-policy exemption names it. */
    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String base() {
        return "http://" + hostPort();
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    public void route(String path, Route route) {
        routes.put(path, route);
    }

    /** Serves {@code body} with status 200; {base} in it becomes this server's base URL. */
    public void serve(String path, String contentType, String body) {
        byte[] bytes = body.replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
        route(path, (request, exchange) -> send(exchange, 200, contentType, bytes));
    }

    /** Serves a test resource (feeds/rss2.xml, …) with {base} replaced. */
    public void serveResource(String path, String contentType, String resource) {
        serve(path, contentType, resource(resource));
    }

    public void redirect(String path, int status, String location) {
        route(path, (request, exchange) -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String resource(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int hits(String path) {
        return requests(path).size();
    }

    public int totalHits() {
        return requests.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
