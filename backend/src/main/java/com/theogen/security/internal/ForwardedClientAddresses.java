package com.theogen.security.internal;

import com.theogen.security.ClientAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * {@link ClientAddresses} with a list of trusted proxies. Without any, the TCP peer is the client. With some, and
 * a request whose peer is one of them, {@code X-Forwarded-For} is read from the right: each trusted proxy appends
 * the address it received the request from, so the first entry from the right that is not a trusted proxy is the
 * client. Entries further left were sent by the client and are ignored, as are entries that are not IP literals.
 */
final class ForwardedClientAddresses implements ClientAddresses {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final InetAddress UNKNOWN = InetAddress.getLoopbackAddress();

    private final List<CidrRange> trusted;

    ForwardedClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(CidrRange::parse).toList();
    }

    @Override
    public InetAddress of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null || remote.getAddress() == null ? UNKNOWN : remote.getAddress();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = hops(request.getHeaders().get(X_FORWARDED_FOR));
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        if (headers != null) {
            headers.forEach(header -> {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.strip());
                    }
                }
            });
        }
        return hops;
    }
}
