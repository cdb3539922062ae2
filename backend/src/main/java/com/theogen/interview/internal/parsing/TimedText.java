package com.theogen.interview.internal.parsing;

/** A passage of transcribed speech with its times in the recording; {@code speaker} may be {@code null}. */
public record TimedText(long startMs, long endMs, String speaker, String text) {}
