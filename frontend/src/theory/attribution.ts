/** "Rosa", or "Rosa (Interviewer)": the speaker only when it says more than the interview's label. */
export function attribution(interviewLabel: string, speaker: string | null | undefined): string {
  const who = speaker?.trim();
  return who && who.toLowerCase() !== interviewLabel.trim().toLowerCase() ? `${interviewLabel} (${who})` : interviewLabel;
}
