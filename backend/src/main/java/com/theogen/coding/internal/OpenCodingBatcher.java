package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.llm.LlmClient;
import com.theogen.llm.ModelRole;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Cuts open-coding targets into batches of consecutive fragments of one interview that fit both sides of a call:
 * the fragment text within the batch share of the coding model's input budget, and the reply the batch is expected
 * to produce within the output cap. The reply is estimated per fragment from a typical code application counted
 * with the model's tokenizer (docs/adr/027): {@value #PLANNED_CODES} codes per fragment, each the fixed part of a
 * code (label, definition, properties, dimensions, confidence, JSON keys) plus its quote (the fragment, at most
 * {@value #QUOTE_TOKENS} tokens), filling {@value #OUTPUT_SHARE} of the cap. A reply that still overflows is
 * detected and its unanswered fragments retried ({@link LlmOpenCoding}), so the estimate trades calls, not data.
 */
final class OpenCodingBatcher {

    /** The prompt allows 1 to 3 codes per fragment; many fragments get fewer, some none. */
    static final int PLANNED_CODES = 2;

    /** A quote is at most 300 characters: about 80 tokens in either language. */
    static final int QUOTE_TOKENS = 80;

    /** Headroom for replies longer than planned. */
    static final double OUTPUT_SHARE = 0.8;

    private static final String SAMPLE_ENTRY = "{\"fragment_id\": \"f00\", \"codes\": []},";
    private static final String SAMPLE_CODE_EN = "{\"label\": \"Staying up with a sick parent\", \"definition\":"
            + " \"Night care given by an adult child that cuts into their own rest; not daytime errands.\","
            + " \"properties\": [\"frequency\", \"who shares it\"], \"dimensions\": [\"frequency: some nights"
            + " to every night\", \"sharing: alone to with siblings\"], \"quote\": \"\", \"confidence\": 0.85},";
    private static final String SAMPLE_CODE_ES = "{\"label\": \"Velar de noche a un padre enfermo\", \"definition\":"
            + " \"Cuidado nocturno de un hijo adulto que recorta su propio descanso; no incluye trámites de día.\","
            + " \"properties\": [\"frecuencia\", \"con quién se comparte\"], \"dimensions\": [\"frecuencia: algunas"
            + " noches a todas\", \"reparto: en soledad a con hermanos\"], \"quote\": \"\", \"confidence\": 0.85},";

    record Batch(UUID interviewId, List<Scoped> fragments) {}

    private final LlmClient llm;
    private final CodingProperties properties;

    OpenCodingBatcher(LlmClient llm, CodingProperties properties) {
        this.llm = llm;
        this.properties = properties;
    }

    /** Batches in target order; a batch never spans interviews and holds at least one fragment. */
    List<Batch> batches(List<Scoped> targets, Language language) {
        int available =
                llm.budget(ModelRole.CODING, properties.maxOutputTokens()).available();
        int inputShare = Math.max(1, (int) (available * properties.batchTokenShare()));
        int outputShare = (int) (properties.maxOutputTokens() * OUTPUT_SHARE);
        int entry = llm.countTokens(ModelRole.CODING, SAMPLE_ENTRY);
        int code = llm.countTokens(ModelRole.CODING, language == Language.ES ? SAMPLE_CODE_ES : SAMPLE_CODE_EN);
        List<Batch> batches = new ArrayList<>();
        List<Scoped> current = new ArrayList<>();
        int input = 0;
        int output = 0;
        for (Scoped fragment : targets) {
            int in = llm.countTokens(ModelRole.CODING, LlmOpenCoding.line("f00", fragment));
            int out = entry + PLANNED_CODES * (code + Math.min(in, QUOTE_TOKENS));
            boolean full = !current.isEmpty()
                    && (!interviewOf(current.get(0)).equals(interviewOf(fragment))
                            || input + in > inputShare
                            || output + out > outputShare
                            || current.size() >= properties.batchMaxFragments());
            if (full) {
                batches.add(new Batch(interviewOf(current.get(0)), List.copyOf(current)));
                current.clear();
                input = 0;
                output = 0;
            }
            current.add(fragment);
            input += in;
            output += out;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(interviewOf(current.get(0)), List.copyOf(current)));
        }
        return batches;
    }

    private static UUID interviewOf(Scoped fragment) {
        return fragment.fragment().interviewId();
    }
}
