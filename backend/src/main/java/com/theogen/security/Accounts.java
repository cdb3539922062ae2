package com.theogen.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Local accounts (embedded mode). In OIDC mode registration and login fail with {@code LOCAL_ACCOUNTS_DISABLED}. */
public interface Accounts {

    /**
     * Creates an account, publishes {@link UserRegistered} and signs the user in.
     *
     * @throws com.theogen.shared.DomainException {@code EMAIL_TAKEN} (409) when the email is registered
     */
    SignedIn register(String email, String password, String displayName);

    /** @throws com.theogen.shared.DomainException {@code INVALID_CREDENTIALS} (401), the same for both causes */
    SignedIn login(String email, String password);

    Optional<AccountView> describe(UUID userId);

    /** The accounts among {@code userIds} that exist, by id. */
    Map<UUID, AccountView> describeAll(Collection<UUID> userIds);

    /** The account that uses this email (compared case-insensitively, surrounding spaces ignored), if any. */
    Optional<AccountView> findByEmail(String email);

    /** A user as shown to that user; {@code email} is {@code null} for OIDC identities. */
    record AccountView(UUID id, String email, String displayName) {}

    /** The result of a successful registration or login. The token is redacted from {@code toString}. */
    record SignedIn(AccountView user, String accessToken, long expiresInSeconds) {
        @Override
        public String toString() {
            return "SignedIn[user=" + user + ", accessToken=<redacted>]";
        }
    }
}
