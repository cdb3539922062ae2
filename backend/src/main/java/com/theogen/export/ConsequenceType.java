package com.theogen.export;

/**
 * What kind of consequence it is: every type a domain template's typology may use, and {@code OTHER} for a
 * consequence of none of them (its own word for the type is then part of the statement).
 */
public enum ConsequenceType {
    MATERIAL,
    SOCIAL,
    INSTITUTIONAL,
    PSYCHOLOGICAL,
    HEALTH,
    EDUCATIONAL,
    ECONOMIC,
    POLITICAL,
    OTHER
}
