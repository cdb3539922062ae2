/**
 * The offline analyst: TheoGen's embedded default "LLM". Deterministic algorithms that turn fragments into
 * codes ({@link com.theogen.analyst.OfflineOpenCoder}), codes into categories
 * ({@link com.theogen.analyst.OfflineAxialGrouper}) and categories into the selective-coding outputs of a
 * theory ({@link com.theogen.analyst.OfflineTheorist}). Everything is computed from the data passed in —
 * never canned text — and every quote is a verbatim span of its fragment with offsets. The module takes
 * plain records (ids and texts), not other modules' types, holds no state and touches no database; every
 * output is labelled {@code generated_by = "offline"}. The methods and their thresholds are recorded in
 * {@code docs/adr/007-offline-analyst.md}.
 */
package com.theogen.analyst;
