import type { EvidenceRef } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { EvidenceClip, useRecordedInterviews } from '../interviews/EvidenceClip';
import { attribution } from './attribution';

/** Evidence quotes, each linked to its span in the transcript (with a clip button for recorded interviews). */
export function Quotes({ projectId, evidence }: { projectId: string; evidence: EvidenceRef[] }) {
  const { t } = useI18n();
  const recorded = useRecordedInterviews(projectId);
  if (evidence.length === 0) return null;
  return (
    <ul className="quotes">
      {evidence.map((e, i) => (
        <li key={`${e.fragment_id}-${i}`}>
          <Link className="quote-link" href={paths.interview(projectId, e.interview_id, { fragment: e.fragment_id, quote: { start: e.start, end: e.end } })}>
            “{e.quote}”
          </Link>{' '}
          <span className="muted">— {attribution(e.interview_label, e.speaker)}</span>{' '}
          <EvidenceClip fragmentId={e.fragment_id} label={e.interview_label} hasRecording={recorded.has(e.interview_id)} />
          <span className="visually-hidden">{t.theory.openQuote}</span>
        </li>
      ))}
    </ul>
  );
}
