package com.theogen.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.DomainException;
import com.theogen.shared.WireCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
     * Ids of the project's interviews that pass the filter (every interview for an empty filter). No access check.
     *
     * @throws com.theogen.shared.DomainException {@link AttributeError#UNKNOWN_ATTRIBUTE} (400) for a name no
     *     interview of the project has
     */
    java.util.Set<UUID> matching(UUID projectId, AttributeFilter filter);

    /**
     * The project's attributes table: every variable (name and type, the type of its first interview) and every
     * interview with its attributes, in upload order. Needs the viewer role.
     */
    AttributeTable table(UUID userId, UUID projectId);

    /**
     * Sets attributes from a CSV (UTF-8, comma or semicolon, RFC 4180 quotes): the header's first column names
     * the interview (its id, participant or file name), every other column a variable. A cell sets that
     * variable (type inferred per column: integer, float, boolean, date, else text); an empty cell removes it;
     * variables not in the file are kept. Rows naming no interview, or several, are reported, not applied. Needs
     * the coder role; all or nothing.
     *
     * @throws com.theogen.shared.DomainException {@link AttributeError#INVALID_ATTRIBUTE_CSV} (400) naming the line
     */
    AttributeImportResult importCsv(UUID userId, UUID projectId, byte[] csv);

    /** A variable: its name and type. */
    record AttributeVariable(String name, AttributeType type) {}

    /** One interview's row of the attributes table. */
    record AttributeRow(UUID interviewId, String label, List<Attribute> attributes) {}

    record AttributeTable(UUID projectId, List<AttributeVariable> variables, List<AttributeRow> interviews) {}

    /**
     * @param updated interviews whose attributes were set
     * @param variables the file's variables with their inferred type
     * @param unmatched rows that named no interview or several
     */
    record AttributeImportResult(
            int updated, List<AttributeVariable> variables, List<AttributeUnmatchedRow> unmatched) {}

    /** A row not applied: its line (1-based, the header is line 1), what it named and why. */
    record AttributeUnmatchedRow(int line, String interview, String reason) {}

    /**
     * One attribute. {@code value} is its canonical text: {@code true}/{@code false}, an integer, a decimal
     * number, an ISO date ({@code 2024-05-01}) or date-time ({@code 2024-05-01T10:00:00Z}).
     */
    record Attribute(String name, AttributeType type, String value) {}

    /** The value types REFI-QDA variables have. */
    enum AttributeType implements WireCode {
        TEXT,
        BOOLEAN,
        INTEGER,
        FLOAT,
        DATE,
        DATETIME;

        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static AttributeType fromCode(String code) {
            return WireCode.byCode(code, values())
                    .orElseThrow(() -> new DomainException(
                            AttributeError.INVALID_ATTRIBUTE,
                            "type must be one of text, boolean, integer, float, date, datetime"));
        }

        /**
         * A value of this type in its canonical text: booleans in lower case, plain numbers, ISO dates and
         * date-times (with their offset when given). The value is taken as given, not trimmed.
         *
         * @throws IllegalArgumentException or {@link DateTimeParseException} when it is not a value of this type
         */
        public String canonical(String value) {
            return switch (this) {
                case TEXT -> value;
                case BOOLEAN -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException("not a boolean: " + value);
                    }
                    yield value.toLowerCase(Locale.ROOT);
                }
                case INTEGER -> new BigInteger(value).toString();
                case FLOAT -> new BigDecimal(value).toPlainString();
                case DATE -> LocalDate.parse(value).toString();
                case DATETIME -> dateTime(value);
            };
        }

        /** Whether {@code value}, as given, is a value of this type ({@link #canonical} would accept it). */
        public boolean accepts(String value) {
            try {
                canonical(value);
                return true;
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return false;
            }
        }

        private static String dateTime(String value) {
            try {
                return OffsetDateTime.parse(value).toString();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).toString();
            }
        }
    }
}
