package com.theogen.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.DomainException;
import java.util.Locale;

/**
 * A member's role in a project, from least to most rights. Each role includes the rights of the roles before
 * it: viewers read everything and export; coders also code, write memos and run auto-coding and theory jobs;
 * owners also edit the project, manage members and delete interviews or the project. Serialised as
 * {@code viewer}, {@code coder}, {@code owner}.
 */
public enum ProjectRole {
    VIEWER,
    CODER,
    OWNER;

    /** Whether a member holding this role may do what {@code required} allows. */
    public boolean includes(ProjectRole required) {
        return compareTo(required) >= 0;
    }

    /** The wire and database spelling: {@code viewer}, {@code coder} or {@code owner}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role (any case); anything else is an {@code INVALID_ROLE} error (400). */
    @JsonCreator
    public static ProjectRole fromCode(String code) {
        if (code != null) {
            for (ProjectRole role : values()) {
                if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new DomainException(ProjectError.INVALID_ROLE, "role must be one of viewer, coder, owner");
    }
}
