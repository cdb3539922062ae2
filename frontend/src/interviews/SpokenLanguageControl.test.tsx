import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InterviewSummary } from '../api/types';
import { paths } from '../app/router';
import type { RecordedCall } from '../test/fakeServer';
import { fakeServer, fragment, fragmentPage, interview, interviewPage, json, problem, project } from '../test/fakeServer';
import { renderApp } from '../test/render';

const PID = project().id;
const IID = interview().id;
const LIST = `GET /api/projects/${PID}/interviews`;
const PATCH = `PATCH /api/interviews/${IID}`;

const french = interview({ spoken_language: 'fr' });
const english = interview({ id: 'i2', participant: 'John', source_filename: 'john.txt', spoken_language: 'en', spoken_language_manual: true });

function listServer(role: 'owner' | 'viewer', patch: (call: RecordedCall) => Response = () => json(french)) {
  let current: InterviewSummary[] = [french, english];
  return fakeServer({
    'GET /api/domain-templates': () => json([]),
    [`GET /api/projects/${PID}`]: () => json(project({ role })),
    [LIST]: () => json(interviewPage(current)),
    [PATCH]: (call) => {
      const answer = patch(call);
      if (answer.ok) {
        const body = call.body as { spoken_language: string };
        const next =
          body.spoken_language === 'auto'
            ? { ...french, spoken_language_manual: false }
            : { ...french, spoken_language: body.spoken_language as InterviewSummary['spoken_language'], spoken_language_manual: true };
        current = [next, english];
        return json(next);
      }
      return answer;
    },
  });
}

describe('spoken language of interviews', () => {
  it('shows each interview’s detected or corrected language in the list', async () => {
    listServer('owner');
    renderApp(paths.project(PID, 'interviews'));

    const marta = await screen.findByRole('combobox', { name: 'Language spoken in Marta’s interview' });
    expect(marta).toHaveValue('auto');
    expect(within(marta).getByRole('option', { selected: true })).toHaveTextContent('Detected: French');
    const john = screen.getByRole('combobox', { name: 'Language spoken in John’s interview' });
    expect(john).toHaveValue('en');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('set by hand');
    expect(rows[1]).not.toHaveTextContent('set by hand');
  });

  it('lets a coder correct the language, and return to detection', async () => {
    const { calls } = listServer('owner');
    renderApp(paths.project(PID, 'interviews'));

    const marta = await screen.findByRole('combobox', { name: 'Language spoken in Marta’s interview' });
    await userEvent.selectOptions(marta, 'Portuguese');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Language spoken in Marta’s interview' })).toHaveValue('pt'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ spoken_language: 'pt' }]);
    expect(within(screen.getAllByRole('row')[1]!).getByText('set by hand')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language spoken in Marta’s interview' }), 'Detect again');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Language spoken in Marta’s interview' })).toHaveValue('auto'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ spoken_language: 'pt' }, { spoken_language: 'auto' }]);
  });

  it('shows a refused correction in the server’s words', async () => {
    listServer('owner', () => problem(400, 'UNSUPPORTED_SPOKEN_LANGUAGE', 'spoken_language must be one of en, es, fr'));
    renderApp(paths.project(PID, 'interviews'));

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language spoken in Marta’s interview' }), 'German');
    expect(await screen.findByRole('alert')).toHaveTextContent('spoken_language must be one of en, es, fr');
  });

  it('shows a viewer the language without a control', async () => {
    listServer('viewer');
    renderApp(paths.project(PID, 'interviews'));

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('French');
    expect(rows[2]).toHaveTextContent('English');
    expect(rows[2]).toHaveTextContent('set by hand');
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('corrects the language from the transcript header', async () => {
    const { calls } = fakeServer({
      [`GET /api/projects/${PID}`]: () => json(project()),
      [`GET /api/interviews/${IID}`]: () => json(french),
      [`GET /api/interviews/${IID}/fragments`]: () => json(fragmentPage([fragment(0, { speaker: 'Marta', text: 'Ma mère est à la maison.' })])),
      [`GET /api/interviews/${IID}/coding-state`]: () => json({ interview_id: IID, fragments: [] }),
      [`GET /api/interviews/${IID}/code-applications`]: () => json({ interview_id: IID, applications: [] }),
      [`GET /api/projects/${PID}/coders`]: () => json([]),
      [`GET /api/projects/${PID}/memos`]: () => json([]),
      [`GET /api/projects/${PID}/codes`]: () => json({ items: [], page: 0, size: 500, total_items: 0, total_pages: 0 }),
      [PATCH]: () => json({ ...french, spoken_language: 'it', spoken_language_manual: true }),
    });
    renderApp(paths.interview(PID, IID));

    const header = (await screen.findByRole('heading', { level: 1, name: 'Marta' })).closest('header')!;
    const select = within(header).getByRole('combobox', { name: 'Language spoken in Marta’s interview' });
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('Detected: French');
    await userEvent.selectOptions(select, 'Italian');
    await waitFor(() => expect(within(header).getByRole('combobox')).toHaveValue('it'));
    expect(within(header).getByText('set by hand')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ spoken_language: 'it' });
  });
});
