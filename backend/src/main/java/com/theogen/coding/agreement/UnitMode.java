package com.theogen.coding.agreement;

/** What the coders' judgements are compared over. */
public enum UnitMode {
    /**
     * Fragments: a code is present in a fragment when any application of it overlaps the fragment by at least
     * one character. κ, α and AC1 over fragments.
     */
    FRAGMENT,
    /**
     * Characters of the compared fragments: κ and AC1 over characters (present = inside an application), and
     * Krippendorff's unitized α_u over the spans of each interview.
     */
    CHARACTER
}
