package com.theogen.security;

import java.net.InetAddress;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Local accounts (embedded mode). In OIDC mode registration and login fail with {@code LOCAL_ACCOUNTS_DISABLED}.
 * Both are limited per client address ({@link ClientAddresses}), logins also per account (docs/adr/018).
 */
public interface Accounts {

    /**
     * Creates an account, publishes {@link UserRegistered} and signs the user in.
     *
     * @throws com.theogen.shared.DomainException {@link SecurityError#REGISTRATION_CLOSED} (403) when only
     *     operators create accounts; {@link SecurityError#REGISTRATION_THROTTLED} (429) when {@code client} has
     *     created too many accounts lately; {@link SecurityError#EMAIL_TAKEN} (409) when the email is registered
     */
    SignedIn register(String email, String password, String displayName, InetAddress client);

    /**
     * @throws com.theogen.shared.DomainException {@link SecurityError#INVALID_CREDENTIALS} (401), the same for an
     *     unknown email and a wrong password; {@link SecurityError#LOGIN_THROTTLED} (429) after too many failures
     *     from {@code client} or on this account, whatever the password
     */
    SignedIn login(String email, String password, InetAddress client);

    /**
     * Creates a local account without signing anyone in, whatever {@code theogen.security.registration} says: the
     * operator's {@code account create} command. Publishes {@link UserRegistered}.
     *
     * @throws com.theogen.shared.DomainException {@link SecurityError#EMAIL_TAKEN} (409) when the email is
     *     registered
     */
    AccountView create(String email, String password, String displayName);

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
