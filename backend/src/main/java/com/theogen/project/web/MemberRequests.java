package com.theogen.project.web;

import com.theogen.project.ProjectRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the member endpoints. */
final class MemberRequests {

    private MemberRequests() {}

    /** An existing account to add, by the email it signs in with (surrounding spaces, as pasted, are ignored). */
    record Add(
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull @Schema(description = "coder or viewer; ownership moves only by transfer") ProjectRole role) {
        Add {
            email = email == null ? null : email.strip();
        }
    }

    record ChangeRole(@NotNull @Schema(description = "coder or viewer") ProjectRole role) {}

    /** {@code former_owner}: what the current owner becomes, {@code coder} (the default) or {@code leave}. */
    record Transfer(
            @NotNull UUID userId,
            @Pattern(regexp = "coder|leave", message = "must be coder or leave")
                    @Schema(
                            allowableValues = {"coder", "leave"},
                            defaultValue = "coder")
                    String formerOwner) {
        boolean leave() {
            return "leave".equals(formerOwner);
        }
    }
}
