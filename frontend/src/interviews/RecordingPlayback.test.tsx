import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '../app/router';
import { fakeServer, fragment, fragmentPage, interview, json, project } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { spokenAt } from './TranscriptPage';

const PID = project().id;
const IID = interview().id;
const LINK = `/api/media/${IID}?expires=1999999999&signature=abc`;
const media = { content_type: 'audio/ogg', container: 'ogg', audio_codec: 'opus', duration_ms: 9000, size_bytes: 4096, sha256: 'ab', has_video: false };
const transcript = [
  fragment(0, { speaker: 'Speaker 1', text: '¿Cómo organiza su día?', start_ms: 0, end_ms: 1200 }),
  fragment(1, { speaker: 'Speaker 2', text: 'Con turnos de noche.', start_ms: 1200, end_ms: 2900 }),
];

function server(
  recording = interview({ has_timestamps: true, media, transcription: { job_id: null, error_code: null, error: null }, speakers: ['Speaker 1', 'Speaker 2'] }),
) {
  return fakeServer({
    [`GET /api/projects/${PID}`]: () => json(project()),
    [`GET /api/interviews/${IID}`]: () => json(recording),
    [`GET /api/interviews/${IID}/fragments`]: () => json(fragmentPage(transcript)),
    [`GET /api/interviews/${IID}/coding-state`]: () => json({ interview_id: IID, fragments: [] }),
    [`GET /api/interviews/${IID}/media-link`]: () =>
      json({ url: LINK, expires_at: '2033-01-01T00:00:00Z', content_type: 'audio/ogg', duration_ms: 9000, has_video: false }),
    [`POST /api/interviews/${IID}/speakers/rename`]: () => json({ ...recording, speakers: ['Speaker 1', 'Marta'] }),
    [`POST /api/interviews/${IID}/transcription/retry`]: () =>
      json({ ...recording, status: 'transcribing', transcription: { job_id: null, error_code: null, error: null } }),
  });
}

describe('recording playback', () => {
  it('plays the recording through its signed link, seeks to a fragment and highlights the one being spoken', async () => {
    server();
    renderApp(paths.interview(PID, IID));

    const player = await screen.findByLabelText('Recording', { selector: 'audio' });
    expect(player.getAttribute('src')).toBe(LINK);
    await userEvent.click(await screen.findByRole('button', { name: 'Play fragment 2 from 0:01' }));
    expect((player as HTMLMediaElement).currentTime).toBeCloseTo(1.2);
    const items = screen.getAllByRole('listitem');
    await waitFor(() => expect(items[1]).toHaveAttribute('aria-current', 'true'));
    expect(items[0]).not.toHaveAttribute('aria-current');

    (player as HTMLMediaElement).currentTime = 0.5;
    fireEvent.timeUpdate(player);
    await waitFor(() => expect(items[0]).toHaveAttribute('aria-current', 'true'));
  });

  it('renames a speaker across the interview', async () => {
    const { calls } = server();
    renderApp(paths.interview(PID, IID));
    await userEvent.click(await screen.findByText('Rename a speaker'));
    await userEvent.selectOptions(screen.getByLabelText('Speaker to rename'), 'Speaker 2');
    await userEvent.type(screen.getByLabelText('New name'), 'Marta');
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('“Speaker 2” is now “Marta” across the interview.')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/speakers/rename'))?.body).toEqual({ from: 'Speaker 2', to: 'Marta' });
  });

  it('offers a retry and a transcript upload when the transcription failed', async () => {
    const failed = interview({
      status: 'failed',
      fragment_count: 0,
      speakers: [],
      media,
      transcription: { job_id: 'j1', error_code: 'TRANSCRIPTION_RATE_LIMITED', error: 'The service is rate-limiting requests' },
    });
    const { calls } = server(failed);
    renderApp(paths.interview(PID, IID));
    expect(await screen.findByRole('heading', { name: 'The transcription failed' })).toBeInTheDocument();
    expect(screen.getByText('TRANSCRIPTION_RATE_LIMITED')).toBeInTheDocument();
    expect(screen.getByLabelText('Transcript file')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Transcribe again' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/transcription/retry'))).toBe(true));
    expect(await screen.findByRole('heading', { name: 'Transcribing the recording' })).toBeInTheDocument();
  });

  it('knows which fragment is spoken at a moment', () => {
    expect(spokenAt(transcript, 100)).toBe(transcript[0]!.id);
    expect(spokenAt(transcript, 1300)).toBe(transcript[1]!.id);
    expect(spokenAt(transcript, 60_000)).toBeNull();
  });
});
