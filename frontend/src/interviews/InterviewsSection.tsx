import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { InterviewPage, InterviewSummary } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { DeleteDialog } from '../ui/DeleteDialog';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { Pagination } from '../ui/Pagination';
import { InterviewExportPanel } from './InterviewExportPanel';
import { SpokenLanguageControl } from './SpokenLanguageControl';
import { UploadPanel } from './UploadPanel';
import { useCan } from '../projects/role';

export const INTERVIEW_PAGE_SIZE = 50;

/** The project's transcripts: upload, list in upload order, open, delete. */
export function InterviewsSection({ projectId, page }: { projectId: string; page: number }) {
  const { t } = useI18n();
  const can = useCan();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [interviews, reload] = useResource(`interviews:${projectId}:${page}:${version}`, (signal) =>
    api.listInterviews(projectId, page - 1, INTERVIEW_PAGE_SIZE, signal),
  );
  const refresh = () => setVersion((n) => n + 1);
  const heading = useRef<HTMLHeadingElement>(null);
  // While a recording is being transcribed the list follows its status live.
  const transcribing = interviews.status === 'ready' && interviews.data.items.some((i) => i.status === 'transcribing');
  useEffect(() => {
    if (!transcribing) return undefined;
    const timer = window.setTimeout(refresh, 3000);
    return () => window.clearTimeout(timer);
  }, [transcribing, version]);
  // A refresh after an upload or a delete keeps the old rows on screen until the new ones arrive.
  const shown = useRef<InterviewPage | null>(null);
  if (interviews.status === 'ready') shown.current = interviews.data;
  const rows = interviews.status === 'ready' ? interviews.data : interviews.status === 'loading' ? shown.current : null;

  return (
    <div className="interviews">
      {can('coder') && <UploadPanel projectId={projectId} onStored={refresh} />}
      <section className="interviews__list" aria-labelledby="interviews-title">
        <h2 id="interviews-title" ref={heading} tabIndex={-1}>
          {t.interviews.title}
        </h2>
        <p className="lead">{t.interviews.lead}</p>
        {notice && (
          <div className="notice notice--success" role="status">
            <p>{notice}</p>
          </div>
        )}
        {interviews.status === 'loading' && !rows && <Loading />}
        {interviews.status === 'error' && <ErrorNotice message={errorText(interviews.error, t)} onRetry={reload} />}
        {rows && (
          <InterviewTable
            data={rows}
            projectId={projectId}
            page={page}
            onChanged={refresh}
            onDeleted={(deleted) => {
              setNotice(t.interviews.deleted(deleted.participant));
              refresh();
              // The row and its button are going: continue from the list's heading (after the dialog has
              // handed focus back to its opener).
              window.setTimeout(() => heading.current?.focus(), 0);
            }}
          />
        )}
      </section>
      {rows && rows.total_items > 0 && <InterviewExportPanel projectId={projectId} interviews={rows.items} />}
    </div>
  );
}

interface InterviewTableProps {
  data: InterviewPage;
  projectId: string;
  page: number;
  onChanged(): void;
  onDeleted(interview: InterviewSummary): void;
}

function InterviewTable({ data, projectId, page, onChanged, onDeleted }: InterviewTableProps) {
  const { t, lang, formatDate } = useI18n();
  const mayDelete = useCan()('owner');
  const [deleting, setDeleting] = useState<InterviewSummary | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const retry = async (interview: InterviewSummary) => {
    setRetryError(null);
    try {
      await api.retryTranscription(interview.id);
      onChanged();
    } catch (error) {
      setRetryError(errorText(error, t));
    }
  };
  if (data.total_items === 0) {
    return (
      <div className="empty-state empty-state--compact">
        <h3>{t.interviews.emptyTitle}</h3>
        <p>{t.interviews.emptyBody}</p>
      </div>
    );
  }
  return (
    <>
      <p className="list-count">{t.interviews.count(data.total_items)}</p>
      {retryError && <ErrorNotice message={retryError} />}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.interviews.participant}</th>
              <th scope="col">{t.interviews.file}</th>
              <th scope="col">{t.interviews.language}</th>
              <th scope="col" className="numeric">
                {t.interviews.fragments}
              </th>
              <th scope="col" className="numeric">
                {t.interviews.words}
              </th>
              <th scope="col">{t.interviews.status}</th>
              <th scope="col">{t.interviews.uploaded}</th>
              {mayDelete && (
                <th scope="col">
                  <span className="visually-hidden">{t.interviews.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.items.map((interview) => (
              <tr key={interview.id}>
                <th scope="row">
                  <Link href={paths.interview(projectId, interview.id)}>{interview.participant}</Link>
                </th>
                <td>
                  <span className="filename">{interview.source_filename}</span> <span className="tag tag--quiet">{interview.format.toUpperCase()}</span>
                </td>
                <td>
                  <SpokenLanguageControl interview={interview} onChanged={onChanged} />
                </td>
                <td className="numeric">{interview.fragment_count}</td>
                <td className="numeric">{interview.word_count.toLocaleString(lang)}</td>
                <td>
                  <span className={`status status--${interview.status}`} role={interview.status === 'transcribing' ? 'status' : undefined}>
                    {t.interviews.statuses[interview.status] ?? interview.status}
                  </span>
                  {interview.status === 'failed' && interview.transcription?.error_code && (
                    <>
                      {' '}
                      <code className="muted" title={interview.transcription.error ?? undefined}>
                        {interview.transcription.error_code}
                      </code>{' '}
                      <button type="button" className="button button--secondary button--small" onClick={() => void retry(interview)}>
                        {t.media.retry}
                      </button>
                    </>
                  )}
                </td>
                <td className="nowrap">{formatDate(interview.created_at)}</td>
                {mayDelete && (
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      aria-label={t.interviews.deleteLabel(interview.participant)}
                      onClick={() => setDeleting(interview)}
                    >
                      {t.interviews.delete}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination label={t.interviews.pagination} page={page} totalPages={data.total_pages} hrefFor={(n) => paths.project(projectId, 'interviews', n)} />
      {deleting && (
        <DeleteInterviewDialog
          interview={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            onDeleted(deleting);
          }}
        />
      )}
    </>
  );
}

function DeleteInterviewDialog({ interview, onCancel, onDeleted }: { interview: InterviewSummary; onCancel(): void; onDeleted(): void }) {
  const { t } = useI18n();
  return (
    <DeleteDialog
      title={t.interviews.deleteTitle}
      confirmLabel={t.interviews.deleteConfirm}
      deletingLabel={t.interviews.deleting}
      cancelLabel={t.interviews.deleteCancel}
      remove={() => api.deleteInterview(interview.id)}
      onCancel={onCancel}
      onDeleted={onDeleted}
    >
      <p>{t.interviews.deleteBody(interview.participant, interview.source_filename)}</p>
    </DeleteDialog>
  );
}
