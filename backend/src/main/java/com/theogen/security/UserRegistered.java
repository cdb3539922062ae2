package com.theogen.security;

import java.util.UUID;

/** Published after a user account is created (local registration or first OIDC sign-in). */
public record UserRegistered(UUID userId, String displayName) {}
