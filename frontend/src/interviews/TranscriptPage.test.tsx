import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../test/fakeServer';
import { fakeServer, fragment, fragmentPage, interview, json, problem, project } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { paths } from '../app/router';
import { clock } from './TranscriptPage';
import { normalise } from './HighlightedText';

const PID = project().id;
const IID = interview().id;
const FRAGMENTS = `GET /api/interviews/${IID}/fragments`;

const transcript = [
  fragment(0, { speaker: 'Entrevistadora', text: '¿Cómo empezó todo?', start_ms: 1_400 }),
  fragment(1, { speaker: 'Marta', text: 'La casa olía a gas y entonces lo supe.', start_ms: 8_139 }),
  fragment(2, { speaker: 'Entrevistadora', text: '¿Y tu hermano?', start_ms: 3_725_000 }),
];

const CODING_STATE = `GET /api/interviews/${IID}/coding-state`;
const states = {
  interview_id: IID,
  fragments: [
    { fragment_id: transcript[0]!.id, state: 'interviewer' },
    { fragment_id: transcript[1]!.id, state: 'unexamined' },
    { fragment_id: transcript[2]!.id, state: 'interviewer' },
  ],
};

function server(answer: (call: RecordedCall) => Response = () => json(fragmentPage(transcript)), extra: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    [`GET /api/projects/${PID}`]: () => json(project()),
    [`GET /api/interviews/${IID}`]: () => json(interview({ has_timestamps: true })),
    [FRAGMENTS]: answer,
    [CODING_STATE]: () => json(states),
    [`GET /api/interviews/${IID}/code-applications`]: () => json({ interview_id: IID, applications: [] }),
    [`GET /api/projects/${PID}/coders`]: () => json([]),
    [`GET /api/projects/${PID}/memos`]: () => json([]),
    [`GET /api/projects/${PID}/codes`]: () => json({ items: [], page: 0, size: 500, total_items: 0, total_pages: 0 }),
    ...extra,
  });
}

describe('transcript viewer', () => {
  it('shows the interview fragment by fragment with speakers and times', async () => {
    const { calls } = server();
    renderApp(paths.interview(PID, IID));

    expect(await screen.findByRole('heading', { level: 1, name: 'Marta' })).toBeInTheDocument();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('Marta');
    expect(items[1]).toHaveTextContent('0:08');
    expect(items[1]).toHaveTextContent('Fragment 2');
    expect(items[2]).toHaveTextContent('1:02:05');
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Projects / Cuidados / Interviews');
    expect(calls.find((c) => c.path.endsWith('/fragments'))?.query.toString()).toBe('page=0&size=500');
  });

  it('marks a participant fragment not relevant, and relevant again', async () => {
    const { calls } = server(undefined, {
      [`PUT /api/fragments/${transcript[1]!.id}/relevance`]: (call) =>
        json({ fragment_id: transcript[1]!.id, state: (call.body as { not_relevant: boolean }).not_relevant ? 'not_relevant' : 'unexamined' }),
    });
    renderApp(paths.interview(PID, IID));

    const mark = await screen.findByRole('button', { name: 'Mark fragment 2 not relevant' });
    expect(mark).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: /Mark fragment [13] / })).not.toBeInTheDocument();
    await userEvent.click(mark);

    const item = screen.getByText((_, element) => element?.id === `fragment-${transcript[1]!.id}`);
    expect(await within(item).findByText('Not relevant')).toBeInTheDocument();
    expect(item).toHaveClass('fragment--not-relevant');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Fragment 2 marked not relevant');
    const undo = within(item).getByRole('button', { name: 'Fragment 2 is relevant after all' });
    expect(undo).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(undo);

    await waitFor(() => expect(within(item).queryByText('Not relevant')).not.toBeInTheDocument());
    expect(item).not.toHaveClass('fragment--not-relevant');
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ not_relevant: true }, { not_relevant: false }]);
  });

  it('reads a long transcript page after page', async () => {
    const { calls } = server((call) => {
      const page = Number(call.query.get('page'));
      return json(fragmentPage([transcript[page]!], page, 2, 1));
    });
    renderApp(paths.interview(PID, IID));

    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
    expect(calls.filter((c) => c.path.endsWith('/fragments')).map((c) => c.query.get('page'))).toEqual(['0', '1']);
  });

  it('jumps to the linked fragment and marks the quoted span', async () => {
    server();
    renderApp(paths.interview(PID, IID, { fragment: transcript[1]!.id, quote: { start: 3, end: 16 } }));

    const target = await screen.findByText((_, element) => element?.id === `fragment-${transcript[1]!.id}`);
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveClass('fragment--target');
    const quote = within(target).getByText('casa olía a g');
    expect(quote.tagName).toBe('MARK');
  });

  it('also follows a #fragment- link', async () => {
    server();
    window.history.replaceState(null, '', `${paths.interview(PID, IID)}#fragment-${transcript[2]!.id}`);
    renderApp(`${paths.interview(PID, IID)}#fragment-${transcript[2]!.id}`);

    const target = await screen.findByText((_, element) => element?.id === `fragment-${transcript[2]!.id}`);
    await waitFor(() => expect(target).toHaveFocus());
  });

  it('says so when the linked fragment is not in the interview', async () => {
    server();
    renderApp(paths.interview(PID, IID, { fragment: 'f-elsewhere' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The linked fragment is not in this interview.');
  });

  it('searches the transcript, highlights the matches and shows a match in context', async () => {
    const { calls } = server((call) =>
      call.query.get('q') ? json(fragmentPage([{ ...transcript[1]!, highlights: [{ start: 3, end: 7 }] }])) : json(fragmentPage(transcript)),
    );
    renderApp(paths.interview(PID, IID));
    await screen.findAllByRole('listitem');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search this transcript' }), 'casa{Enter}');

    expect(await screen.findByText('1 fragment matches.')).toBeInTheDocument();
    expect(screen.getByText('casa').tagName).toBe('MARK');
    expect(calls.at(-1)?.query.toString()).toBe('page=0&size=500&q=casa');

    await userEvent.click(screen.getByRole('button', { name: 'Show in transcript' }));

    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    const target = document.getElementById(`fragment-${transcript[1]!.id}`);
    await waitFor(() => expect(target).toHaveFocus());
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('keeps one speaker’s fragments', async () => {
    const { calls } = server((call) => (call.query.get('speaker') ? json(fragmentPage([transcript[1]!])) : json(fragmentPage(transcript))));
    renderApp(paths.interview(PID, IID));
    await screen.findAllByRole('listitem');

    await userEvent.selectOptions(screen.getByLabelText('Speaker'), 'Marta');

    expect(await screen.findByText('1 fragment matches.')).toBeInTheDocument();
    expect(calls.at(-1)?.query.get('speaker')).toBe('Marta');
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole transcript' }));
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
  });

  it('opens with a search from the address', async () => {
    const { calls } = server(() => json(fragmentPage([])));
    renderApp(paths.interview(PID, IID, { q: 'gas', speaker: 'Marta' }));

    expect(await screen.findByText('No fragment matches.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('gas');
    expect(
      calls
        .filter((c) => c.path.endsWith('/fragments'))
        .at(-1)
        ?.query.toString(),
    ).toBe('page=0&size=500&speaker=Marta&q=gas');
  });

  it('shows an unknown interview in the server’s words', async () => {
    fakeServer({
      [`GET /api/projects/${PID}`]: () => json(project()),
      [`GET /api/interviews/${IID}`]: () => problem(404, 'NOT_FOUND', 'Interview not found'),
    });
    renderApp(paths.interview(PID, IID));

    expect(await screen.findByRole('alert')).toHaveTextContent('Interview not found');
  });
});

describe('transcript helpers', () => {
  it.each([
    [0, '0:00'],
    [8_139, '0:08'],
    [61_000, '1:01'],
    [3_725_000, '1:02:05'],
  ])('clock(%i) is %s', (ms, text) => {
    expect(clock(ms)).toBe(text);
  });

  it('merges overlapping highlight spans and clips them to the text', () => {
    expect(
      normalise(
        [
          { start: 8, end: 12 },
          { start: 0, end: 3 },
          { start: 2, end: 5 },
          { start: 10, end: 99 },
          { start: 40, end: 50 },
        ],
        14,
      ),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 8, end: 14 },
    ]);
  });
});
