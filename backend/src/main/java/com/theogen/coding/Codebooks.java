package com.theogen.coding;

import java.util.UUID;

/**
 * Read access to a project's coding for other modules (theory, export, evidence resync). No ownership check:
 * callers check access to the project first (through {@code ProjectAccess}).
 */
public interface Codebooks {

    /** Every code, category, relation and code application of the project; empty lists for an unknown project. */
    CodingSnapshot snapshot(UUID projectId);

    /**
     * Brings the evidence stores up to date with the project's current coding (fragment payloads and graph
     * nodes/links), writing only what differs from the last push; a store that lost its contents since (see
     * {@code Evidence.generations()}) gets the whole project. Idempotent; blocking.
     *
     * @throws com.theogen.evidence.EvidenceSourceException when a store stays unreachable through its retries
     */
    void syncEvidence(UUID projectId);
}
