package org.pressfacts.feed;

import org.pressfacts.config.DataFile;

import org.pressfacts.config.Settings;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which hosts a fetch may reach: only those whose every resolved address is public (feed/blocked-networks.tsv
 * lists what is not). {@code allowedHostPorts} exempts exact {@code host:port} pairs, for local testing only.
 */
public final class AddressPolicy {

    /**
     * Comma-separated {@code host:port} pairs exempt from the address check. For tests and local demos against a
     * server on loopback; template.yaml never sets it, so a deployed function has none.
     */
    public static final String ALLOW_SETTING = "FEED_FETCH_ALLOW_HOSTS";

    private final List<Network> blocked;
    private final Set<String> allowedHostPorts;

    record Network(byte[] prefix, int bits, String reason) {

        static Network parse(String cidr, String reason) {
            String[] parts = cidr.split("/", 2);
            byte[] address = literal(parts[0]).getAddress();
            return new Network(address, Integer.parseInt(parts[1]), reason);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            int rest = bits % 8;
            if (!Arrays.equals(bytes, 0, full, prefix, 0, full)) {
                return false;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (bytes[full] & mask) == (prefix[full] & mask);
        }
    }

    AddressPolicy(List<Network> blocked, Set<String> allowedHostPorts) {
        this.blocked = List.copyOf(blocked);
        this.allowedHostPorts = Set.copyOf(allowedHostPorts);
    }

    /** The shipped block list; no exemptions. */
    public static AddressPolicy strict() {
        return new AddressPolicy(loadBlockedNetworks(), Set.of());
    }

    /** The shipped block list, exempting what {@value #ALLOW_SETTING} names (nothing unless it is set). */
    public static AddressPolicy fromEnvironment() {
        return strict().allowing(Settings.optional(ALLOW_SETTING).map(AddressPolicy::hostPorts).orElse(Set.of()));
    }

    /** This policy, also exempting exactly these {@code host:port} pairs (a test's own server). */
    public AddressPolicy allowing(Set<String> hostPorts) {
        return new AddressPolicy(blocked, hostPorts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    /** @throws FetchException naming the host, the address and why it is refused */
    void check(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host == null) {
            throw new FetchException("URL has no host: " + uri);
        }
        if (allowedHostPorts.contains(hostPort(uri))) {
            return;
        }
        if (isAmbiguousIpv4(host)) {
            throw new FetchException("refused " + hostPort(uri) + ": an IPv4 address must be written as four decimals");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve host " + host);
        }
        // every address, not just the first: a name answering one public and one private address is refused
        for (InetAddress address : addresses) {
            String reason = refusal(address);
            if (reason != null) {
                throw new FetchException("refused " + hostPort(uri) + ": it resolves to " + address.getHostAddress()
                        + ", " + reason);
            }
        }
    }

    private static final Pattern NUMERIC_LABEL = Pattern.compile("\\d+|0[xX][0-9a-fA-F]*");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /**
     * Whether a host is an IPv4 address in a form other than four plain decimals (2130706433, 0177.0.0.1, 1.2.3):
     * browsers and curl read 0177 as octal 127, Java as decimal 177, so such a host means different machines to
     * different readers (a classic SSRF filter bypass). WHATWG URL: a host whose last label is numeric is IPv4.
     */
    public static boolean isAmbiguousIpv4(String host) {
        String[] labels = host.split("\\.", -1);
        return NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches() && !DOTTED_QUAD.matcher(host).matches();
    }

    /** Why this address is refused, or null when it is public. */
    String refusal(InetAddress address) {
        for (Network network : blocked) {
            if (network.contains(address)) {
                return network.reason();
            }
        }
        return null;
    }

    static String hostPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host + ":" + port;
    }

    private static Set<String> hostPorts(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(entry -> {
            if (!entry.matches("[^:/\\s]+:\\d{1,5}|\\[[0-9a-fA-F:.]+]:\\d{1,5}")) {
                throw new IllegalStateException(ALLOW_SETTING + ": '" + entry + "' is not host:port");
            }
            return entry;
        }).collect(Collectors.toSet());
    }

    /** Parses an address literal without any DNS lookup. */
    static InetAddress literal(String address) {
        if (!address.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address literal: " + address);
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + address, e);
        }
    }

    private static List<Network> loadBlockedNetworks() {
        List<Network> networks = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows("feed/blocked-networks.tsv", 2)) {
            if (!row.columns()[0].contains("/")) {
                throw new IllegalStateException("feed/blocked-networks.tsv:" + row.line() + ": expected CIDR <TAB> reason");
            }
            networks.add(Network.parse(row.columns()[0], row.columns()[1]));
        }
        return List.copyOf(networks);
    }
}
