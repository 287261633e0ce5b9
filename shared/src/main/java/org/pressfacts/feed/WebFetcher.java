package org.pressfacts.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * GETs feeds and article pages from the public web and nowhere else: http and https only, every hop's host
 * checked by {@link AddressPolicy} after DNS resolution, redirects followed by hand (at most 3, each checked),
 * connect and read timeouts, and at most 5 MiB read (after gzip decoding, so a compressed bomb stops there too).
 * <p>
 * The connection resolves the host again after the check; the JVM caches the answer it just gave the check
 * (networkaddress.cache.ttl, 30 s by default), which narrows DNS rebinding to a cache expiring between the two.
 */
public final class WebFetcher {

    public static final int MAX_BYTES = 5 << 20;
    public static final int MAX_REDIRECTS = 3;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Per read, not per response. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** Whole-body limit: a server trickling a byte per read timeout is cut off here. */
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);
    public static final String USER_AGENT = "Pressfacts-FeedFetcher/0.1 (+https://pressfacts.org/feed-fetcher)";

    private final AddressPolicy policy;

    public WebFetcher(AddressPolicy policy) {
        this.policy = policy;
    }

    /** What a GET answered. */
    public sealed interface Response permits Fetched, NotModified {
        URI uri();
    }

    /** A 2xx body, decoded; {@code uri} is where the last redirect led. */
    public record Fetched(URI uri, String contentType, String etag, String lastModified, byte[] body)
            implements Response {}

    /** A 304 to a conditional GET. */
    public record NotModified(URI uri) implements Response {}

    /**
     * @param validators sent as If-None-Match / If-Modified-Since; {@link Feed.Validators#NONE} for a plain GET
     * @throws FetchException for a refused address or scheme, too many redirects, a non-2xx answer, a timeout or an
     *                        oversized body; nothing is returned half-read
     */
    public Response get(URI start, Feed.Validators validators, String accept) throws FetchException {
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(uri);
            policy.check(uri);
            HttpURLConnection connection = open(uri, validators, accept);
            try {
                int status = connection.getResponseCode();
                if (isRedirect(status)) {
                    uri = redirectTarget(uri, connection.getHeaderField("Location"), status);
                    continue;
                }
                if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                    return new NotModified(uri);
                }
                if (status < 200 || status > 299) {
                    throw new FetchException("HTTP " + status + " from " + uri, status);
                }
                return new Fetched(uri, connection.getContentType(), connection.getHeaderField("ETag"),
                        connection.getHeaderField("Last-Modified"), readBody(connection, uri));
            } catch (SocketTimeoutException e) {
                throw new FetchException("timed out reading " + uri);
            } catch (IOException e) {
                throw new FetchException("cannot fetch " + uri + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } finally {
                connection.disconnect();
            }
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + start);
    }

    private static HttpURLConnection open(URI uri, Feed.Validators validators, String accept) throws FetchException {
        try {
            // NO_PROXY: a proxy would resolve the host itself, after our check
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setUseCaches(false);
            connection.setRequestProperty("User-Agent", USER_AGENT);
            connection.setRequestProperty("Accept", accept);
            connection.setRequestProperty("Accept-Encoding", "gzip");
            if (validators.etag() != null) {
                connection.setRequestProperty("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                connection.setRequestProperty("If-Modified-Since", validators.lastModified());
            }
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("cannot open " + uri + ": " + e.getMessage());
        }
    }

    private static byte[] readBody(HttpURLConnection connection, URI uri) throws IOException, FetchException {
        if (connection.getContentLengthLong() > MAX_BYTES) {
            throw new FetchException("response of " + connection.getContentLengthLong() + " bytes from " + uri
                    + " exceeds the limit of 5 MiB", connection.getResponseCode());
        }
        String encoding = connection.getContentEncoding();
        try (InputStream raw = connection.getInputStream();
             InputStream body = encoding == null || encoding.equalsIgnoreCase("identity") ? raw
                     : encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip") ? new GZIPInputStream(raw)
                     : null) {
            if (body == null) {
                throw new FetchException("unsupported Content-Encoding " + encoding + " from " + uri);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long deadline = System.nanoTime() + BODY_TIMEOUT.toNanos();
            int n;
            while ((n = body.read(buffer)) != -1) {
                if (System.nanoTime() > deadline) {
                    throw new FetchException("reading " + uri + " took longer than " + BODY_TIMEOUT.toSeconds() + " s");
                }
                if (out.size() + n > MAX_BYTES) {
                    throw new FetchException("response from " + uri + " exceeds the limit of 5 MiB",
                            connection.getResponseCode());
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, String location, int status) throws FetchException {
        if (location == null || location.isBlank()) {
            throw new FetchException("HTTP " + status + " without Location from " + from, status);
        }
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new FetchException("invalid redirect Location from " + from + ": " + e.getReason(), status);
        }
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https are fetched, not " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException("URLs with credentials are not fetched: " + uri.getHost());
        }
    }
}
