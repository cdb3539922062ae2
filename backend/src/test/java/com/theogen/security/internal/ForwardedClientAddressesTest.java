package com.theogen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Who the client is: X-Forwarded-For is believed only from trusted proxies, and only the hops they wrote. */
class ForwardedClientAddressesTest {

    static MockServerHttpRequest from(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request =
                MockServerHttpRequest.post("/api/auth/login").remoteAddress(new InetSocketAddress(peer, 40_000));
        for (String header : forwardedFor) {
            request.header("X-Forwarded-For", header);
        }
        return request.build();
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ForwardedClientAddresses addresses = new ForwardedClientAddresses(List.of());

        assertThat(addresses.of(from("203.0.113.5", "198.51.100.1")).getHostAddress())
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddress() {
        ForwardedClientAddresses addresses = new ForwardedClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("203.0.113.5", "10.1.1.1, 198.51.100.1")).getHostAddress())
                .isEqualTo("203.0.113.5");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightmostUntrustedHop() {
        ForwardedClientAddresses addresses = new ForwardedClientAddresses(List.of("10.0.0.0/8", "192.0.2.7"));

        // the client sent a made-up header; the edge proxy appended the real client, the inner one the edge proxy
        assertThat(addresses
                        .of(from("10.0.0.2", "6.6.6.6, 198.51.100.23, 192.0.2.7"))
                        .getHostAddress())
                .isEqualTo("198.51.100.23");
        assertThat(addresses
                        .of(from("10.0.0.2", "6.6.6.6", "198.51.100.23:5123"))
                        .getHostAddress())
                .isEqualTo("198.51.100.23");
        assertThat(addresses.of(from("10.0.0.2", "[2001:db8::7]:443")).getHostAddress())
                .isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void garbageOrMissingHopsFallBackToTheNearestKnownAddress() {
        ForwardedClientAddresses addresses = new ForwardedClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("10.0.0.2")).getHostAddress()).isEqualTo("10.0.0.2");
        assertThat(addresses.of(from("10.0.0.2", "evil.example.org")).getHostAddress())
                .isEqualTo("10.0.0.2");
        assertThat(addresses.of(from("10.0.0.2", "198.51.100.1, 999.1.1.1")).getHostAddress())
                .isEqualTo("10.0.0.2");
        assertThat(addresses.of(from("10.0.0.2", "10.0.0.9, 10.0.0.3")).getHostAddress())
                .isEqualTo("10.0.0.9");
    }

    @Test
    void refusesTrustedProxiesThatAreNotAddressesOrRanges() {
        assertThatThrownBy(() -> new ForwardedClientAddresses(List.of("proxy.internal")))
                .hasMessageContaining("theogen.security.trusted-proxies")
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ForwardedClientAddresses(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ForwardedClientAddresses(List.of("::1/128", "fd00::/8"))
                        .of(from("fd00::5", "2001:db8::9"))
                        .getHostAddress())
                .isEqualTo("2001:db8:0:0:0:0:0:9");
    }
}
