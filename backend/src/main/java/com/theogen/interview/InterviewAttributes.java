package com.theogen.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Case variables of interviews (age group, site, role …): typed values by name, as REFI-QDA cases and variables
 * carry them. Reading needs the viewer role, writing the coder role; an interview of a project the user is not a
 * member of is {@code NOT_FOUND}.
 */
public interface InterviewAttributes {

    /** The interview's attributes by name. */
    List<Attribute> get(UUID userId, UUID interviewId);

    /**
     * Replaces all of the interview's attributes (an empty list removes them). Joins the caller's transaction.
     *
     * @throws com.theogen.shared.DomainException {@link AttributeError#INVALID_ATTRIBUTE} (400) naming the first
     *     attribute with a blank or repeated name, or a value that is not of its type
     */
    List<Attribute> replace(UUID userId, UUID interviewId, List<Attribute> attributes);

    /** Every interview's attributes in a project, for exports; no access check (callers check the project). */
    Map<UUID, List<Attribute>> ofProject(UUID projectId);

    /**
     * One attribute. {@code value} is its canonical text: {@code true}/{@code false}, an integer, a decimal
     * number, an ISO date ({@code 2024-05-01}) or date-time ({@code 2024-05-01T10:00:00Z}).
     */
    record Attribute(String name, AttributeType type, String value) {}

    /** The value types REFI-QDA variables have. */
    enum AttributeType {
        TEXT,
        BOOLEAN,
        INTEGER,
        FLOAT,
        DATE,
        DATETIME;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static AttributeType fromCode(String code) {
            for (AttributeType type : values()) {
                if (type.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                    return type;
                }
            }
            throw new com.theogen.shared.DomainException(
                    AttributeError.INVALID_ATTRIBUTE,
                    "type must be one of text, boolean, integer, float, date, datetime");
        }
    }
}
