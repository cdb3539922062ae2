import { useId, useState, type DragEvent } from 'react';
import type { ProjectLanguage } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { defaultParticipant, useUploadQueue, type QueuedFile } from './useUploadQueue';

const ACCEPT = '.txt,.md,.markdown,.docx,.pdf,.vtt,.srt,.json,.mp3,.m4a,.aac,.wav,.ogg,.oga,.opus,.webm,.mp4';

/** Drop zone (or file picker) → queue with a pseudonym per file → uploads one by one with their progress. */
export function UploadPanel({ projectId, onStored }: { projectId: string; onStored(): void }) {
  const { t } = useI18n();
  const queue = useUploadQueue(projectId, onStored);
  const [language, setLanguage] = useState<ProjectLanguage | ''>('');
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const pending = queue.items.filter((item) => item.state.status === 'queued' || item.state.status === 'failed').length;
  const finished = queue.items.some((item) => item.state.status === 'stored');

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    queue.add(event.dataTransfer.files);
  };

  return (
    <section className="panel upload" aria-labelledby="upload-title">
      <h2 id="upload-title" className="panel__title">
        {t.upload.title}
      </h2>
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="dropzone__text">
          {t.upload.dropHere}{' '}
          <label htmlFor={inputId} className="dropzone__choose">
            {t.upload.choose}
          </label>
        </p>
        <input
          id={inputId}
          className="dropzone__input"
          type="file"
          multiple
          accept={ACCEPT}
          disabled={queue.running}
          onChange={(event) => {
            queue.add(event.target.files ?? []);
            event.target.value = '';
          }}
        />
        <p className="dropzone__formats">{t.upload.formats}</p>
      </div>

      {queue.items.length > 0 && (
        <>
          <h3 id="upload-queue-title" className="upload__queue-title">
            {t.upload.queueTitle}
          </h3>
          <ul className="upload-queue" aria-labelledby="upload-queue-title">
            {queue.items.map((item) => (
              <QueueRow
                key={item.key}
                item={item}
                projectId={projectId}
                locked={queue.running}
                onParticipant={(value) => queue.setParticipant(item.key, value)}
                onRemove={() => queue.remove(item.key)}
              />
            ))}
          </ul>
          <div className="upload__actions">
            <Field label={t.upload.language}>
              {(control) => (
                <select {...control} value={language} disabled={queue.running} onChange={(event) => setLanguage(event.target.value as ProjectLanguage | '')}>
                  <option value="">{t.upload.detect}</option>
                  <option value="es">{t.form.languages.es}</option>
                  <option value="en">{t.form.languages.en}</option>
                </select>
              )}
            </Field>
            <div className="button-row">
              {(pending > 0 || queue.running) && (
                <button type="button" className="button button--primary" disabled={queue.running} onClick={() => void queue.start(language)}>
                  {queue.running ? t.upload.uploading : t.upload.start(pending)}
                </button>
              )}
              {finished && !queue.running && (
                <button type="button" className="button button--secondary" onClick={queue.clearFinished}>
                  {t.upload.clearFinished}
                </button>
              )}
            </div>
          </div>
        </>
      )}
      <div role="status" className="upload__summary">
        {queue.summary && <p>{t.upload.summary(queue.summary.stored, queue.summary.failed)}</p>}
      </div>
    </section>
  );
}

interface QueueRowProps {
  item: QueuedFile;
  projectId: string;
  locked: boolean;
  onParticipant(value: string): void;
  onRemove(): void;
}

function QueueRow({ item, projectId, locked, onParticipant, onRemove }: QueueRowProps) {
  const { t } = useI18n();
  const { state, file } = item;
  const editable = state.status === 'queued' || state.status === 'failed';
  return (
    <li className={`upload-item upload-item--${state.status}`}>
      <div className="upload-item__file">
        <span className="upload-item__name">{file.name}</span>
        <span className="upload-item__size">{formatSize(file.size)}</span>
      </div>
      {editable ? (
        <div className="upload-item__participant">
          <Field label={t.upload.participant} hint={t.upload.participantHint(defaultParticipant(file.name))}>
            {(control) => <input {...control} value={item.participant} maxLength={200} disabled={locked} onChange={(e) => onParticipant(e.target.value)} />}
          </Field>
        </div>
      ) : (
        <p className="upload-item__participant upload-item__participant--fixed">
          {state.status === 'stored' ? state.interview.participant : item.participant || defaultParticipant(file.name)}
        </p>
      )}
      <div className="upload-item__state">
        <UploadStatus item={item} projectId={projectId} />
        {editable && (
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={locked}
            aria-label={t.upload.removeLabel(file.name)}
            onClick={onRemove}
          >
            {t.upload.remove}
          </button>
        )}
      </div>
    </li>
  );
}

function UploadStatus({ item, projectId }: { item: QueuedFile; projectId: string }) {
  const { t } = useI18n();
  const { state } = item;
  switch (state.status) {
    case 'queued':
      return null;
    case 'waiting':
      return <span className="muted">{t.upload.waiting}</span>;
    case 'sending':
      return (
        <span className="upload-progress">
          <progress max={100} value={state.percent} aria-label={t.upload.progress(item.file.name)} />
          <span className="upload-progress__text">{state.percent < 100 ? t.upload.sent(state.percent) : t.upload.processing}</span>
        </span>
      );
    case 'stored':
      return (
        <span className="upload-item__done">
          <span>{t.upload.stored(state.interview.fragment_count, state.interview.word_count)}</span>{' '}
          <Link href={paths.interview(projectId, state.interview.id)}>{t.upload.open}</Link>
        </span>
      );
    case 'failed':
      return (
        <p className="upload-item__error" role="alert">
          {state.message}
        </p>
      );
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
