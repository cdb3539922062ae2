package com.theogen.security.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the local-account endpoints. */
final class AuthRequests {

    private AuthRequests() {}

    record Register(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
            @Size(max = 200) String displayName) {
        @Override
        public String toString() {
            return "Register[email=" + email + ", password=<redacted>]";
        }
    }

    record Login(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password) {
        @Override
        public String toString() {
            return "Login[email=" + email + ", password=<redacted>]";
        }
    }
}
