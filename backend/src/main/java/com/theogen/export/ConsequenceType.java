package com.theogen.export;

/** What kind of consequence it is. */
public enum ConsequenceType {
    MATERIAL,
    SOCIAL,
    INSTITUTIONAL
}
