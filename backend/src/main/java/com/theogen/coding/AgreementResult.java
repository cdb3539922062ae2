package com.theogen.coding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * An agreement report between two coders, as the API returns it. A figure that is undefined (docs/adr/024: no
 * unit, no variation, no code with variation) is {@code null}, never {@code NaN}.
 *
 * @param unit {@code fragment} or {@code character}
 * @param fragments fragments compared (interviewer turns left out unless asked)
 * @param codes one row per code, by κ ascending, codes with undefined κ last
 * @param disagreements the fragments where the coders differ, code by code in the order of {@code codes}
 */
public record AgreementResult(
        AgreementCoder coderA,
        AgreementCoder coderB,
        @Schema(allowableValues = {"fragment", "character"}) String unit,
        int fragments,
        List<AgreementCode> codes,
        AgreementOverall overall,
        List<AgreementDisagreement> disagreements) {

    public AgreementResult {
        codes = List.copyOf(codes);
        disagreements = List.copyOf(disagreements);
    }

    /** One of the two coders compared. */
    public record AgreementCoder(UUID id, String displayName, CoderKind kind) {}

    /**
     * One code: the 2×2 counts over the units (fragments or characters) and the figures computed from them. In
     * character mode {@code alpha} is the nominal α over characters and {@code alphaU} Krippendorff's unitized α.
     *
     * @param undefinedReason why κ/α are {@code null}: {@code NO_UNITS} or {@code NO_VARIATION}; null when defined
     * @param disagreementCount fragments where the coders differ on this code
     */
    public record AgreementCode(
            UUID codeId,
            String label,
            @Nullable String color,
            @Nullable String categoryName,
            long both,
            long onlyA,
            long onlyB,
            long neither,
            long units,
            @Nullable Double prevalenceA,
            @Nullable Double prevalenceB,
            @Nullable Double observed,
            @Nullable Double kappa,
            @Nullable Double alpha,
            @Nullable Double ac1,
            @Schema(
                            description = "null, NO_UNITS or NO_VARIATION",
                            allowableValues = {"NO_UNITS", "NO_VARIATION"})
                    @Nullable
                    String undefinedReason,
            @Schema(description = "character unit only; null in fragment mode") @Nullable Double alphaU,
            int disagreementCount) {}

    /**
     * Across codes: unweighted means over the codes with variation (in character mode {@code meanAlpha} is the mean
     * α_u), and the pooled 2×2 table of those codes.
     */
    public record AgreementOverall(
            int codes,
            int codesWithVariation,
            @Nullable Double meanObserved,
            @Nullable Double meanKappa,
            @Nullable Double meanAlpha,
            @Nullable Double meanAc1,
            AgreementPooled pooled,
            @Schema(description = "character unit only: 1 − ΣDo/ΣDe over the codes; null in fragment mode") @Nullable
                    Double pooledAlphaU) {}

    /** The summed 2×2 table of the codes with variation and its figures. */
    public record AgreementPooled(
            long both,
            long onlyA,
            long onlyB,
            long neither,
            long units,
            @Nullable Double observed,
            @Nullable Double kappa,
            @Nullable Double alpha,
            @Nullable Double ac1) {}

    /**
     * A fragment where the coders differ on a code, with both coders' spans of that code in fragment coordinates
     * (clipped to the fragment).
     */
    public record AgreementDisagreement(
            UUID codeId,
            UUID fragmentId,
            UUID interviewId,
            String interviewName,
            @Nullable String speaker,
            String text,
            boolean presentA,
            boolean presentB,
            List<AgreementSpan> spansA,
            List<AgreementSpan> spansB,
            int differingCharacters) {

        public AgreementDisagreement {
            spansA = List.copyOf(spansA);
            spansB = List.copyOf(spansB);
        }
    }

    /** {@code [start, end)} in the fragment's text. */
    public record AgreementSpan(int start, int end) {}
}
