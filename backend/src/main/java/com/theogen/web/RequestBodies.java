package com.theogen.web;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/** Reading a whole request body, for uploads small enough to hold in memory (CSV imports). */
public final class RequestBodies {

    private RequestBodies() {}

    /**
     * The request's body as bytes, empty when it has none; a body over {@code maxBytes} fails the Mono with the
     * codec's limit error (mapped to a client error like any over-large body).
     */
    public static Mono<byte[]> bytes(ServerHttpRequest request, int maxBytes) {
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }
}
