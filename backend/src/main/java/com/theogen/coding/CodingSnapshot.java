package com.theogen.coding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.DomainException;
import com.theogen.shared.WireCode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's coding as plain data. Lists are never null.
 *
 * @param codes every code, by label
 * @param categories every category, by name
 * @param relations typed links between categories (from LLM axial grouping or human edits)
 * @param applications every code application, by interview then fragment order then quote start
 */
public record CodingSnapshot(
        UUID projectId,
        List<Code> codes,
        List<Category> categories,
        List<CategoryRelation> relations,
        List<Application> applications) {

    public CodingSnapshot {
        Objects.requireNonNull(projectId, "projectId");
        codes = List.copyOf(codes);
        categories = List.copyOf(categories);
        relations = relations == null ? List.of() : List.copyOf(relations);
        applications = List.copyOf(applications);
    }

    /** Who made a code, category or application. Serialised as {@code ai}, {@code offline}, {@code human}. */
    public enum Origin implements WireCode {
        AI,
        OFFLINE,
        HUMAN;

        /** The stored and serialised form. */
        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses {@code ai}, {@code offline} or {@code human} (any case).
         *
         * @throws DomainException {@code INVALID_ORIGIN} (400) for anything else
         */
        @JsonCreator
        public static Origin fromCode(String code) {
            return WireCode.byCode(code, values())
                    .orElseThrow(() ->
                            DomainException.invalid("INVALID_ORIGIN", "origin must be 'ai', 'offline' or 'human'"));
        }
    }

    /**
     * @param definition may be blank, never null
     * @param categoryId the category the code is grouped in, {@code null} while ungrouped
     */
    public record Code(UUID id, String label, String definition, Origin origin, UUID categoryId) {}

    /** @param definition may be blank, never null */
    public record Category(UUID id, String name, String definition, Origin origin) {}

    /**
     * @param type {@code causal}, {@code contextual}, {@code intervening}, {@code strategy} or {@code consequence}
     */
    public record CategoryRelation(
            UUID fromCategoryId,
            UUID toCategoryId,
            @Schema(allowableValues = {"causal", "contextual", "intervening", "strategy", "consequence"}) String type,
            Origin origin) {}

    /**
     * A code applied to a span of a fragment: {@code fragmentText.substring(quoteStart, quoteEnd).equals(quote)}.
     *
     * @param confidence in [0, 1]; 1 for human applications
     * @param coderId the coder whose layer holds it (see {@link Coders})
     */
    public record Application(
            UUID id,
            UUID codeId,
            UUID fragmentId,
            UUID interviewId,
            String quote,
            int quoteStart,
            int quoteEnd,
            double confidence,
            Origin origin,
            UUID coderId) {}
}
