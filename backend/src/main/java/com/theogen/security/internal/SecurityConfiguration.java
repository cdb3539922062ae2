package com.theogen.security.internal;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.theogen.security.ClientAddresses;
import com.theogen.security.SecurityProperties;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.StorageProperties;
import com.theogen.web.BlockingBridge;
import com.theogen.web.ProblemResponses;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Every {@code /api/**} call needs a bearer token except registration, login and health. Embedded mode
 * validates tokens signed by the app; setting {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * switches to that OIDC issuer (Spring Boot builds its decoder) and disables local accounts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ProblemResponses responses,
            SecurityProperties properties,
            JwtUserConverter converter) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(responses);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(auth -> {
                    auth.pathMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login")
                            .permitAll();
                    auth.pathMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    // recordings for <audio>/<video>: the signed link is the authorisation (docs/adr/023)
                    auth.pathMatchers(HttpMethod.GET, "/api/media/*").permitAll();
                    if (properties.publicMetrics()) {
                        auth.pathMatchers("/actuator/prometheus").permitAll();
                    }
                    auth.pathMatchers("/api/**", "/actuator/**").authenticated();
                    auth.anyExchange().permitAll();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((exchange, denied) -> responses.write(
                                exchange,
                                ProblemResponses.problem(ErrorCategory.FORBIDDEN, "ACCESS_DENIED", "Access denied"))))
                .oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(entryPoint)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter)))
                .build();
    }

    @Bean
    AbuseLimits abuseLimits(SecurityProperties properties) {
        return new AbuseLimits(properties);
    }

    @Bean
    ClientAddresses clientAddresses(SecurityProperties properties) {
        return new ForwardedClientAddresses(properties.trustedProxies());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return AccountCliConfiguration.passwordEncoder();
    }

    @Bean
    JwtUserConverter jwtUserConverter(
            AccountService accounts, BlockingBridge blocking, ObjectProvider<TokenService> tokenService) {
        return new JwtUserConverter(accounts, blocking, tokenService.getIfAvailable() != null);
    }

    /** Embedded mode only: tokens signed and checked with the app's own key. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(LocalTokensCondition.class)
    static class LocalTokens {

        @Bean
        RSAKey jwtSigningKey(StorageProperties storage) {
            return JwtSigningKey.loadOrCreate(storage.dataDir());
        }

        @Bean
        TokenService tokenService(RSAKey jwtSigningKey, SecurityProperties properties) {
            return new TokenService(jwtSigningKey, properties);
        }

        @Bean
        ReactiveJwtDecoder jwtDecoder(RSAKey jwtSigningKey, SecurityProperties properties) throws JOSEException {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(jwtSigningKey.toRSAPublicKey())
                    .build();
            // the default validators check exp only when present: a token without one would never expire
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.tokenIssuer()),
                    new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
            SecurityProperties.TokenCache cache = properties.tokenCache();
            if (cache.maxEntries() == 0) {
                return decoder;
            }
            return new CachingJwtDecoder(
                    decoder, cache.maxEntries(), cache.maxAge(), Clock.systemUTC(), Ticker.systemTicker());
        }
    }
}
