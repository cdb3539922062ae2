package com.theogen.coding;

import com.theogen.coding.CodingSnapshot.Origin;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The code applications of one interview as the transcript shows them: each span with its code's label and
 * colour and the coder whose layer holds it, so the dashboard can paint the spans and label them in the margin
 * without a second request per code or coder. Reading needs the viewer role.
 */
public interface TranscriptCoding {

    /**
     * Every application in the interview, in fragment order, then by span start.
     *
     * @param coders only these coders' applications; everyone's when empty
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown interview or one of a project the
     *     user is not a member of; {@code UNKNOWN_CODER} (400) for a coder the project does not have
     */
    List<SpanView> applications(UUID userId, UUID interviewId, List<UUID> coders);

    /**
     * One coded span.
     *
     * @param quoteStart offset of the quote in the fragment's text (inclusive)
     * @param quoteEnd offset of the quote's end (exclusive)
     * @param codeColor {@code #RRGGBB}, or null when the code has none (the dashboard then picks a stable colour)
     * @param coderName the member's name, the model, "Offline analyst", or the imported coder's name
     */
    record SpanView(
            UUID id,
            UUID fragmentId,
            UUID codeId,
            String codeLabel,
            @Nullable String codeColor,
            String quote,
            int quoteStart,
            int quoteEnd,
            double confidence,
            Origin origin,
            UUID coderId,
            @Nullable String coderName,
            @Nullable CoderKind coderKind,
            Instant createdAt) {}
}
