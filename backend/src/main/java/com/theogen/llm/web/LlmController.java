package com.theogen.llm.web;

import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Language model")
@RestController
class LlmController {

    private final LlmClient client;

    LlmController(LlmClient client) {
        this.client = client;
    }

    @Operation(
            operationId = "getLlmStatus",
            summary = "Model configuration, and whether runs you start would use a model, your key or go offline",
            description = "Send your own key in " + ByoKey.HEADER + " to check how it would be used; the key is "
                    + "neither stored, logged nor returned.")
    @GetMapping("/api/llm/status")
    Mono<LlmStatusResponse> status(
            @Parameter(description = "your own provider API key (optional)")
                    @RequestHeader(name = ByoKey.HEADER, required = false)
                    String userKey) {
        // deciding access is in-memory work, safe on the event loop
        return Mono.fromCallable(
                () -> LlmStatusResponse.of(client.status(), client.access(ByoKey.fromHeader(userKey))));
    }
}
