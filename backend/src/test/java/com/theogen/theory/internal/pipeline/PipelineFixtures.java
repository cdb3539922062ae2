package com.theogen.theory.internal.pipeline;

import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.interview.Fragment;
import java.util.UUID;

/** One project, one interview with Maria's turns, and the offline coder's applications: the pipeline tests' data. */
final class PipelineFixtures {

    static final UUID PROJECT = UUID.randomUUID();
    static final UUID INTERVIEW = UUID.randomUUID();
    static final UUID OFFLINE_CODER = UUID.randomUUID();

    private PipelineFixtures() {}

    /** An offline application of {@code code} to the first occurrence of {@code quote} in the fragment. */
    static CodingSnapshot.Application application(UUID code, Fragment fragment, String quote, double confidence) {
        int start = fragment.text().indexOf(quote);
        return new CodingSnapshot.Application(
                UUID.randomUUID(),
                code,
                fragment.id(),
                INTERVIEW,
                quote,
                start,
                start + quote.length(),
                confidence,
                Origin.OFFLINE,
                OFFLINE_CODER);
    }

    /** Maria's turn number {@code ordinal} of the interview. */
    static Fragment fragment(int ordinal, String text) {
        return new Fragment(
                UUID.randomUUID(),
                INTERVIEW,
                PROJECT,
                ordinal,
                "Maria",
                text,
                ordinal * 100,
                ordinal * 100 + text.length(),
                null,
                null);
    }
}
