package com.theogen.export;

/** Who created a code. */
public enum CodeOrigin {
    AI,
    OFFLINE,
    HUMAN
}
