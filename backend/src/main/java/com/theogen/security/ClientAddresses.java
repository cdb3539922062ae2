package com.theogen.security;

import java.net.InetAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client behind a request, for per-client limits. {@code X-Forwarded-For} is believed only
 * when the TCP peer is one of {@code theogen.security.trusted-proxies}, and then only the hops those proxies
 * appended: the address is the rightmost entry that is not a trusted proxy. A client cannot choose its address
 * by sending the header itself (docs/adr/018).
 */
public interface ClientAddresses {

    /** The client's address; the loopback address when the server cannot tell (no peer, e.g. in-memory tests). */
    InetAddress of(ServerHttpRequest request);
}
