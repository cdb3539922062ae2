package com.theogen.analyst;

/** Labels on analyst outputs saying which engine produced them. */
public final class GeneratedBy {

    /** Every record the offline analyst emits carries this label. */
    public static final String OFFLINE = "offline";

    private GeneratedBy() {}
}
