/**
 * Who is calling: local accounts with app-signed JWTs (embedded mode) or any OIDC issuer as a JWT resource
 * server (production). Publishes {@link com.theogen.security.UserRegistered} when an account is created and
 * exposes the caller as an {@link com.theogen.security.AuthenticatedUser} principal.
 */
package com.theogen.security;
