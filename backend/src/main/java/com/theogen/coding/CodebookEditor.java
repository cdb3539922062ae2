package com.theogen.coding;

import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.CategoryRelation;
import com.theogen.coding.CodingSnapshot.Origin;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * A researcher's edits of a codebook. Every call checks that {@code userId} owns the project of the code,
 * category, fragment or application named: anything else is {@code NOT_FOUND}, exactly like an unknown id.
 * Every change is committed first and then pushed to the evidence stores; human edits are marked so that
 * re-coding and axial grouping keep them.
 */
public interface CodebookEditor {

    /** Codes of a project with their counts, paged. */
    Page<CodeView> codes(UUID userId, UUID projectId, CodeQuery query);

    /**
     * Creates a human code.
     *
     * @throws com.theogen.shared.DomainException {@code CODE_LABEL_TAKEN} (409) when the project has the label
     *     (ignoring case); {@code NOT_FOUND} for a foreign or unknown category
     */
    CodeView createCode(UUID userId, UUID projectId, String label, String definition, UUID categoryId);

    /**
     * Renames, redefines or moves a code (non-null arguments only). A renamed code keeps its old label as an
     * alias, so the auto-coder's phrase maps back onto it; a moved code is pinned to its category.
     */
    default CodeView updateCode(UUID userId, UUID codeId, String label, String definition, UUID categoryId) {
        return updateCode(userId, codeId, label, definition, categoryId, CodeCriteria.UNCHANGED);
    }

    /**
     * As {@link #updateCode(UUID, UUID, String, String, UUID)}, also setting the criteria fields that are non-null
     * in {@code criteria}. A code edited this way counts as edited by a person.
     */
    CodeView updateCode(
            UUID userId, UUID codeId, String label, String definition, UUID categoryId, CodeCriteria criteria);

    /**
     * Moves every application of {@code codeId} to {@code intoCodeId} (an application that would duplicate one
     * the target already has collapses into it) and deletes {@code codeId}; its label becomes an alias.
     *
     * @throws com.theogen.shared.DomainException {@code MERGE_INTO_SELF} (400)
     */
    CodeView merge(UUID userId, UUID codeId, UUID intoCodeId);

    /** Deletes a code and its applications. */
    void deleteCode(UUID userId, UUID codeId);

    /**
     * Sets a code's colour ({@code #RRGGBB}, stored upper-case). Its coding and evidence are unchanged.
     *
     * @throws com.theogen.shared.DomainException {@code INVALID_COLOR} (400) for anything but {@code #RRGGBB}
     */
    CodeView recolor(UUID userId, UUID codeId, String color);

    /**
     * Applies a code by hand to {@code [quoteStart, quoteEnd)} of a fragment, in the acting user's coder layer;
     * the quote is taken from the fragment. Names the code by id or, when {@code codeId} is null, by label
     * (created as a human code when new). The same user applying the same span twice gets the existing
     * application; another user applying it adds one in their own layer.
     *
     * @throws com.theogen.shared.DomainException {@code SPAN_OUTSIDE_FRAGMENT} (400); {@code CODE_REQUIRED} (400)
     *     when neither id nor label is given
     */
    Application apply(UUID userId, UUID fragmentId, UUID codeId, String label, int quoteStart, int quoteEnd);

    /** Removes one application. */
    void removeApplication(UUID userId, UUID applicationId);

    /** Fragments a code is applied to, with their quotes, in interview and fragment order. */
    Page<EvidenceItem> codeEvidence(UUID userId, UUID codeId, EvidenceFilter filter);

    /** The project's categories with their codes and relations, by name. */
    List<CategoryView> categories(UUID userId, UUID projectId);

    /** @throws com.theogen.shared.DomainException {@code CATEGORY_NAME_TAKEN} (409) */
    CategoryView createCategory(UUID userId, UUID projectId, String name, String definition);

    CategoryView updateCategory(UUID userId, UUID categoryId, String name, String definition);

    /** Deletes a category; its codes become ungrouped (and unpinned). */
    void deleteCategory(UUID userId, UUID categoryId);

    /** Moves codes of the same project into the category and pins them there. */
    CategoryView moveCodes(UUID userId, UUID categoryId, List<UUID> codeIds);

    /** Fragments coded with any code of the category. */
    Page<EvidenceItem> categoryEvidence(UUID userId, UUID categoryId, EvidenceFilter filter);

    /**
     * @param sort {@code label} (default), {@code applications} (most first), {@code interviews} (most first)
     *     or {@code created} (newest first)
     * @param q only codes whose label or definition contains this text (ignoring case); null for all
     * @param origin only codes of this origin; null for all
     * @param coders only applications of these coders count, and only codes they applied are listed; empty for
     *     everyone
     */
    record CodeQuery(String sort, String q, Origin origin, int page, int size, List<UUID> coders) {

        public CodeQuery {
            coders = coders == null ? List.of() : List.copyOf(coders);
        }

        public CodeQuery(String sort, String q, Origin origin, int page, int size) {
            this(sort, q, origin, page, size, List.of());
        }
    }

    /**
     * @param applicationCount code applications
     * @param fragmentCount distinct fragments coded
     * @param interviewsCovered distinct interviews coded
     * @param properties properties a model proposed (empty for offline and human codes)
     * @param dimensions dimensions a model proposed
     * @param humanEdited a researcher created, renamed, redefined or moved it
     * @param parentId the code above it in the code hierarchy, null at the top
     * @param color {@code #RRGGBB}, or null when none was given
     * @param inclusionCriteria when the code applies (blank when none)
     * @param exclusionCriteria when it does not (blank when none)
     * @param examples anchor quotes (empty when none)
     * @param coders its applications per coder, most first (only the coders asked for, when the query names some)
     */
    record CodeView(
            UUID id,
            UUID projectId,
            String label,
            @Nullable String definition,
            Origin origin,
            @Nullable UUID categoryId,
            @Nullable String categoryName,
            int applicationCount,
            int fragmentCount,
            int interviewsCovered,
            List<String> properties,
            List<String> dimensions,
            boolean humanEdited,
            Instant createdAt,
            Instant updatedAt,
            @Nullable UUID parentId,
            @Nullable String color,
            String inclusionCriteria,
            String exclusionCriteria,
            List<String> examples,
            List<CoderApplications> coders) {

        public CodeView {
            coders = coders == null ? List.of() : List.copyOf(coders);
        }

        /** This view with {@code coders} as its per-coder counts. */
        public CodeView withCoders(List<CoderApplications> coders) {
            return new CodeView(
                    id,
                    projectId,
                    label,
                    definition,
                    origin,
                    categoryId,
                    categoryName,
                    applicationCount,
                    fragmentCount,
                    interviewsCovered,
                    properties,
                    dimensions,
                    humanEdited,
                    createdAt,
                    updatedAt,
                    parentId,
                    color,
                    inclusionCriteria,
                    exclusionCriteria,
                    examples,
                    coders);
        }
    }

    /** How often one coder applied a code. */
    record CoderApplications(UUID coderId, CoderKind kind, String displayName, int applications) {}

    /**
     * What a codebook says about when to apply a code, besides its definition. In an edit, a null field is left
     * unchanged; in a view, none is null (blank text, empty list).
     *
     * @param inclusionCriteria when the code applies
     * @param exclusionCriteria when it does not, although it may seem to
     * @param examples anchor quotes: typical passages the code is applied to
     */
    record CodeCriteria(String inclusionCriteria, String exclusionCriteria, List<String> examples) {

        /** An edit that changes none of the criteria. */
        public static final CodeCriteria UNCHANGED = new CodeCriteria(null, null, null);

        public CodeCriteria {
            examples = examples == null ? null : List.copyOf(examples);
        }
    }

    /**
     * @param interviewId only fragments of this interview; null for all
     * @param speaker only this speaker's fragments (ignoring case); null for all
     * @param origin only applications of this origin; null for all
     * @param coders only applications of these coders; empty for everyone
     * @param attributes only interviews whose attributes pass this filter; {@code NONE} for all
     */
    record EvidenceFilter(
            UUID interviewId,
            String speaker,
            Origin origin,
            int page,
            int size,
            List<UUID> coders,
            com.theogen.interview.AttributeFilter attributes) {

        public EvidenceFilter {
            coders = coders == null ? List.of() : List.copyOf(coders);
            attributes = attributes == null ? com.theogen.interview.AttributeFilter.NONE : attributes;
        }

        public EvidenceFilter(UUID interviewId, String speaker, Origin origin, int page, int size, List<UUID> coders) {
            this(interviewId, speaker, origin, page, size, coders, null);
        }

        public EvidenceFilter(UUID interviewId, String speaker, Origin origin, int page, int size) {
            this(interviewId, speaker, origin, page, size, List.of());
        }
    }

    /**
     * One coded fragment: the fragment text with the quote's offsets into it, for highlighting.
     *
     * @param interviewLabel the participant pseudonym
     * @param coderId the coder whose layer holds the application
     */
    record EvidenceItem(
            UUID applicationId,
            UUID codeId,
            String codeLabel,
            UUID fragmentId,
            UUID interviewId,
            String interviewLabel,
            int ordinal,
            @Nullable String speaker,
            String fragmentText,
            String quote,
            int quoteStart,
            int quoteEnd,
            double confidence,
            Origin origin,
            UUID coderId) {}

    /**
     * @param codeIds its codes, by label
     * @param relations typed relations from or to this category
     */
    record CategoryView(
            UUID id,
            UUID projectId,
            String name,
            @Nullable String definition,
            Origin origin,
            boolean humanEdited,
            List<UUID> codeIds,
            int fragmentCount,
            List<CategoryRelation> relations,
            Instant createdAt,
            Instant updatedAt) {}
}
