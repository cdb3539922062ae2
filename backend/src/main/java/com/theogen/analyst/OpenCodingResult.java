package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The codebook open coding proposes.
 *
 * @param codes codes ordered by weight (most salient first)
 * @param fragmentsExamined participant fragments looked at (interviewer turns excluded)
 * @param fragmentsCoded participant fragments that received at least one code
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 * @param interviewLanguages for each interview with participant text, the ISO 639-1 code of the language it
 *     was analysed in: detected from its text (en, es, fr, de, pt, it), its declared language when too short
 *     to tell (ADR 037)
 * @param merges near-duplicate codes absorbed into another code (ADR 037), in codebook order
 */
public record OpenCodingResult(
        List<CodeDraft> codes,
        int fragmentsExamined,
        int fragmentsCoded,
        String generatedBy,
        Map<UUID, String> interviewLanguages,
        List<Merge> merges) {

    public OpenCodingResult {
        codes = List.copyOf(codes);
        interviewLanguages = interviewLanguages == null ? Map.of() : Map.copyOf(interviewLanguages);
        merges = merges == null ? List.of() : List.copyOf(merges);
    }

    /** A result without interview languages or merges (a coder that does not detect them). */
    public OpenCodingResult(List<CodeDraft> codes, int fragmentsExamined, int fragmentsCoded, String generatedBy) {
        this(codes, fragmentsExamined, fragmentsCoded, generatedBy, Map.of(), List.of());
    }

    /**
     * A near-duplicate code folded into another.
     *
     * @param absorbed the label the near-duplicate would have had
     * @param into the label of the code that holds it now
     */
    public record Merge(String absorbed, String into) {}

    /**
     * A proposed code.
     *
     * @param label a readable surface phrase as participants said it (or the reused existing label)
     * @param definition written from the data in the project language: where it occurs and with what
     * @param language the language of the fragments it was found in (of its leading phrase when a word
     *     written the same in both languages, such as "hospital", was found in both); for a phrase found in
     *     an interview detected as French, German, Portuguese or Italian, the interview's declared language
     * @param reused true when the label is an existing code label
     * @param variants the surface forms merged into this code, most frequent first
     * @param applications one per coded fragment, in fragment order of the request
     * @param generatedBy always {@value GeneratedBy#OFFLINE}
     */
    public record CodeDraft(
            String label,
            String definition,
            Language language,
            boolean reused,
            List<String> variants,
            List<Application> applications,
            String generatedBy) {

        public CodeDraft {
            variants = List.copyOf(variants);
            applications = List.copyOf(applications);
        }
    }

    /**
     * A code applied to a fragment.
     *
     * @param quote the verbatim sentence (or clause of a very long sentence) that carries the phrase
     * @param confidence in [0, 1]: how salient the phrase is in this fragment relative to the project;
     *     a ranking heuristic, not a probability
     */
    public record Application(Quote quote, double confidence) {}
}
