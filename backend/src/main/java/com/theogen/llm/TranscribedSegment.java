package com.theogen.llm;

/**
 * A passage of speech as the provider heard it, with times relative to the start of the {@link SpeechInput}.
 *
 * @param speaker the provider's diarization label ({@code Speaker 1} …), {@code null} without diarization
 */
public record TranscribedSegment(long startMs, long endMs, String speaker, String text) {}
