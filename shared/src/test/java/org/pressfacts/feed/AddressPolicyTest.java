package org.pressfacts.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped block list, on address literals (no DNS needed). */
class AddressPolicyTest {

    private final AddressPolicy policy = AddressPolicy.strict();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "192.0.0.192", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
            "64:ff9b::a00:1", "2002:a00:1::1", "ff02::1"})
    void refusesNonPublicAddresses(String address) {
        assertNotNull(policy.refusal(AddressPolicy.literal(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2a00:1450:4007:80e::200e"})
    void acceptsPublicAddresses(String address) {
        assertNull(policy.refusal(AddressPolicy.literal(address)), address);
    }

    @Test
    void anExemptionIsOneExactHostAndPort() {
        AddressPolicy allowing = policy.allowing(Set.of("127.0.0.1:8123"));
        assertDoesNotThrow(() -> allowing.check(URI.create("http://127.0.0.1:8123/feed.xml")));
        FetchException otherPort = assertThrows(FetchException.class,
                () -> allowing.check(URI.create("http://127.0.0.1:8124/feed.xml")));
        assertTrue(otherPort.getMessage().contains("loopback"), otherPort.getMessage());
        assertThrows(FetchException.class, () -> allowing.check(URI.create("http://[::1]:8123/feed.xml")));
    }

    @Test
    void theDefaultPortCountsAsThePort() {
        AddressPolicy allowing = policy.allowing(Set.of("127.0.0.1:80"));
        assertDoesNotThrow(() -> allowing.check(URI.create("http://127.0.0.1/feed.xml")));
        assertThrows(FetchException.class, () -> allowing.check(URI.create("https://127.0.0.1/feed.xml")));
    }

    @Test
    void nothingIsExemptUnlessTheSettingIsGiven() {
        FetchException refused = assertThrows(FetchException.class,
                () -> AddressPolicy.fromEnvironment().check(URI.create("http://localhost:8123/")));
        assertTrue(refused.getMessage().startsWith("refused localhost:8123"), refused.getMessage());
    }
}
