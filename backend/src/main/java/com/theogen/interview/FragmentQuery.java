package com.theogen.interview;

/**
 * Which fragments of an interview to return.
 *
 * @param speaker only this speaker's fragments (case-insensitive); {@code null} for all
 * @param text only fragments containing every word of this query, ignoring case and accents; {@code null} for all
 * @param page zero-based page
 * @param size page size
 */
public record FragmentQuery(String speaker, String text, int page, int size) {}
