import { useCallback, useRef, useState } from 'react';
import { api } from '../api/client';
import type { InterviewSummary, ProjectLanguage } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from '../ui/errors';

export type UploadState =
  | { status: 'queued' }
  | { status: 'waiting' }
  | { status: 'sending'; percent: number }
  | { status: 'stored'; interview: InterviewSummary }
  | { status: 'failed'; message: string };

export interface QueuedFile {
  key: number;
  file: File;
  participant: string;
  state: UploadState;
}

/** The participant the server names a file's interview after when none is given: the name without extension. */
export function defaultParticipant(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(0, dot) : filename;
}

/**
 * Files picked or dropped for upload. `start` sends the queued (and failed) files one request each, in
 * order, so every file has its own progress and its own answer in the server's words; the server stores
 * interviews in upload order.
 */
export function useUploadQueue(projectId: string, onStored: () => void) {
  const { t } = useI18n();
  const [items, setItems] = useState<QueuedFile[]>([]);
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<{ stored: number; failed: number } | null>(null);
  const nextKey = useRef(0);

  const update = useCallback((key: number, change: (item: QueuedFile) => QueuedFile) => {
    setItems((current) => current.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  const add = useCallback((files: Iterable<File>) => {
    const added = Array.from(files, (file) => ({ key: nextKey.current++, file, participant: '', state: { status: 'queued' } as const }));
    if (added.length > 0) {
      setSummary(null);
      setItems((current) => [...current.filter((item) => item.state.status !== 'stored'), ...added]);
    }
  }, []);

  const remove = useCallback((key: number) => setItems((current) => current.filter((item) => item.key !== key)), []);

  const setParticipant = useCallback((key: number, participant: string) => update(key, (item) => ({ ...item, participant })), [update]);

  const clearFinished = useCallback(() => {
    setSummary(null);
    setItems((current) => current.filter((item) => item.state.status !== 'stored'));
  }, []);

  const start = useCallback(
    async (language: ProjectLanguage | '') => {
      const pending = items.filter((item) => item.state.status === 'queued' || item.state.status === 'failed');
      if (pending.length === 0) return;
      setRunning(true);
      setSummary(null);
      setItems((current) => current.map((item) => (pending.some((p) => p.key === item.key) ? { ...item, state: { status: 'waiting' } } : item)));
      let stored = 0;
      for (const item of pending) {
        update(item.key, (x) => ({ ...x, state: { status: 'sending', percent: 0 } }));
        try {
          const result = await api.uploadInterview(
            projectId,
            { file: item.file, participant: item.participant.trim(), ...(language ? { language } : {}) },
            (sent, total) => update(item.key, (x) => ({ ...x, state: { status: 'sending', percent: Math.floor((100 * sent) / total) } })),
          );
          const outcome = result.files[0];
          if (outcome?.interview) {
            const interview = outcome.interview;
            stored++;
            update(item.key, (x) => ({ ...x, state: { status: 'stored', interview } }));
            onStored();
          } else {
            const message = outcome?.detail ?? t.errors.network;
            update(item.key, (x) => ({ ...x, state: { status: 'failed', message } }));
          }
        } catch (error) {
          const message = errorText(error, t);
          update(item.key, (x) => ({ ...x, state: { status: 'failed', message } }));
        }
      }
      setSummary({ stored, failed: pending.length - stored });
      setRunning(false);
    },
    [items, projectId, onStored, t, update],
  );

  return { items, running, summary, add, remove, setParticipant, clearFinished, start };
}
