import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { GeneratePanel } from './GeneratePanel';
import { TheoryView } from './TheoryView';

/** Generate a theory (resuming a run after a reload), read any saved version, export it. */
export function TheorySection({ projectId }: { projectId: string }) {
  const { t, formatDate } = useI18n();
  const [version, setVersion] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [history, reload] = useResource(`theories:${projectId}:${version}`, (signal) => api.listTheories(projectId, 0, 50, signal));
  const current = chosen ?? (history.status === 'ready' ? (history.data.items[0]?.id ?? null) : null);
  return (
    <div className="theory">
      <GeneratePanel
        projectId={projectId}
        onSaved={() => {
          setChosen(null);
          setVersion((n) => n + 1);
        }}
      />
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <ErrorNotice message={errorText(history.error, t)} onRetry={reload} />}
      {history.status === 'ready' && history.data.items.length === 0 && (
        <div className="empty-state empty-state--compact">
          <p>{t.theory.none}</p>
        </div>
      )}
      {history.status === 'ready' && history.data.items.length > 0 && (
        <div className="theory__layout">
          <nav className="panel theory__history" aria-labelledby="theory-history">
            <h2 id="theory-history" className="panel__title">
              {t.theory.history}
            </h2>
            <ol>
              {history.data.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="link-button" aria-current={item.id === current ? 'true' : undefined} onClick={() => setChosen(item.id)}>
                    {t.theory.versionLabel(item.version)}
                  </button>
                  <span className="muted">
                    {' '}
                    · {formatDate(item.created_at)} · {item.central_category}
                  </span>
                </li>
              ))}
            </ol>
          </nav>
          {current && <TheoryView key={current} projectId={projectId} theoryId={current} />}
        </div>
      )}
    </div>
  );
}
