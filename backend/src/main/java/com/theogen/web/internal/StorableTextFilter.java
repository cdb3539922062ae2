package com.theogen.web.internal;

import com.theogen.web.TextInput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose path or query parameters carry a NUL character (U+0000, sent as {@code %00}) with
 * {@code INVALID_TEXT}, before any endpoint uses the value in a query or stores it. JSON bodies get the same
 * check in the JSON mapper ({@link StrictJsonConfiguration}).
 */
@Component
class StorableTextFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getPath().value().toLowerCase(Locale.ROOT).contains("%00")) {
            return Mono.error(TextInput.invalid("path"));
        }
        for (Map.Entry<String, List<String>> parameter :
                request.getQueryParams().entrySet()) {
            if (!TextInput.storable(parameter.getKey())
                    || !parameter.getValue().stream().allMatch(TextInput::storable)) {
                return Mono.error(
                        TextInput.invalid(TextInput.storable(parameter.getKey()) ? parameter.getKey() : null));
            }
        }
        return chain.filter(exchange);
    }
}
