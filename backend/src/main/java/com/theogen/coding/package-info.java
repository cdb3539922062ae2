/**
 * Coding: the codebook (codes with their origin, code applications with verbatim quote offsets), categories
 * and the relations between them, memos and coverage; auto-coding as a durable job, by a language model or by
 * the offline analyst.
 * <p>Other modules read a project's coding through {@link com.theogen.coding.Codebooks} and run coding stages
 * inside their own jobs through {@link com.theogen.coding.AutoCoding}. PostgreSQL is the system of record; the
 * module pushes every change to the evidence stores (vector payloads and graph) after it commits.
 */
package com.theogen.coding;
