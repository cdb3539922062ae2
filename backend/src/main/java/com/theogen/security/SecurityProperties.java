package com.theogen.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Authentication settings.
 *
 * @param tokenTtl lifetime of the access tokens the app signs in embedded mode
 * @param tokenIssuer {@code iss} claim of those tokens
 * @param publicMetrics whether {@code /actuator/prometheus} is reachable without a token (keep it behind
 *     the network perimeter when true)
 */
@Validated
@ConfigurationProperties("theogen.security")
public record SecurityProperties(@NotNull Duration tokenTtl, @NotBlank String tokenIssuer, boolean publicMetrics) {}
