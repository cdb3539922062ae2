package com.theogen.export;

/**
 * What evidence verification found before the theory was saved.
 *
 * @param quotesChecked quotes the pipeline checked
 * @param verified quotes found verbatim in their fragments (kept)
 * @param dropped quotes that were not verbatim and were removed
 * @param unknownEvidenceIds evidence ids that named no fragment of the project (removed)
 */
public record VerificationCounts(int quotesChecked, int verified, int dropped, int unknownEvidenceIds) {}
