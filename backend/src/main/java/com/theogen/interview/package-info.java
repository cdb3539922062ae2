/**
 * Interviews: upload of transcripts in several formats, parsing, speaker turns, normalisation and fragments
 * with exact character offsets into the interview's full text; browsing and searching fragments.
 *
 * <p>The offset contract every later module relies on: for every fragment,
 * {@code fullText.substring(charStart, charEnd).equals(text)}. See {@link com.theogen.interview.InterviewDetail}
 * for what {@code fullText} is. Other modules read fragments through
 * {@link com.theogen.interview.InterviewFragments} and react to {@link com.theogen.interview.InterviewIngested}
 * and {@link com.theogen.interview.InterviewDeleted}.
 */
package com.theogen.interview;
