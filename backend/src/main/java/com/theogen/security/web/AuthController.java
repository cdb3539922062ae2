package com.theogen.security.web;

import com.theogen.security.Accounts;
import com.theogen.security.AuthenticatedUser;
import com.theogen.security.ClientAddresses;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.InetAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final Accounts accounts;
    private final ClientAddresses clients;
    private final BlockingBridge blocking;

    AuthController(Accounts accounts, ClientAddresses clients, BlockingBridge blocking) {
        this.accounts = accounts;
        this.clients = clients;
        this.blocking = blocking;
    }

    @SecurityRequirements
    @Operation(operationId = "register", summary = "Create a local account (embedded mode) and sign in")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AuthResponses.Token> register(@Valid @RequestBody AuthRequests.Register request, ServerHttpRequest http) {
        InetAddress client = clients.of(http);
        return blocking.call(() -> AuthResponses.Token.of(
                accounts.register(request.email(), request.password(), request.displayName(), client)));
    }

    @SecurityRequirements
    @Operation(operationId = "login", summary = "Sign in with a local account and get an access token")
    @PostMapping("/login")
    Mono<AuthResponses.Token> login(@Valid @RequestBody AuthRequests.Login request, ServerHttpRequest http) {
        InetAddress client = clients.of(http);
        return blocking.call(() -> AuthResponses.Token.of(accounts.login(request.email(), request.password(), client)));
    }

    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    @GetMapping("/me")
    Mono<AuthResponses.User> me(@AuthenticationPrincipal AuthenticatedUser user) {
        return blocking.call(() -> accounts.describe(user.id())
                .map(AuthResponses.User::of)
                .orElseThrow(() -> DomainException.notFound("User")));
    }
}
