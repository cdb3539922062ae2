package com.theogen.security.web;

import com.theogen.security.Accounts;
import jakarta.annotation.Nullable;
import java.util.UUID;

/** Response bodies of the local-account endpoints. */
final class AuthResponses {

    private AuthResponses() {}

    record User(UUID id, @Nullable String email, String displayName) {
        static User of(Accounts.AccountView view) {
            return new User(view.id(), view.email(), view.displayName());
        }
    }

    record Token(String accessToken, String tokenType, long expiresIn, User user) {
        static Token of(Accounts.SignedIn signedIn) {
            return new Token(signedIn.accessToken(), "Bearer", signedIn.expiresInSeconds(), User.of(signedIn.user()));
        }

        @Override
        public String toString() {
            return "Token[accessToken=<redacted>, user=" + user + "]";
        }
    }
}
