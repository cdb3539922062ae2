import { useEffect, useRef, useState } from 'react';
import type { AgreementCode, AgreementCoder, AgreementDisagreement, AgreementReport, TextSpan } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { HighlightedText } from '../interviews/HighlightedText';

/** Fragments shown at first and added per "show more": a common code can differ in hundreds of fragments. */
const PAGE = 50;

interface DisagreementListProps {
  projectId: string;
  report: AgreementReport;
  code: AgreementCode;
  onClose: () => void;
}

/** The units where the two coders differ on one code, each fragment shown twice: coder A's spans, coder B's. */
export function DisagreementList({ projectId, report, code, onClose }: DisagreementListProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [limit, setLimit] = useState(PAGE);
  // The list opens below a possibly long table: bring it into view and start reading at its title.
  useEffect(() => heading.current?.focus(), []);
  const items = report.disagreements.filter((d) => d.code_id === code.code_id);
  return (
    <section className="panel disagreements" aria-labelledby="disagreements-title">
      <div className="disagreements__head">
        <h3 id="disagreements-title" ref={heading} tabIndex={-1}>
          {t.agreement.disagreementsTitle(code.label)}
        </h3>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t.agreement.close}
        </button>
      </div>
      {items.length === 0 && code.disagreement_count === 0 && <p className="muted">{t.agreement.noDisagreements}</p>}
      {items.length < code.disagreement_count && <p className="muted">{t.agreement.shown(items.length, code.disagreement_count)}</p>}
      <ol className="disagreements__list">
        {items.slice(0, limit).map((item) => (
          <li key={item.fragment_id}>
            <Disagreement projectId={projectId} item={item} a={report.coder_a} b={report.coder_b} unitized={report.unit === 'character'} />
          </li>
        ))}
      </ol>
      {items.length > limit && (
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setLimit(limit + PAGE)}>
            {t.agreement.showMore(Math.min(PAGE, items.length - limit))}
          </button>
        </div>
      )}
    </section>
  );
}

function Disagreement({
  projectId,
  item,
  a,
  b,
  unitized,
}: {
  projectId: string;
  item: AgreementDisagreement;
  a: AgreementCoder;
  b: AgreementCoder;
  unitized: boolean;
}) {
  const { t } = useI18n();
  const first = firstSpan([...item.spans_a, ...item.spans_b]);
  return (
    <article className="disagreement">
      <p className="disagreement__where">
        <span className="disagreement__interview">{item.interview_name}</span>
        {item.speaker && <span className="speaker">{item.speaker}</span>}
        {unitized && <span className="muted">{t.agreement.differingCharacters(item.differing_characters)}</span>}
        <Link href={paths.interview(projectId, item.interview_id, { fragment: item.fragment_id, quote: first })}>{t.agreement.openInTranscript}</Link>
      </p>
      <div className="disagreement__sides">
        <Side coder={a} present={item.present_a} text={item.text} spans={item.spans_a} tone="a" />
        <Side coder={b} present={item.present_b} text={item.text} spans={item.spans_b} tone="b" />
      </div>
    </article>
  );
}

function Side({ coder, present, text, spans, tone }: { coder: AgreementCoder; present: boolean; text: string; spans: TextSpan[]; tone: 'a' | 'b' }) {
  const { t } = useI18n();
  return (
    <div className={`disagreement__side disagreement__side--${tone}`} role="group" aria-label={t.agreement.side(coder.display_name)}>
      <p className="disagreement__coder">
        <strong>{coder.display_name}</strong> <span className={present ? 'tag' : 'tag tag--quiet'}>{present ? t.agreement.coded : t.agreement.notCoded}</span>
      </p>
      <blockquote className="fragment__text">
        <HighlightedText text={text} spans={spans} className={`quote quote--${tone}`} />
      </blockquote>
    </div>
  );
}

function firstSpan(spans: TextSpan[]): TextSpan | null {
  return spans.reduce<TextSpan | null>((best, s) => (best === null || s.start < best.start ? s : best), null);
}
