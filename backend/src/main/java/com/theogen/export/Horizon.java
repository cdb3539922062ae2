package com.theogen.export;

/** When a consequence is felt. */
public enum Horizon {
    SHORT_TERM,
    LONG_TERM
}
