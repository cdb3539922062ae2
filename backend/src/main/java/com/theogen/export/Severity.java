package com.theogen.export;

/** How much a gap weakens the theory. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
