package com.theogen.interview.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.theogen.interview.FragmentHit;
import com.theogen.interview.InterviewDetail;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.TextSpan;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Response bodies of the interview endpoints. */
final class InterviewResponses {

    private InterviewResponses() {}

    /**
     * The answer to an upload: 201 when every file was stored, 207 when some were; one entry per file in request
     * order.
     */
    record Upload(List<FileOutcome> files, int stored, int failed) {}

    /**
     * What happened to one file: {@code status} 201 with the stored {@code interview}, or the 4xx status with
     * {@code error_code} and {@code detail} (nothing of that file was stored).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileOutcome(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String filename,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
            InterviewSummary interview,
            String errorCode,
            String detail) {}

    /**
     * One interview: the fields of its summary, flat (as in the list, {@code ready} included), and its normalised
     * full text (the text fragment offsets point into); {@code media} and {@code transcription} are set for
     * recordings.
     */
    record Interview(@JsonUnwrapped InterviewSummary summary, String fullText) {

        static Interview of(InterviewDetail detail) {
            return new Interview(detail.summary(), detail.fullText());
        }
    }

    /**
     * A fragment's fields, flat, {@code project_id} included (the OpenAPI document describes exactly these); {@code text} equals the
     * interview's {@code full_text.substring(char_start, char_end)}. {@code highlights} are ranges within
     * {@code text} where the search terms occur.
     */
    record Fragment(@JsonUnwrapped com.theogen.interview.Fragment fragment, List<TextSpan> highlights) {

        static Fragment of(FragmentHit hit) {
            return new Fragment(hit.fragment(), hit.highlights());
        }
    }
}
