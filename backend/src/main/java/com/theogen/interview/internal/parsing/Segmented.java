package com.theogen.interview.internal.parsing;

import java.util.List;

/** A normalised full text with its speaker turns. */
record Segmented(String fullText, List<Turn> turns) {}
