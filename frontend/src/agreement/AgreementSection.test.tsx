import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Coder } from '../api/types';
import { agreementCode, agreementReport, coder, fakeServer, json, problem, project, templates, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { kappaBand } from './bands';

const ID = project().id;
const ana = coder('u1', 'user', 'Ana');
const luis = coder('u2', 'user', 'Luis');
const lucia = coder('m1', 'imported', 'Lucía Gómez');
const offline = coder('o1', 'offline', 'Offline analyst');
const model = coder('ai1', 'ai', 'gpt-4o-mini');

const night = agreementCode('c1', 'turno de noche', { kappa: 0.72, category_name: 'Noches', color: '#E06C75' });
const guilt = agreementCode('c2', 'culpa', { kappa: -0.1, alpha: -0.08, ac1: 0.4 });
const help = agreementCode('c3', 'pedir ayuda', { kappa: 0.35 });
const never = agreementCode('c4', 'vacaciones', {
  kappa: null,
  alpha: null,
  ac1: 1,
  undefined_reason: 'NO_VARIATION',
  observed: 1,
  both: 0,
  only_a: 0,
  only_b: 0,
  neither: 20,
  disagreement_count: 0,
});

function server(coders: Coder[], answer: (call: RecordedCall) => Response, routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/coders`]: () => json(coders),
    [`POST /api/projects/${ID}/agreement`]: answer,
    ...routes,
  });
}

/** The server's report for whichever pair was asked, codes in the order given (not necessarily sorted). */
function reportFor(coders: Coder[], codes = [night, guilt, never, help], extra = {}) {
  return (call: RecordedCall) => {
    const body = call.body as { coder_a: string; coder_b: string };
    const a = coders.find((c) => c.id === body.coder_a)!;
    const b = coders.find((c) => c.id === body.coder_b)!;
    return json(agreementReport(a, b, codes, extra));
  };
}

function agreementCalls(calls: RecordedCall[]) {
  return calls.filter((c) => c.method === 'POST' && c.path === `/api/projects/${ID}/agreement`);
}

afterEach(() => vi.unstubAllGlobals());

describe('agreement page', { timeout: 20_000 }, () => {
  it('compares the coders named in the address, then the ones chosen, keeping focus on the select', async () => {
    const all = [ana, luis, offline, model];
    const { calls } = server(all, reportFor(all));
    renderApp(`/projects/${ID}/agreement?a=u2&b=ai1`);

    expect(await screen.findByRole('combobox', { name: 'Coder A' })).toHaveValue('u2');
    expect(screen.getByRole('combobox', { name: 'Coder B' })).toHaveValue('ai1');
    await screen.findByText(/Luis and gpt-4o-mini: 4 codes over 20 fragments/);
    expect(agreementCalls(calls)[0]!.body).toEqual({ coder_a: 'u2', coder_b: 'ai1', unit: 'fragment', include_interviewer: false });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Coder B' }), 'o1');
    await screen.findByText(/Luis and Offline analyst/);
    expect(screen.getByRole('combobox', { name: 'Coder B' })).toHaveFocus();
    expect(agreementCalls(calls).at(-1)!.body).toMatchObject({ coder_a: 'u2', coder_b: 'o1' });
  });

  it('compares the first person with the first machine coder by default, and asks again per unit and interviewer turns', async () => {
    const all = [offline, lucia, ana];
    const { calls } = server(all, reportFor(all));
    renderApp(`/projects/${ID}/agreement`);

    await screen.findByText(/Lucía Gómez and Offline analyst/);
    expect(screen.getByRole('link', { name: 'Agreement' })).toHaveAttribute('aria-current', 'page');

    await userEvent.click(screen.getByRole('radio', { name: 'Characters' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include interviewer turns' }));
    await waitFor(() => expect(agreementCalls(calls).at(-1)!.body).toEqual({ coder_a: 'm1', coder_b: 'o1', unit: 'character', include_interviewer: true }));
  });

  it('lists the codes lowest κ first, each κ coloured by its Landis & Koch band, undefined values explained', async () => {
    const all = [ana, offline];
    server(all, reportFor(all));
    renderApp(`/projects/${ID}/agreement`);

    const table = await screen.findByRole('table', { name: 'Agreement per code, lowest κ first' });
    const rows = within(table).getAllByRole('row');
    const body = rows.slice(1, 5);
    expect(body.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['culpa', 'pedir ayuda', 'turno de noche', 'vacaciones']);
    const kappaOf = (row: HTMLElement) => within(row).getAllByRole('cell')[1]!;
    expect(kappaOf(body[0]!)).toHaveTextContent('-0.10 poor');
    expect(kappaOf(body[0]!)).toHaveClass('kappa--poor');
    expect(kappaOf(body[1]!)).toHaveClass('kappa--fair');
    expect(kappaOf(body[2]!)).toHaveClass('kappa--substantial');
    expect(kappaOf(body[3]!)).toHaveTextContent('—');
    expect(within(body[3]!).getAllByTitle(/both coders made the same choice in every unit/)).toHaveLength(2);
    expect(within(rows[5]!).getByRole('rowheader')).toHaveTextContent('Pooled');
    expect(kappaOf(rows[5]!)).toHaveTextContent('0.70 substantial');
    expect(within(rows[6]!).getAllByRole('cell')[0]).toHaveTextContent('κ defined for 3 of 4');

    const legend = screen.getByRole('figure', { name: 'Strength of agreement (κ)' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['< 0 poor', '0–0.20 slight', '0.21–0.40 fair', '0.41–0.60 moderate', '0.61–0.80 substantial', '> 0.80 almost perfect']);
    expect(legend).toHaveTextContent('Landis & Koch (1977)');
  });

  it('reads the bands on κ as shown, rounded to two decimals', () => {
    expect([-0.01, 0, 0.2, 0.204, 0.205, 0.4, 0.6, 0.8, 0.81, 1].map(kappaBand)).toEqual([
      'poor',
      'slight',
      'slight',
      'slight',
      'fair',
      'fair',
      'moderate',
      'substantial',
      'almostPerfect',
      'almostPerfect',
    ]);
  });

  it('opens a code’s disagreements with both coders’ spans on the fragment and a link to it in the transcript', async () => {
    const all = [ana, offline];
    const text = 'Por la noche no duermo y luego me siento culpable.';
    const disagreements = [
      {
        code_id: 'c2',
        fragment_id: 'f7',
        interview_id: 'i1',
        interview_name: 'Marta',
        speaker: 'Marta',
        text,
        present_a: true,
        present_b: false,
        spans_a: [{ start: text.indexOf('me siento'), end: text.length - 1 }],
        spans_b: [],
        differing_characters: 18,
      },
      {
        code_id: 'c2',
        fragment_id: 'f9',
        interview_id: 'i2',
        interview_name: 'Rosa',
        speaker: null,
        text: 'A veces pido ayuda y me da vergüenza.',
        present_a: false,
        present_b: true,
        spans_a: [],
        spans_b: [{ start: 20, end: 37 }],
        differing_characters: 17,
      },
      { ...disagreementFor('c1'), fragment_id: 'f1' },
    ];
    server(all, reportFor(all, [night, guilt], { disagreements }));
    renderApp(`/projects/${ID}/agreement`);

    await userEvent.click(await screen.findByRole('button', { name: 'Disagreements on culpa' }));

    const panel = screen.getByRole('region', { name: 'Disagreements on “culpa”' });
    const items = within(panel).getAllByRole('article');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    const sideA = within(first).getByRole('group', { name: 'Coding by Ana' });
    const sideB = within(first).getByRole('group', { name: 'Coding by Offline analyst' });
    expect(sideA.querySelector('mark')).toHaveTextContent('me siento culpable');
    expect(within(sideA).getByText('coded')).toHaveClass('tag');
    expect(sideB.querySelector('mark')).toBeNull();
    expect(within(sideB).getByText('not coded')).toHaveClass('tag--quiet');
    expect(within(items[1]!).getByRole('group', { name: 'Coding by Offline analyst' }).querySelector('mark')).toHaveTextContent('me da vergüenza.');
    expect(within(first).getByRole('link', { name: 'Open in transcript' })).toHaveAttribute(
      'href',
      `/projects/${ID}/interviews/i1?fragment=f7&quote=${text.indexOf('me siento')}-${text.length - 1}`,
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Disagreements on “culpa”' })).not.toBeInTheDocument();
  });

  it('adds the unitized α_u with the character unit, where the mean α is the mean α_u', async () => {
    const all = [ana, offline];
    const unitized = [agreementCode('c1', 'turno de noche', { kappa: 0.5, alpha: 0.51, alpha_u: 0.47 })];
    const { calls } = server(all, (call) => {
      const character = (call.body as { unit: string }).unit === 'character';
      const report = agreementReport(ana, offline, character ? unitized : [night], character ? { unit: 'character' } : {});
      return json(character ? { ...report, overall: { ...report.overall, mean_alpha: 0.47, pooled_alpha_u: 0.46 } } : report);
    });
    renderApp(`/projects/${ID}/agreement`);
    await screen.findByRole('table');
    expect(screen.queryByRole('columnheader', { name: 'α_u' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Characters' }));

    await screen.findByRole('columnheader', { name: 'α_u' });
    expect(agreementCalls(calls).at(-1)!.body).toMatchObject({ unit: 'character' });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // category, κ, α, α_u, AC1 …
    expect(cells(rows[1]!).slice(1, 5)).toEqual(['0.50 moderate', '0.51', '0.47', '0.86']);
    expect(cells(rows[2]!).slice(1, 5)).toEqual(['0.70 substantial', '0.70', '0.46', '0.88']);
    expect(cells(rows[3]!).slice(1, 5)).toEqual(['0.55 moderate', '', '0.47', '0.81']);
  });

  it('shows a long list of disagreements fifty at a time', async () => {
    const all = [ana, offline];
    const many = Array.from({ length: 60 }, (_, i) => ({ ...disagreementFor('c1'), fragment_id: `f${i}` }));
    server(all, reportFor(all, [{ ...night, disagreement_count: 60 }], { disagreements: many }));
    renderApp(`/projects/${ID}/agreement`);

    await userEvent.click(await screen.findByRole('button', { name: 'Disagreements on turno de noche' }));
    const panel = screen.getByRole('region', { name: 'Disagreements on “turno de noche”' });
    expect(within(panel).getAllByRole('article')).toHaveLength(50);

    await userEvent.click(within(panel).getByRole('button', { name: 'Show 10 more' }));
    expect(within(panel).getAllByRole('article')).toHaveLength(60);
    expect(within(panel).queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal next to the form', async () => {
    server([ana, offline], () => problem(400, 'UNKNOWN_CODER', 'Coder o1 has no coding in this project'));
    renderApp(`/projects/${ID}/agreement`);

    const form = await screen.findByRole('form', { name: 'Agreement between coders' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Coder o1 has no coding in this project');
    expect(form.nextElementSibling).toBe(alert);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('asks for two different coders instead of comparing a coder with itself', async () => {
    const { calls } = server([ana, offline], reportFor([ana, offline]));
    renderApp(`/projects/${ID}/agreement?a=u1&b=u1`);

    expect(await screen.findByText('Choose two different coders.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download XLSX' })).toBeDisabled();
    expect(agreementCalls(calls)).toHaveLength(0);
  });

  it('explains how to get a second coder when the project has fewer than two', async () => {
    const { calls } = server([ana], reportFor([ana]));
    renderApp(`/projects/${ID}/agreement`);

    expect(await screen.findByRole('heading', { name: 'Agreement needs two coders' })).toBeInTheDocument();
    expect(screen.getByText(/Only one coder has coded this project so far/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import a project' })).toHaveAttribute('href', `/projects/${ID}`);
    expect(screen.getByRole('link', { name: 'Run auto-coding' })).toHaveAttribute('href', `/projects/${ID}/coding`);
    expect(screen.getByRole('link', { name: 'Invite a member' })).toHaveAttribute('href', `/projects/${ID}/members`);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(agreementCalls(calls)).toHaveLength(0);
  });

  it('downloads the XLSX report for the pair and options on screen', async () => {
    const all = [ana, offline];
    const createObjectURL = vi.fn(() => 'blob:agreement');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { calls } = server(all, reportFor(all), {
      [`POST /api/projects/${ID}/agreement/export`]: () =>
        new Response(new Blob(['PK']), {
          status: 200,
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': 'attachment; filename="agreement.xlsx"',
          },
        }),
    });
    renderApp(`/projects/${ID}/agreement`);
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Include interviewer turns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download XLSX' }));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
    const exported = calls.find((c) => c.path === `/api/projects/${ID}/agreement/export`)!;
    expect(exported.method).toBe('POST');
    expect(exported.body).toEqual({ coder_a: 'u1', coder_b: 'o1', unit: 'fragment', include_interviewer: true });
    expect(exported.headers.authorization).toBe('Bearer token-123');
    expect(exported.headers['content-type']).toBe('application/json');
  });

  it('speaks Spanish', async () => {
    const all = [ana, offline];
    server(all, reportFor(all));
    renderApp(`/projects/${ID}/agreement`, { lang: 'es' });

    expect(await screen.findByRole('link', { name: 'Acuerdo' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Acuerdo por código, primero el κ más bajo' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('-0,10 pobre');
  });
});

function disagreementFor(codeId: string) {
  return {
    code_id: codeId,
    fragment_id: 'f0',
    interview_id: 'i1',
    interview_name: 'Marta',
    speaker: 'Marta',
    text: 'Texto.',
    present_a: true,
    present_b: false,
    spans_a: [{ start: 0, end: 5 }],
    spans_b: [],
    differing_characters: 5,
  };
}
