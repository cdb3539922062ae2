import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';

/** The study at a glance: interviews, participants, words, coding by coder, codes, categories, theory versions. */
export function StudyOverviewPanel({ projectId }: { projectId: string }) {
  const { t, lang } = useI18n();
  const [overview, reload] = useResource(`overview:${projectId}`, (signal) => api.getStudyOverview(projectId, signal));
  const number = (n: number) => n.toLocaleString(lang);
  return (
    <section className="panel" aria-labelledby="study-overview-title">
      <h2 id="study-overview-title" className="panel__title">
        {t.overviewStats.title}
      </h2>
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'error' && <ErrorNotice message={errorText(overview.error, t)} onRetry={reload} />}
      {overview.status === 'ready' && (
        <>
          <dl className="study-stats">
            <Stat label={t.overviewStats.interviews} value={number(overview.data.interviews)} />
            <Stat label={t.overviewStats.participants} value={number(overview.data.participants)} title={t.overviewStats.participantsHint} />
            <Stat label={t.overviewStats.words} value={number(overview.data.words)} />
            <Stat label={t.overviewStats.fragments} value={number(overview.data.fragments)} />
            <Stat
              label={t.overviewStats.coded}
              value={number(overview.data.coded_fragments)}
              title={t.overviewStats.ofParticipant(overview.data.coded_fragments, overview.data.participant_fragments)}
            />
            <Stat label={t.overviewStats.codes} value={number(overview.data.codes)} />
            <Stat label={t.overviewStats.categories} value={number(overview.data.categories)} />
            <Stat label={t.overviewStats.theories} value={number(overview.data.theory_versions)} />
          </dl>
          {overview.data.coded_by_coder.length > 0 && (
            <>
              <h3 className="study-stats__subtitle">{t.overviewStats.byCoder}</h3>
              <ul className="study-stats__coders">
                {overview.data.coded_by_coder.map((c) => (
                  <li key={c.coder_id}>
                    <span>{c.display_name}</span> <strong>{number(c.fragments)}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function Stat({ label, value, title }: { label: string; value: string; title?: string }) {
  return (
    <div className="study-stats__item" title={title}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
