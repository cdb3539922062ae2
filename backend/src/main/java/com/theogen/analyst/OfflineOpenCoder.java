package com.theogen.analyst;

/**
 * Open coding without a language model: language-aware key-phrase extraction over a project's fragments.
 *
 * <p>Interviewer turns are never coded. A code is a readable surface phrase (never a stem) that recurs
 * across interviews; each application points at the verbatim sentence carrying the phrase. Each fragment
 * receives 0–3 codes. The result depends only on the request: the same request gives the same result,
 * element for element.
 */
public interface OfflineOpenCoder {

    /**
     * Codes the fragments of one project.
     *
     * @param request the project's fragments (all of them: document frequencies are computed over the
     *     project), the domain lexicon and the labels of codes that already exist
     * @return the codebook drafts with their applications; empty when nothing recurs
     */
    OpenCodingResult code(OpenCodingRequest request);
}
