import { useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';

/** Ids of the project's interviews that have a recording (whose quotes can play); empty until known. */
export function useRecordedInterviews(projectId: string): ReadonlySet<string> {
  const [list] = useResource(`recorded:${projectId}`, (signal) => api.listInterviews(projectId, 0, 100, signal));
  if (list.status !== 'ready') return EMPTY;
  return new Set(list.data.items.filter((i) => i.media !== null && i.media !== undefined).map((i) => i.id));
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Plays the stretch of the recording where an evidence quote's fragment is spoken. Shown only for interviews that
 * have a recording (`hasRecording`); the clip's times and a signed link are fetched on the first click.
 */
export function EvidenceClip({ fragmentId, label, hasRecording }: { fragmentId: string; label: string; hasRecording: boolean }) {
  const { t } = useI18n();
  const audio = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!hasRecording) return null;

  const play = async () => {
    setMessage(null);
    try {
      const clip = await api.getFragmentClip(fragmentId);
      const element = audio.current ?? new Audio();
      audio.current = element;
      element.src = clip.media.url;
      element.currentTime = clip.start_ms / 1000;
      const stopAt = Math.max(clip.end_ms, clip.start_ms + 500) / 1000;
      element.ontimeupdate = () => {
        if (element.currentTime >= stopAt) {
          element.pause();
          setPlaying(false);
        }
      };
      element.onended = () => setPlaying(false);
      await element.play();
      setPlaying(true);
    } catch (error) {
      setMessage(errorText(error, t));
      setPlaying(false);
    }
  };
  const stop = () => {
    audio.current?.pause();
    setPlaying(false);
  };
  return (
    <span className="evidence-clip">
      <button
        type="button"
        className="button button--ghost button--small evidence-clip__button"
        aria-label={playing ? t.media.stopClip : t.media.playClip(label)}
        onClick={() => (playing ? stop() : void play())}
      >
        {playing ? '■' : '▶'}
      </button>
      {message && <span className="muted evidence-clip__message">{message}</span>}
    </span>
  );
}
