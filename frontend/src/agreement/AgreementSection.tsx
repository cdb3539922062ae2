import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { AgreementRequest, AgreementUnit, Coder } from '../api/types';
import { Link } from '../app/Link';
import { paths, type AgreementPair } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';
import { saveFile } from '../ui/saveFile';
import { AgreementReportView } from './AgreementReportView';

const UNITS: readonly AgreementUnit[] = ['fragment', 'character'];

/** Agreement: pick two coders of the project and read how well they agree, code by code. */
export function AgreementSection({ projectId, coders }: { projectId: string; coders: AgreementPair }) {
  const { t } = useI18n();
  const [list, reload] = useResource(`coders:${projectId}`, (signal) => api.listCoders(projectId, signal));
  return (
    <section className="agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t.agreement.title}</h2>
      <p className="muted">{t.agreement.lead}</p>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorNotice message={errorText(list.error, t)} onRetry={reload} />}
      {list.status === 'ready' && <ReviewNotes projectId={projectId} coders={list.data} />}
      {list.status === 'ready' &&
        (list.data.length < 2 ? (
          <NeedTwoCoders projectId={projectId} count={list.data.length} />
        ) : (
          <Comparison key={`${coders.a}:${coders.b}`} projectId={projectId} coders={list.data} chosen={coders} />
        ))}
    </section>
  );
}

/**
 * The coders compared: those named in the address when they exist, otherwise the first person and the first
 * machine coder (the usual question: how well does the model agree with me), otherwise the first two.
 */
export function defaultPair(coders: readonly Coder[], chosen: AgreementPair): [string, string] {
  const known = (id: string | null) => (id && coders.some((c) => c.id === id) ? id : null);
  const person = coders.find((c) => c.kind === 'user' || c.kind === 'imported');
  const a = known(chosen.a) ?? person?.id ?? coders[0]!.id;
  const machine = coders.find((c) => (c.kind === 'ai' || c.kind === 'offline') && c.id !== a);
  const b = known(chosen.b) ?? machine?.id ?? coders.find((c) => c.id !== a)!.id;
  return [a, b];
}

function Comparison({ projectId, coders, chosen }: { projectId: string; coders: Coder[]; chosen: AgreementPair }) {
  const { t } = useI18n();
  // The address only preselects (a link from an auto-coding run): like searches, later choices stay in the page's
  // state, because changing the address moves focus to the page heading, away from the select in use.
  const [[a, b], setPair] = useState(() => defaultPair(coders, chosen));
  const [unit, setUnit] = useState<AgreementUnit>('fragment');
  const [includeInterviewer, setIncludeInterviewer] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const same = a === b;
  const request: AgreementRequest = { coder_a: a, coder_b: b, unit, include_interviewer: includeInterviewer };
  const choose = (side: 'a' | 'b', id: string) => {
    setFailure(null);
    setPair(side === 'a' ? [id, b] : [a, id]);
  };
  const download = async (event: FormEvent) => {
    event.preventDefault();
    setDownloading(true);
    setFailure(null);
    try {
      saveFile(await api.exportAgreement(projectId, request), 'agreement.xlsx');
    } catch (error) {
      setFailure(error);
    } finally {
      setDownloading(false);
    }
  };
  const picker = (side: 'a' | 'b', label: string, value: string) => (
    <Field label={label} error={side === 'b' && same ? t.agreement.sameCoder : undefined}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => choose(side, event.target.value)}>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {t.agreement.coderOption(c.display_name, t.agreement.kinds[c.kind], c.applications)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <>
      <form className="panel agreement-form" aria-label={t.agreement.title} onSubmit={(event) => void download(event)}>
        {picker('a', t.agreement.coderA, a)}
        {picker('b', t.agreement.coderB, b)}
        <fieldset className="checks">
          <legend>{t.agreement.unit}</legend>
          {UNITS.map((u) => (
            <label key={u} className="checkbox" title={t.agreement.unitHints[u]}>
              <input type="radio" name="agreement-unit" checked={unit === u} onChange={() => setUnit(u)} />
              <span>{t.agreement.units[u]}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox agreement-form__interviewer">
          <input type="checkbox" checked={includeInterviewer} onChange={(event) => setIncludeInterviewer(event.target.checked)} />
          <span>{t.agreement.includeInterviewer}</span>
        </label>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={same || downloading}>
            {downloading ? t.agreement.downloading : t.agreement.download}
          </button>
        </div>
        <p className="field__hint agreement-form__hint">{t.agreement.unitHints[unit]}</p>
      </form>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {!same && <AgreementReportView key={`${a}:${b}`} projectId={projectId} request={request} />}
    </>
  );
}

/**
 * How review shapes the comparison (docs/adr/031): a machine coder's rejected applications are left out of it, and
 * what is still pending counts as the machine proposed it.
 */
function ReviewNotes({ projectId, coders }: { projectId: string; coders: Coder[] }) {
  const { t } = useI18n();
  const reviewed = coders.filter((c) => (c.kind === 'ai' || c.kind === 'offline') && (c.pending > 0 || c.rejected > 0));
  if (reviewed.length === 0) return null;
  return (
    <div className="agreement-review muted">
      {reviewed.map((c) => (
        <p key={c.id}>{t.agreement.reviewNote(c.display_name, c.rejected, c.pending)}</p>
      ))}
      <p>
        <Link href={paths.project(projectId, 'review')}>{t.agreement.toReview}</Link>
      </p>
    </div>
  );
}

function NeedTwoCoders({ projectId, count }: { projectId: string; count: number }) {
  const { t } = useI18n();
  return (
    <div className="empty-state agreement-empty">
      <h3>{t.agreement.needTwoTitle}</h3>
      <p>{t.agreement.needTwoBody(count)}</p>
      <ul className="agreement-empty__ways">
        <li>
          {t.agreement.needTwoImport} <Link href={paths.project(projectId)}>{t.agreement.toOverview}</Link>
        </li>
        <li>
          {t.agreement.needTwoAutoCode} <Link href={paths.project(projectId, 'coding')}>{t.agreement.toCoding}</Link>
        </li>
        <li>
          {t.agreement.needTwoInvite} <Link href={paths.project(projectId, 'members')}>{t.agreement.toMembers}</Link>
        </li>
      </ul>
    </div>
  );
}
