import { useRef, useState } from 'react';
import { api } from '../api/client';
import { ApiError } from '../api/http';
import type { AgreementReport, AgreementRequest } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { AgreementTable, KappaLegend } from './AgreementTable';
import { DisagreementList } from './DisagreementList';

/** The report for one pair of coders: the table per code, its legend, and the disagreements of the code opened. */
export function AgreementReportView({ projectId, request }: { projectId: string; request: AgreementRequest }) {
  const { t } = useI18n();
  const [report, reload] = useResource(`agreement:${projectId}:${JSON.stringify(request)}`, (signal) => api.computeAgreement(projectId, request, signal));
  const [open, setOpen] = useState<string | null>(null);
  // Switching the unit or the interviewer turns keeps the last table on screen until the new one arrives.
  const last = useRef<AgreementReport | null>(null);
  if (report.status === 'ready') last.current = report.data;

  if (report.status === 'loading' && !last.current) return <Loading />;
  if (report.status === 'error') {
    // A rejected request (an unknown coder, a bad filter) will not change by asking again.
    const retriable = !(report.error instanceof ApiError && report.error.status >= 400 && report.error.status < 500);
    return <ErrorNotice message={errorText(report.error, t)} {...(retriable ? { onRetry: reload } : {})} />;
  }
  const data = report.status === 'ready' ? report.data : last.current!;
  const code = data.codes.find((c) => c.code_id === open) ?? null;
  return (
    <div className="agreement-report" aria-busy={report.status === 'loading'}>
      <p className="list-count">{t.agreement.summary(data.coder_a.display_name, data.coder_b.display_name, data.codes.length, data.fragments)}</p>
      {data.codes.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <p>{t.agreement.noCodes}</p>
        </div>
      ) : (
        <>
          <AgreementTable report={data} open={open} onOpen={(id) => setOpen(open === id ? null : id)} />
          <KappaLegend />
        </>
      )}
      {code && <DisagreementList key={code.code_id} projectId={projectId} report={data} code={code} onClose={() => setOpen(null)} />}
    </div>
  );
}
