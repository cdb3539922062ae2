package com.theogen.export;

import com.theogen.support.ApiClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Downloads files larger than the application's 256 KB in-memory codec limit, which the test client shares. */
final class Downloads {

    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private Downloads() {}

    static EntityExchangeResult<byte[]> get(ApiClient api, String token, String uri) {
        return api.http()
                .mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BYTES))
                .build()
                .get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult();
    }
}
