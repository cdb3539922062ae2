import type { Memo, SpanApplication } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { codeColor } from './codeColors';

/**
 * The memos beside the transcript: those written about this interview and those about the codes applied in it
 * (each with its code's label and colour). Nothing is shown when there are none.
 */
export function TranscriptMemos({
  interviewId,
  memos,
  applications,
}: {
  interviewId: string;
  memos: readonly Memo[];
  applications: readonly SpanApplication[];
}) {
  const { t, formatDate } = useI18n();
  const codes = new Map<string, SpanApplication>();
  for (const a of applications) if (!codes.has(a.code_id)) codes.set(a.code_id, a);
  const shown = memos.filter((m) => m.interview_id === interviewId || (m.code_id !== null && codes.has(m.code_id)));
  if (shown.length === 0) return null;
  return (
    <details className="panel transcript-memos" open>
      <summary className="transcript-memos__title">{t.transcript.memos(shown.length)}</summary>
      <ul className="memo-list">
        {shown.map((memo) => {
          const code = memo.code_id ? codes.get(memo.code_id) : undefined;
          return (
            <li key={memo.id} className="memo">
              <div className="memo__head">
                <strong>{memo.title || t.coding.untitled}</strong>
                {code && (
                  <span className="code-chip">
                    <span className="code-swatch" style={{ backgroundColor: codeColor(code.code_id, code.code_color) }} aria-hidden="true" />
                    {code.code_label}
                  </span>
                )}
                {memo.interview_id === interviewId && <span className="tag tag--quiet">{t.transcript.memoAboutInterview}</span>}
                <span className="muted">{formatDate(memo.updated_at)}</span>
              </div>
              {memo.body && <p className="prose">{memo.body}</p>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
