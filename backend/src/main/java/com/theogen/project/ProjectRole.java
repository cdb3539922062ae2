package com.theogen.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.DomainException;
import com.theogen.shared.WireCode;
import java.util.Locale;

/**
 * A member's role in a project, from least to most rights. Each role includes the rights of the roles before
 * it: viewers read everything and export; coders also code, write memos and run auto-coding and theory jobs;
 * owners also edit the project, manage members and delete interviews or the project. Serialised as
 * {@code viewer}, {@code coder}, {@code owner}.
 */
public enum ProjectRole implements WireCode {
    VIEWER,
    CODER,
    OWNER;

    /** Whether a member holding this role may do what {@code required} allows. */
    public boolean includes(ProjectRole required) {
        return compareTo(required) >= 0;
    }

    /** The wire and database spelling: {@code viewer}, {@code coder} or {@code owner}. */
    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role (any case); anything else is an {@code INVALID_ROLE} error (400). */
    @JsonCreator
    public static ProjectRole fromCode(String code) {
        return WireCode.byCode(code, values())
                .orElseThrow(() ->
                        new DomainException(ProjectError.INVALID_ROLE, "role must be one of viewer, coder, owner"));
    }
}
