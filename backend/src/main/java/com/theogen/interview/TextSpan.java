package com.theogen.interview;

/** A half-open range {@code [start, end)} of UTF-16 code units within some text. */
public record TextSpan(int start, int end) {}
