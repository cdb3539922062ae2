package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Objects;

/**
 * What open coding needs.
 *
 * @param projectLanguage the language definitions are written in (fragments keep their own language)
 * @param fragments the project's fragments, interviewer turns included (they are skipped)
 * @param lexicon the domain template's terms: recognised as concepts and preferred when ranking
 * @param existingCodeLabels labels already in the codebook: a phrase that matches one reuses it
 */
public record OpenCodingRequest(
        Language projectLanguage,
        List<AnalystFragment> fragments,
        List<String> lexicon,
        List<String> existingCodeLabels) {

    public OpenCodingRequest {
        Objects.requireNonNull(projectLanguage, "projectLanguage");
        fragments = List.copyOf(fragments);
        lexicon = lexicon == null ? List.of() : List.copyOf(lexicon);
        existingCodeLabels = existingCodeLabels == null ? List.of() : List.copyOf(existingCodeLabels);
    }
}
