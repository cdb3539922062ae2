package com.theogen.theory.internal.pipeline;

import com.theogen.theory.Theory.NegativeCase;
import java.util.List;
import java.util.UUID;

/**
 * The typed, not yet verified outputs the stages hand each other. The model path and the offline path produce
 * exactly these; verification turns them into the saved theory. Every record is a checkpoint payload (JSON).
 * Negative cases are {@link NegativeCase}s of the theory already: the same fields and rules; verification keeps,
 * re-anchors or drops them (the containers here say they are not verified yet).
 */
public final class Drafts {

    private Drafts() {}

    /**
     * A cited piece of evidence as a stage produced it: a fragment id and the quote the stage claims is in it.
     *
     * @param start where the stage says the quote starts in the fragment, or -1 when it did not say
     */
    record Cite(UUID fragmentId, String quote, int start) {}

    /** A claim of one paradigm component about one category, with its negative cases. */
    record Claim(UUID categoryId, String statement, List<Cite> evidence, List<NegativeCase> exceptions) {
        Claim {
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        Claim(UUID categoryId, String statement, List<Cite> evidence) {
            this(categoryId, statement, evidence, List.of());
        }
    }

    /** {@code typeNote}: the model's own word for the type when {@code type} is {@code other}, else blank. */
    record Consequence(
            UUID categoryId,
            String statement,
            String type,
            String typeNote,
            String horizon,
            List<Cite> evidence,
            List<NegativeCase> exceptions) {
        Consequence {
            typeNote = typeNote == null ? "" : typeNote;
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        Consequence(UUID categoryId, String statement, String type, String horizon, List<Cite> evidence) {
            this(categoryId, statement, type, "", horizon, evidence, List.of());
        }
    }

    record Proposition(String text, List<UUID> categoryIds, List<Cite> evidence, List<NegativeCase> exceptions) {
        Proposition {
            categoryIds = List.copyOf(categoryIds);
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        Proposition(String text, List<UUID> categoryIds, List<Cite> evidence) {
            this(text, categoryIds, evidence, List.of());
        }
    }

    /**
     * A candidate for the core category scored 1–5 on Strauss and Corbin's criteria, with the model's reasoning
     * (docs/adr/035).
     */
    record CandidateScore(
            UUID categoryId,
            String reasoning,
            int central,
            int frequent,
            int connected,
            int abstractEnough,
            int explainsVariation) {}

    /** A gap with the category it concerns ({@code null} project-wide). */
    record Gap(String kind, UUID categoryId, String description, String severity) {}

    /** What one model call cost, kept in the stage's checkpoint so a resumed run still reports it. */
    public record Call(
            String prompt,
            String provider,
            String model,
            long inputTokens,
            long outputTokens,
            int requests,
            int retries,
            boolean repaired,
            long cachedInputTokens) {}

    record Trim(String step, int applications, int tokensBefore, int tokensAfter) {}

    /** How a stage ran: for the manifest and the telemetry line. */
    public record Meta(String generatedBy, long elapsedMs, List<Call> calls, List<Trim> trims) {
        public Meta {
            calls = List.copyOf(calls);
            trims = List.copyOf(trims);
        }

        static Meta computed(long elapsedMs) {
            return new Meta("computed", elapsedMs, List.of(), List.of());
        }

        Meta withGeneratedBy(String by) {
            return new Meta(by, elapsedMs, calls, trims);
        }

        public long inputTokens() {
            return calls.stream().mapToLong(Call::inputTokens).sum();
        }

        public long outputTokens() {
            return calls.stream().mapToLong(Call::outputTokens).sum();
        }

        /** Of {@link #inputTokens()}, those the provider reported as served from its prompt cache. */
        public long cachedInputTokens() {
            return calls.stream().mapToLong(Call::cachedInputTokens).sum();
        }
    }
}
