import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Code, Memo, SpanApplication } from '../api/types';
import { paths } from '../app/router';
import type { RecordedCall } from '../test/fakeServer';
import { application, codeView, coder, fakeServer, fragment, fragmentPage, interview, json, noContent, project, token } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { codeColor } from './codeColors';
import { tint } from './CodedText';
import { fold, search } from './CodePicker';

const PID = project().id;
const IID = interview().id;
const transcript = [
  fragment(0, { speaker: 'Entrevistadora', text: '¿Cómo empezó todo?' }),
  fragment(1, { speaker: 'Marta', text: 'La casa olía a gas y entonces lo supe.' }),
  fragment(2, { speaker: 'Marta', text: 'Mi hermano no vino nunca.' }),
];
const F1 = transcript[1]!.id;
const F2 = transcript[2]!.id;

function code(id: string, label: string, overrides: Partial<Code> = {}): Code {
  return codeView(id, label, { origin: 'human', human_edited: true, ...overrides });
}

const codes = [
  code('c1', 'olor', { color: '#E06C75' }),
  code('c2', 'peligro'),
  code('c3', 'hermano ausente', { category_name: 'Familia' }),
  code('c4', 'niñez'),
];

function span(
  id: string,
  fragmentId: string,
  codeId: string,
  label: string,
  start: number,
  end: number,
  overrides: Partial<SpanApplication> = {},
): SpanApplication {
  const text = transcript.find((f) => f.id === fragmentId)!.text;
  return {
    id,
    fragment_id: fragmentId,
    code_id: codeId,
    code_label: label,
    code_color: codes.find((c) => c.id === codeId)?.color ?? null,
    quote: text.slice(start, end),
    quote_start: start,
    quote_end: end,
    confidence: 1,
    origin: 'human',
    coder_id: 'u1',
    coder_name: 'Ana Pérez',
    coder_kind: 'user',
    created_at: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

const ana = span('a1', F1, 'c1', 'olor', 8, 18); // "olía a gas"
const machine = span('a2', F1, 'c2', 'peligro', 15, 18, {
  origin: 'offline',
  coder_id: 'o1',
  coder_name: 'Offline analyst',
  coder_kind: 'offline',
  confidence: 0.62,
}); // "gas"
const memo: Memo = {
  id: 'm1',
  project_id: PID,
  interview_id: null,
  code_id: 'c1',
  category_id: null,
  theory_id: null,
  title: 'Olores',
  body: 'El gas como aviso.',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  coder_id: token().user.id,
  author_kind: 'user',
  author_name: 'Ana',
  citations: [],
};

function server(applications: SpanApplication[] = [ana, machine], extra: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    [`GET /api/projects/${PID}`]: () => json(project()),
    [`GET /api/interviews/${IID}`]: () => json(interview()),
    [`GET /api/interviews/${IID}/fragments`]: () => json(fragmentPage(transcript)),
    [`GET /api/interviews/${IID}/coding-state`]: () =>
      json({ interview_id: IID, fragments: transcript.map((f, i) => ({ fragment_id: f.id, state: i === 0 ? 'interviewer' : 'unexamined' })) }),
    [`GET /api/interviews/${IID}/code-applications`]: (call) => {
      const only = call.query.get('coder');
      return json({ interview_id: IID, applications: only ? applications.filter((a) => a.coder_id === only) : applications });
    },
    [`GET /api/projects/${PID}/coders`]: () => json([coder('u1', 'user', 'Ana Pérez'), coder('o1', 'offline', 'Offline analyst')]),
    [`GET /api/projects/${PID}/memos`]: () => json([memo]),
    [`GET /api/projects/${PID}/codes`]: () => json({ items: codes, page: 0, size: 500, total_items: codes.length, total_pages: 1 }),
    ...extra,
  });
}

/** Selects `[start, end)` of the fragment's text, as a mouse would, and lets go of the button. */
function select(fragmentId: string, start: number, end: number) {
  const text = document.querySelector<HTMLElement>(`#fragment-${fragmentId} .fragment__text`)!;
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (start >= at && start <= at + length) range.setStart(node, start - at);
    if (end >= at && end <= at + length) {
      range.setEnd(node, end - at);
      break;
    }
    at += length;
  }
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  fireEvent.mouseUp(text);
}

async function opened() {
  renderApp(paths.interview(PID, IID));
  return screen.findByRole('complementary', { name: 'Codes of fragment 2' });
}

beforeEach(() => window.localStorage.clear());

describe('coded spans and the margin', () => {
  it('paints each span in its code’s colour, shows overlaps and labels every span in the margin', async () => {
    server();
    const margin = await opened();

    const labels = within(margin).getAllByRole('button');
    expect(labels.map((b) => b.textContent)).toEqual(['olor✎AP', 'peligroOA']); // ✎: a memo about the code
    expect(labels[0]).toHaveAccessibleName('olor on “olía a gas” by Ana Pérez');
    const item = document.getElementById(`fragment-${F1}`)!;
    const pieces = [...item.querySelectorAll<HTMLElement>('.coded')];
    expect(pieces.map((p) => p.textContent)).toEqual(['olía a ', 'gas']);
    const [alone, both] = pieces as [HTMLElement, HTMLElement];
    expect(alone).not.toHaveClass('coded--overlap');
    expect(alone.style.backgroundColor).toBe(tint('#E06C75'));
    expect(both).toHaveClass('coded', 'coded--overlap');
    expect(both.dataset.codes).toBe('peligro | olor');
    expect(both.style.boxShadow).toContain(codeColor('c2', null));
    expect(both.style.boxShadow).toContain('#E06C75');
    // the text is the fragment's, verbatim: the painting does not change what offsets count
    expect(item.querySelector('.fragment__text')!.textContent).toBe(transcript[1]!.text);
  });

  it('opens an application from its label, with coder, origin, confidence, quote and the code’s memos', async () => {
    server();
    const margin = await opened();

    await userEvent.click(within(margin).getByRole('button', { name: /^peligro/ }));
    const details = within(margin).getByRole('region', { name: 'Application of peligro' });
    expect(details).toHaveTextContent('CoderOffline analyst · offline analyst');
    expect(details).toHaveTextContent('OriginOffline analyst');
    expect(details).toHaveTextContent('Confidence62%');
    expect(details).toHaveTextContent('Quote“gas”');
    expect(document.querySelector('.coded--active')).toHaveTextContent('gas');

    await userEvent.click(within(margin).getByRole('button', { name: /^olor/ }));
    expect(within(margin).getByRole('region', { name: 'Application of olor' })).toHaveTextContent('OloresEl gas como aviso.');
    await userEvent.keyboard('{Escape}');
    expect(within(margin).queryByRole('region')).not.toBeInTheDocument();
  });

  it('removes an application and changes another’s code', async () => {
    let current = [ana, machine];
    const { calls } = server(undefined, {
      [`GET /api/interviews/${IID}/code-applications`]: () => json({ interview_id: IID, applications: current }),
      'DELETE /api/code-applications/a2': () => {
        current = current.filter((a) => a.id !== 'a2');
        return noContent();
      },
      'DELETE /api/code-applications/a1': () => {
        current = current.filter((a) => a.id !== 'a1');
        return noContent();
      },
      [`POST /api/fragments/${F1}/codes`]: (call) => {
        const body = call.body as { code_id: string; quote_start: number; quote_end: number };
        current = [...current, span('a9', F1, body.code_id, 'niñez', body.quote_start, body.quote_end)];
        return json(application('a9', body.code_id, F1, 'olía a gas', 8), 201);
      },
    });
    const margin = await opened();

    await userEvent.click(within(margin).getByRole('button', { name: /^peligro/ }));
    await userEvent.click(within(margin).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('“peligro” removed from “gas”.')).toBeInTheDocument();
    await waitFor(() => expect(within(margin).queryByRole('button', { name: /^peligro/ })).not.toBeInTheDocument());

    await userEvent.click(within(margin).getByRole('button', { name: /^olor/ }));
    await userEvent.click(within(margin).getByRole('button', { name: 'Change code…' }));
    const picker = screen.getByRole('dialog', { name: 'Change the code “olor”' });
    await userEvent.type(within(picker).getByRole('combobox'), 'nin{Enter}');

    expect(await screen.findByText('“olor” changed to “niñez”.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ code_id: 'c4', quote_start: 8, quote_end: 18 });
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/code-applications/a2', '/api/code-applications/a1']);
    await waitFor(() => expect(screen.getByRole('complementary', { name: 'Codes of fragment 2' })).toHaveTextContent('niñez'));
  });
});

describe('the code picker', () => {
  it('opens on a selection with nothing pre-selected, finds codes as one types and applies the first match to the exact span', async () => {
    const { calls } = server([], {
      [`POST /api/fragments/${F2}/codes`]: () => json(application('a5', 'c3', F2, 'hermano', 3), 201),
    });
    renderApp(paths.interview(PID, IID));
    await screen.findByText('Mi hermano no vino nunca.');

    select(F2, 2, 11); // " hermano " — the picker trims the spaces
    const picker = await screen.findByRole('dialog', { name: 'Apply a code' });
    expect(picker).toHaveTextContent('Quote: “hermano”');
    expect(within(picker).queryByRole('option', { selected: true })).not.toBeInTheDocument();
    expect(picker).toHaveTextContent('Type a few letters; Enter applies the first match.');
    await userEvent.keyboard('{Enter}');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(picker).getByRole('combobox'), 'herm');
    const options = within(picker).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['hermano ausenteFamilia', 'New code “herm”']);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('Coded “hermano” as “hermano ausente”.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ code_id: 'c3', quote_start: 3, quote_end: 10 });
    expect(JSON.parse(window.localStorage.getItem(`theogen.recent-codes.${PID}`)!)).toEqual(['c3']);
  });

  it('offers the recent codes first and creates a new code before applying it to the selected span', async () => {
    window.localStorage.setItem(`theogen.recent-codes.${PID}`, JSON.stringify(['c2', 'gone', 'c1']));
    const { calls } = server([], {
      [`POST /api/projects/${PID}/codes`]: () => json(code('c7', 'aviso'), 201),
      [`POST /api/fragments/${F1}/codes`]: () => json(application('a6', 'c7', F1, 'entonces lo supe', 21), 201),
    });
    renderApp(paths.interview(PID, IID));
    await screen.findByText(transcript[1]!.text);

    select(F1, 21, 37);
    const picker = await screen.findByRole('dialog', { name: 'Apply a code' });
    expect(picker).toHaveTextContent('Recent codes');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['peligro', 'olor']);
    await userEvent.type(within(picker).getByRole('combobox'), 'aviso');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['New code “aviso”']);
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('Coded “entonces lo supe” as “aviso”.')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.path, c.body])).toEqual([
      [`/api/projects/${PID}/codes`, { label: 'aviso' }],
      [`/api/fragments/${F1}/codes`, { code_id: 'c7', quote_start: 21, quote_end: 37 }],
    ]);
    expect(JSON.parse(window.localStorage.getItem(`theogen.recent-codes.${PID}`)!)).toEqual(['c7', 'c2', 'gone', 'c1']);
  });

  it('moves with the arrow keys and closes on Esc without coding', async () => {
    const { calls } = server([]);
    renderApp(paths.interview(PID, IID));
    await screen.findByText(transcript[1]!.text);

    select(F1, 3, 7);
    const picker = await screen.findByRole('dialog', { name: 'Apply a code' });
    await userEvent.type(within(picker).getByRole('combobox'), 'o');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['olor', 'hermano ausenteFamilia', 'peligro', 'New code “o”']);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(picker).getByRole('option', { selected: true })).toHaveTextContent('peligro');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('searches ignoring case and accents, label prefixes first', () => {
    expect(fold('Niñez ')).toBe('ninez');
    expect(search(codes, 'NIN').map((c) => c.label)).toEqual(['niñez']);
    expect(search([code('x', 'gas olor'), code('y', 'olor'), code('z', 'x', { definition: 'huele a olor' })], 'olor').map((c) => c.id)).toEqual([
      'y',
      'x',
      'z',
    ]);
  });
});

describe('keyboard shortcuts and the coder filter', () => {
  it('moves between fragments with j and k and opens the picker with c', async () => {
    server([]);
    renderApp(paths.interview(PID, IID));
    await screen.findByText(transcript[1]!.text);

    await userEvent.keyboard('j');
    expect(document.getElementById(`fragment-${transcript[0]!.id}`)).toHaveFocus();
    await userEvent.keyboard('jj');
    expect(document.getElementById(`fragment-${F2}`)).toHaveFocus();
    await userEvent.keyboard('k');
    expect(document.getElementById(`fragment-${F1}`)).toHaveFocus();
    await userEvent.keyboard('c');
    const picker = await screen.findByRole('dialog', { name: 'Apply a code' });
    expect(picker).toHaveTextContent(`Quote: “${transcript[1]!.text}”`);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows one coder’s spans or everyone’s', async () => {
    const { calls } = server();
    const margin = await opened();
    expect(within(margin).getAllByRole('button')).toHaveLength(2);

    await userEvent.selectOptions(screen.getByLabelText(/Coding shown/), 'Offline analyst (offline analyst)');

    await waitFor(() => expect(within(screen.getByRole('complementary', { name: 'Codes of fragment 2' })).getAllByRole('button')).toHaveLength(1));
    expect(screen.getByRole('complementary', { name: 'Codes of fragment 2' })).toHaveTextContent('peligro');
    expect(
      calls
        .filter((c) => c.path.endsWith('/code-applications'))
        .at(-1)
        ?.query.get('coder'),
    ).toBe('o1');
    expect(
      calls
        .filter((c) => c.path.endsWith('/coding-state'))
        .at(-1)
        ?.query.get('coder'),
    ).toBe('o1');
    await userEvent.selectOptions(screen.getByLabelText(/Coding shown/), 'Everyone');
    await waitFor(() => expect(within(screen.getByRole('complementary', { name: 'Codes of fragment 2' })).getAllByRole('button')).toHaveLength(2));
  });

  it('shows the memos about the interview’s codes beside the text', async () => {
    server();
    await opened();
    const memos = screen.getByText('1 memo about this interview and its codes').closest('details')!;
    expect(memos).toHaveTextContent('1 memo about this interview and its codes');
    expect(memos).toHaveTextContent('Olores');
    expect(memos).toHaveTextContent('olor');
  });
});
