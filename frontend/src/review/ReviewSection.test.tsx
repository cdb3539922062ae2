import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Code, ReviewItem, ReviewState } from '../api/types';
import { codeView, coder, fakeServer, json, problem, project, reviewItem, templates, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;
const offline = coder('o1', 'offline', 'Offline analyst', { pending: 3 });
const model = coder('ai1', 'ai', 'gpt-4o-mini', { pending: 0 });
const ana = coder('u1', 'user', 'Ana');

function code(id: string, label: string, color: string | null = null): Code {
  return codeView(id, label, { color });
}

const codes = [code('c1', 'turno de noche', '#E06C75'), code('c2', 'vigilia'), code('c3', 'cuidar a la madre')];

function queue(): ReviewItem[] {
  return [
    reviewItem('a1', 'Trabajo de noche en el hospital y duermo poco.', 'Trabajo de noche'),
    reviewItem('a2', 'Cuido a mi madre por las tardes.', 'Cuido a mi madre', { code_id: 'c3', code_label: 'cuidar a la madre', code_color: null }),
    reviewItem('a3', 'El turno de noche es duro.', 'turno de noche', { confidence: 0.35 }),
  ];
}

/** A queue that changes as the page reviews it, like the server's. */
function server(routes: Record<string, (call: RecordedCall) => Response> = {}, role: 'owner' | 'viewer' = 'owner') {
  const items = queue();
  const counts = () => ({
    pending: items.filter((i) => i.review_state === 'pending').length,
    accepted: items.filter((i) => i.review_state === 'accepted').length,
    rejected: items.filter((i) => i.review_state === 'rejected').length,
  });
  const set = (id: string, state: ReviewState) => {
    const item = items.find((i) => i.id === id)!;
    item.review_state = state;
    return item;
  };
  const fake = fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project({ role })),
    [`GET /api/projects/${ID}/coders`]: () => json([ana, offline, model]),
    [`GET /api/projects/${ID}/codes`]: () => json({ items: codes, page: 0, size: 500, total_items: codes.length, total_pages: 1 }),
    [`GET /api/projects/${ID}/review`]: (call) => {
      const state = call.query.get('state');
      const shown = items.filter((i) => state === 'all' || i.review_state === state);
      return json({ items: shown, page: 0, size: 25, total_items: shown.length, total_pages: 1, counts: counts() });
    },
    'POST /api/code-applications/a1/review': (call) => json(set('a1', (call.body as { state: ReviewState }).state)),
    'POST /api/code-applications/a2/review': (call) => json(set('a2', (call.body as { state: ReviewState }).state)),
    'POST /api/code-applications/a3/review': (call) => json(set('a3', (call.body as { state?: ReviewState }).state ?? 'accepted')),
    [`POST /api/projects/${ID}/review`]: (call) => {
      const body = call.body as { application_ids: string[]; state: ReviewState };
      body.application_ids.forEach((id) => set(id, body.state));
      return json({ updated: body.application_ids.length, counts: counts() });
    },
    ...routes,
  });
  return { ...fake, items };
}

function reviews(calls: RecordedCall[]) {
  return calls.filter((c) => c.method === 'POST');
}

async function count(name: 'pending' | 'accepted' | 'rejected') {
  return (await screen.findByTestId(`count-${name}`)).textContent;
}

afterEach(() => vi.unstubAllGlobals());

describe('review queue', { timeout: 20_000 }, () => {
  it('lists pending machine coding with its context, moves with j/k and accepts with a, rejects with r', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/review`);

    const queueRegion = await screen.findByRole('region', { name: 'Applications to review' });
    const cards = within(queueRegion).getAllByRole('article');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByText('Trabajo de noche', { selector: 'mark' })).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('turno de noche');
    expect(cards[0]).toHaveTextContent('Offline analyst · confidence 60%');
    expect(cards[0]).toHaveAttribute('aria-current', 'true');
    expect(within(cards[0]!).getByRole('link', { name: 'Open in transcript' })).toHaveAttribute(
      'href',
      `/projects/${ID}/interviews/i1?fragment=f-a1&quote=0-16`,
    );
    expect(screen.getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(await count('pending')).toBe('3');

    await userEvent.keyboard('j');
    expect(within(queueRegion).getAllByRole('article')[1]).toHaveAttribute('aria-current', 'true');
    await userEvent.keyboard('a');
    await waitFor(() => expect(reviews(calls)).toHaveLength(1));
    expect(reviews(calls)[0]!.path).toBe('/api/code-applications/a2/review');
    expect(reviews(calls)[0]!.body).toEqual({ state: 'accepted' });
    await waitFor(async () => expect(await count('accepted')).toBe('1'));
    expect(await count('pending')).toBe('2');
    await waitFor(() => expect(within(queueRegion).getAllByRole('article')).toHaveLength(2));

    await userEvent.keyboard('k');
    await userEvent.keyboard('r');
    await waitFor(() => expect(reviews(calls)).toHaveLength(2));
    expect(reviews(calls)[1]!.path).toBe('/api/code-applications/a1/review');
    expect(reviews(calls)[1]!.body).toEqual({ state: 'rejected' });
    await waitFor(async () => expect(await count('rejected')).toBe('1'));
    expect(await count('pending')).toBe('1');
    expect(screen.getByRole('link', { name: 'See the effect on agreement' })).toHaveAttribute('href', `/projects/${ID}/agreement`);
  });

  it('accepts or rejects several selected applications at once, and shows an all-or-nothing refusal', async () => {
    let refuse = true;
    const { calls } = server({
      [`POST /api/projects/${ID}/review`]: (call) =>
        refuse
          ? problem(400, 'UNKNOWN_APPLICATIONS', 'application_ids names applications this project does not have: a9')
          : json({ updated: (call.body as { application_ids: string[] }).application_ids.length, counts: { pending: 1, accepted: 0, rejected: 2 } }),
    });
    renderApp(`/projects/${ID}/review`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select “Trabajo de noche”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “turno de noche”' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reject selected' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('application_ids names applications this project does not have');
    expect(screen.getByText('2 selected')).toBeInTheDocument();

    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reject selected' }));
    await waitFor(() => expect(screen.getByText('0 selected')).toBeInTheDocument());
    const bulk = reviews(calls).filter((c) => c.path === `/api/projects/${ID}/review`);
    expect(bulk.at(-1)!.body).toEqual({ application_ids: ['a1', 'a3'], state: 'rejected' });
    expect(screen.getByRole('status', { hidden: true }).textContent ?? '').toMatch(/2 applications reviewed/);

    await userEvent.click(screen.getByRole('button', { name: 'Select all on this page' }));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
  });

  it('moves several selected applications to another code at once, which accepts them', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/review`]: (call) =>
        json({ updated: (call.body as { application_ids: string[] }).application_ids.length, counts: { pending: 1, accepted: 2, rejected: 0 } }),
    });
    renderApp(`/projects/${ID}/review`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select “Trabajo de noche”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “turno de noche”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Change code of selected…' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search codes' }), 'vigil{Enter}');

    await waitFor(() => expect(screen.getByText('0 selected')).toBeInTheDocument());
    const bulk = reviews(calls).filter((c) => c.path === `/api/projects/${ID}/review`);
    expect(bulk.at(-1)!.body).toEqual({ application_ids: ['a1', 'a3'], state: 'accepted', code_id: 'c2' });
  });

  it('moves an application to another code found by typing, and adjusts its span to offsets inside the fragment', async () => {
    const { calls } = server({
      'POST /api/code-applications/a3/review': (call) => {
        const body = call.body as { quote_start?: number; quote_end?: number; code_id?: string };
        if (body.quote_start !== undefined && body.quote_end! > 26) {
          return problem(400, 'SPAN_OUTSIDE_FRAGMENT', 'quote_start and quote_end must satisfy 0 <= start < end <= 26');
        }
        return json(reviewItem('a3', 'El turno de noche es duro.', 'turno de noche', { review_state: 'accepted' }));
      },
    });
    renderApp(`/projects/${ID}/review`);

    const card = (await screen.findAllByRole('article'))[2]!;
    await userEvent.click(within(card).getByRole('button', { name: 'Change code' }));
    const search = within(card).getByRole('searchbox', { name: 'Search codes' });
    expect(within(card).queryByRole('button', { name: /turno de noche/ })).not.toBeInTheDocument();
    await userEvent.type(search, 'vig');
    expect(
      within(card)
        .getAllByRole('button', { name: /vigilia|cuidar/ })
        .map((b) => b.textContent),
    ).toEqual(['vigilia']);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(reviews(calls).at(-1)!.body).toEqual({ code_id: 'c2' }));

    const again = (await screen.findAllByRole('article'))[2]!;
    await userEvent.click(within(again).getByRole('button', { name: 'Adjust span' }));
    const start = within(again).getByRole('spinbutton', { name: 'Start' });
    const end = within(again).getByRole('spinbutton', { name: 'End' });
    await userEvent.clear(start);
    await userEvent.type(start, '3');
    await userEvent.clear(end);
    await userEvent.type(end, '30');
    await userEvent.click(within(again).getByRole('button', { name: 'Save span' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('0 <= start < end <= 26');

    await userEvent.clear(end);
    await userEvent.type(end, '17');
    expect(within(again).getByText('turno de noche', { selector: 'q' })).toBeInTheDocument();
    await userEvent.click(within(again).getByRole('button', { name: 'Save span' }));
    await waitFor(() => expect(reviews(calls).at(-1)!.body).toEqual({ quote_start: 3, quote_end: 17, quote: 'turno de noche' }));
  });

  it('reads the span from the words selected in the fragment text', async () => {
    server();
    renderApp(`/projects/${ID}/review`);
    const card = (await screen.findAllByRole('article'))[0]!;
    await userEvent.click(within(card).getByRole('button', { name: 'Adjust span' }));
    const text = card.querySelector('.review-card__text')!;
    // select "noche en el hospital": from inside the mark to the text after it
    const mark = text.querySelector('mark')!.firstChild!;
    const tail = mark.parentNode!.nextSibling!;
    const range = document.createRange();
    range.setStart(mark, 'Trabajo de '.length);
    range.setEnd(tail, ' en el hospital'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));

    await waitFor(() => expect(within(card).getByRole('spinbutton', { name: 'Start' })).toHaveValue(11));
    expect(within(card).getByRole('spinbutton', { name: 'End' })).toHaveValue(31);
    expect(within(card).getByText('noche en el hospital', { selector: 'q' })).toBeInTheDocument();
  });

  it('filters by coder, code and state, and asks the server again', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/review`);
    await screen.findAllByRole('article');

    const coderSelect = screen.getByRole('combobox', { name: 'Coder' });
    expect(
      within(coderSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Every machine coder', 'Offline analyst', 'gpt-4o-mini']);
    await userEvent.selectOptions(coderSelect, 'ai1');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Code' }), 'c2');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    await waitFor(() => {
      const last = calls.filter((c) => c.path === `/api/projects/${ID}/review`).at(-1)!;
      expect(last.query.get('coder')).toBe('ai1');
      expect(last.query.get('code')).toBe('c2');
      expect(last.query.get('state')).toBe('all');
    });
    expect(screen.getByRole('link', { name: 'See the effect on agreement' })).toHaveAttribute('href', `/projects/${ID}/agreement?b=ai1`);
  });

  it('lets a viewer read the queue without review actions', async () => {
    const { calls } = server({}, 'viewer');
    renderApp(`/projects/${ID}/review`);
    await screen.findAllByRole('article');
    expect(screen.getByText('Your role lets you read the queue; reviewing needs the coder role.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.keyboard('a');
    expect(reviews(calls)).toHaveLength(0);
  });

  it('points to auto-coding when there is no machine coding yet', async () => {
    server({
      [`GET /api/projects/${ID}/review`]: () =>
        json({ items: [], page: 0, size: 25, total_items: 0, total_pages: 0, counts: { pending: 0, accepted: 0, rejected: 0 } }),
    });
    renderApp(`/projects/${ID}/review`);
    expect(await screen.findByText(/No machine coding yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to coding' })).toHaveAttribute('href', `/projects/${ID}/coding`);
  });

  it('speaks Spanish', async () => {
    server();
    renderApp(`/projects/${ID}/review`, { lang: 'es' });
    expect(await screen.findByRole('heading', { name: 'Revisar la codificación automática' })).toBeInTheDocument();
    expect(await screen.findAllByRole('button', { name: 'Aceptar' })).toHaveLength(3);
    expect(screen.getByText('Pendientes', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revisión' })).toBeInTheDocument();
  });

  it('tells on the agreement page what review left out of the comparison', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
      [`GET /api/projects/${ID}/coders`]: () => json([ana, coder('o1', 'offline', 'Offline analyst', { pending: 4, rejected: 2 })]),
      [`POST /api/projects/${ID}/agreement`]: () => problem(400, 'SAME_CODER', 'x'),
    });
    renderApp(`/projects/${ID}/agreement`);
    expect(await screen.findByText('Offline analyst: 2 rejected applications are left out; 4 still await review.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the review queue' })).toHaveAttribute('href', `/projects/${ID}/review`);
  });
});
