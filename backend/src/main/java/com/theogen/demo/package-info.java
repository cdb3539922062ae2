/**
 * The demo project: eight interviews written for TheoGen (caregivers who work; Spanish and English; txt, md,
 * docx, vtt, srt, json) that every new account gets a copy of, ingested through the same code path as uploads.
 * The user may delete it and create it again.
 */
package com.theogen.demo;
