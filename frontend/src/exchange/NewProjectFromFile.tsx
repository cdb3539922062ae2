import { useState } from 'react';
import { api } from '../api/client';
import { Link } from '../app/Link';
import { useI18n } from '../i18n/I18nProvider';
import { ImportForm } from './ImportForm';

/** Creates a project from a REFI-QDA file exported by another QDA tool. */
export function NewProjectFromFile() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <section className="panel" aria-labelledby="import-project-title">
      <h2 id="import-project-title" className="panel__title">
        {t.exchange.newTitle}
      </h2>
      <p className="muted">{t.exchange.newLead}</p>
      <ImportForm
        send={(file, format) => api.importAsNewProject(format, file, name.trim() || undefined)}
        done={(accepted) => <Link href={`/projects/${accepted.project_id}`}>{t.exchange.openProject}</Link>}
      >
        <label className="field">
          <span>{t.exchange.name}</span>
          <input type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      </ImportForm>
    </section>
  );
}
