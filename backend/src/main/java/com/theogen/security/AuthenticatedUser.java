package com.theogen.security;

import java.util.UUID;

/**
 * The caller of an authenticated request, available to controllers as
 * {@code @AuthenticationPrincipal AuthenticatedUser user}. {@code id} is TheoGen's own user id in both the
 * local and the OIDC mode.
 */
public record AuthenticatedUser(UUID id, String displayName) {}
