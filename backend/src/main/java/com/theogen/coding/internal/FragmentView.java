package com.theogen.coding.internal;

/**
 * SQL over {@code interview_fragments_v}, the view the interview module publishes for other modules' SQL
 * (docs/adr/052): coding joins its applications to fragments, their interview's participant and transcript order
 * through it, never through the interview module's tables.
 */
final class FragmentView {

    /** Joins each application {@code a} to its fragment as {@code f}. */
    static final String JOIN = " JOIN interview_fragments_v f ON f.fragment_id = a.fragment_id";

    /** Transcript order: interviews in upload order, then their fragments by ordinal. */
    static final String TRANSCRIPT_ORDER = "f.interview_created_at, f.interview_id, f.ordinal";

    private FragmentView() {}
}
