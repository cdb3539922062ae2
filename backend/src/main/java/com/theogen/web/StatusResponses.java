package com.theogen.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** Answers for resources that clients poll (job and run status). */
public final class StatusResponses {

    private StatusResponses() {}

    /**
     * A 200 carrying {@code etag}; for a GET whose {@code If-None-Match} matches it, Spring answers 304 Not
     * Modified without the body. Browsers may keep the answer but must revalidate it on every use ({@code
     * no-cache}), and only for this user ({@code private}).
     *
     * @param etag a weak or strong entity tag, quoted
     */
    public static <T> ResponseEntity<T> tagged(String etag, T body) {
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(body);
    }
}
