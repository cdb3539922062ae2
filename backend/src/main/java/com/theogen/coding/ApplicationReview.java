package com.theogen.coding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.shared.DomainException;
import com.theogen.shared.WireCode;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The review queue for machine coding (docs/adr/031): what a model or the offline analyst applied is a proposal,
 * {@code pending} until a project member with the coder role accepts or rejects it, moves it to another code or
 * adjusts its span. Rejected applications stay in their coder's layer but count nowhere: not in the codebook's
 * counts, evidence, coverage, theory runs, exports or agreement. Something in a project the user is not a member of
 * is {@code NOT_FOUND}, exactly like an unknown id.
 */
public interface ApplicationReview {

    /**
     * Machine applications of a project in transcript order (interview upload order, fragment, quote start), with
     * the counts per state under the same filters.
     *
     * @throws DomainException {@code UNKNOWN_CODER} (400) for a coder filter the project does not have
     */
    ReviewQueue queue(UUID userId, UUID projectId, ReviewQuery query);

    /**
     * Reviews one application. Changing the code or the span without a state accepts it: the reviewer has said what
     * the passage is about. A change that would duplicate an application the same coder already has (same code and
     * span) collapses into that one, which is returned.
     *
     * @throws DomainException {@code NOT_REVIEWABLE}, {@code EMPTY_REVIEW}, {@code UNKNOWN_CODE}, a {@link
     *     SpanError} (400)
     */
    ReviewItem review(UUID userId, UUID applicationId, ReviewChange change);

    /**
     * Reviews several applications of one project with the same change (a state and/or a code; no span): all of
     * them or, on any error, none.
     *
     * @throws DomainException {@code UNKNOWN_APPLICATIONS} naming the ids that are not applications of the project,
     *     {@code NOT_REVIEWABLE} naming the ones that are not machine coding (400)
     */
    BulkOutcome reviewAll(UUID userId, UUID projectId, List<UUID> applicationIds, ReviewChange change);

    /** Serialised as {@code pending}, {@code accepted}, {@code rejected}. */
    enum ReviewState implements WireCode {
        PENDING,
        ACCEPTED,
        REJECTED;

        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws DomainException {@code INVALID_REVIEW_STATE} (400) */
        @JsonCreator
        public static ReviewState fromCode(String code) {
            return WireCode.byCode(code, values())
                    .orElseThrow(() -> new DomainException(
                            ReviewError.INVALID_REVIEW_STATE,
                            "review state must be 'pending', 'accepted' or 'rejected'"));
        }
    }

    /**
     * @param state only applications in this state; null for every state
     * @param coders only these coders' applications; empty for every machine coder
     * @param codeId only this code's, or null
     * @param interviewId only this interview's, or null
     */
    record ReviewQuery(ReviewState state, List<UUID> coders, UUID codeId, UUID interviewId, int page, int size) {
        public ReviewQuery {
            coders = coders == null ? List.of() : List.copyOf(coders);
        }
    }

    /**
     * What a review changes; null fields stay as they are. A span needs both offsets (UTF-16 units into the
     * fragment's text); {@code quote}, when given, must be the fragment's text there.
     */
    record ReviewChange(ReviewState state, UUID codeId, Integer quoteStart, Integer quoteEnd, String quote) {}

    /**
     * One machine application with what a reviewer needs to judge it.
     *
     * @param fragmentText the whole fragment, the quote's context; {@code quoteStart}/{@code quoteEnd} index it
     * @param codeColor {@code #RRGGBB}, or null when the code has none
     * @param reviewedAt when a person last reviewed it; null while never reviewed
     */
    record ReviewItem(
            UUID id,
            UUID codeId,
            String codeLabel,
            @Nullable String codeColor,
            UUID fragmentId,
            UUID interviewId,
            String participant,
            int fragmentOrdinal,
            @Nullable String speaker,
            String fragmentText,
            String quote,
            int quoteStart,
            int quoteEnd,
            double confidence,
            Origin origin,
            UUID coderId,
            String coderName,
            CoderKind coderKind,
            ReviewState reviewState,
            @Nullable Instant reviewedAt) {}

    /** How many machine applications are in each state (under the queue's filters, or in the whole project). */
    record ReviewCounts(long pending, long accepted, long rejected) {}

    /** One page of the queue; {@code page} is zero-based. */
    record ReviewQueue(
            List<ReviewItem> items, int page, int size, long totalItems, int totalPages, ReviewCounts counts) {}

    /** @param counts the project's counts after the change */
    record BulkOutcome(int updated, ReviewCounts counts) {}
}
