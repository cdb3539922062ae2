import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { api } from '../api/client';
import type { MediaLink } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** What the transcript asks of the player. */
export interface PlayerControls {
  /** Jumps to `ms` and plays from there. */
  seek(ms: number): void;
}

interface MediaPlayerProps {
  interviewId: string;
  /** Called as playback moves (and after a seek), with the position in milliseconds. */
  onTime(ms: number): void;
}

/**
 * The interview's recording. Media elements cannot send the bearer token, so the source is a short-lived signed
 * link; when it expires mid-session the element fails, a new link is fetched and playback resumes where it was.
 */
export const MediaPlayer = forwardRef<PlayerControls, MediaPlayerProps>(function MediaPlayer({ interviewId, onTime }, ref) {
  const { t } = useI18n();
  const element = useRef<HTMLMediaElement | null>(null);
  const [link, setLink] = useState<MediaLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resumeAt = useRef<number | null>(null);
  const refreshes = useRef(0);

  const load = (signal?: AbortSignal) =>
    api.getMediaLink(interviewId, signal).then(
      (next) => {
        setLink(next);
        setError(null);
      },
      (failure: unknown) => {
        if (!signal?.aborted) setError(failure);
      },
    );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new interview needs a new link; `load` is a fresh closure each render
  }, [interviewId]);

  useImperativeHandle(ref, () => ({
    seek(ms: number) {
      const media = element.current;
      if (!media) return;
      media.currentTime = ms / 1000;
      onTime(ms);
      playQuietly(media);
    },
  }));

  if (error) return <ErrorNotice message={`${t.media.linkFailed} ${errorText(error, t)}`} onRetry={() => void load()} />;
  if (!link) return null;
  const common = {
    ref: (node: HTMLMediaElement | null) => {
      element.current = node;
    },
    src: link.url,
    controls: true,
    preload: 'metadata' as const,
    className: 'media-player__element',
    'aria-label': t.media.player,
    onTimeUpdate: (event: React.SyntheticEvent<HTMLMediaElement>) => onTime(event.currentTarget.currentTime * 1000),
    onSeeked: (event: React.SyntheticEvent<HTMLMediaElement>) => onTime(event.currentTarget.currentTime * 1000),
    onLoadedMetadata: (event: React.SyntheticEvent<HTMLMediaElement>) => {
      if (resumeAt.current !== null) {
        event.currentTarget.currentTime = resumeAt.current;
        resumeAt.current = null;
        playQuietly(event.currentTarget);
      }
    },
    onError: (event: React.SyntheticEvent<HTMLMediaElement>) => {
      // most likely the signed link expired: fetch a new one (a few times at most) and resume
      if (refreshes.current < 3) {
        refreshes.current += 1;
        resumeAt.current = event.currentTarget.currentTime;
        void load();
      } else {
        setError(new Error(t.media.linkFailed));
      }
    },
  };
  return (
    <section className="media-player" aria-label={t.media.player}>
      {link.has_video ? <video {...common} /> : <audio {...common} />}
      <p className="muted media-player__hint">{t.media.playerHint}</p>
    </section>
  );
});

/** Starts playback; a browser that refuses (autoplay rules) leaves the player paused, which is fine. */
function playQuietly(media: HTMLMediaElement) {
  try {
    const started = media.play() as Promise<void> | undefined;
    started?.catch(() => undefined);
  } catch {
    // not playable here (no media support): the position still moves
  }
}
