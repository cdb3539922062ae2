import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProjectRole } from '../api/types';
import {
  categoryView,
  codeView,
  coverageCounts,
  fakeServer,
  interview,
  interviewPage,
  job,
  json,
  memoView,
  project,
  templates,
  token,
  type RecordedCall,
} from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;
const code = codeView('c1', 'turno de noche', { category_id: 'k1', category_name: 'Noches', application_count: 3, fragment_count: 3 });
const category = categoryView('k1', 'Noches', { code_ids: ['c1'], fragment_count: 3 });
const counts = coverageCounts(6, 1, 0, 3);

function server(role: ProjectRole, routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project({ role })),
    [`GET /api/projects/${ID}/interviews`]: () => json(interviewPage([interview()])),
    [`GET /api/projects/${ID}/jobs`]: () => json([]),
    [`GET /api/projects/${ID}/coverage`]: () => json({ project_id: ID, project: counts, interviews: [] }),
    [`GET /api/projects/${ID}/codes`]: () => json({ items: [code], page: 0, size: 100, total_items: 1, total_pages: 1 }),
    [`GET /api/projects/${ID}/categories`]: () => json([category]),
    [`GET /api/projects/${ID}/memos`]: () => json([memoView('m1', { title: 'Idea', body: 'b' })]),
    [`GET /api/projects/${ID}/theories`]: () => json({ items: [], page: 0, size: 50, total_items: 0, total_pages: 0 }),
    ...routes,
  });
}

describe('what each role sees', { timeout: 20_000 }, () => {
  it('shows a viewer the project without edit, delete, upload or interview delete', async () => {
    server('viewer');
    renderApp(`/projects/${ID}/interviews`);

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByText('You view this project')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Upload transcripts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete the interview with Marta' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Export interviews' })).toBeInTheDocument();
  });

  it('lets a coder upload but not delete interviews or edit the project', async () => {
    server('coder');
    renderApp(`/projects/${ID}/interviews`);

    expect(await screen.findByRole('region', { name: 'Upload transcripts' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete the interview with Marta' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('gives the owner every control', async () => {
    server('owner');
    renderApp(`/projects/${ID}/interviews`);

    expect(await screen.findByRole('button', { name: 'Delete the interview with Marta' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upload transcripts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it('shows a viewer the codebook, categories and memos without any way to change them', async () => {
    server('viewer');
    renderApp(`/projects/${ID}/coding`);

    const tree = await screen.findByRole('region', { name: 'Codebook' });
    expect(await within(tree).findByRole('listitem', { name: 'Noches' })).toHaveTextContent('turno de noche');
    expect(screen.queryByRole('button', { name: /^Actions for/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Auto-coding and coverage' }));
    expect(screen.queryByRole('button', { name: 'Auto-code interviews' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Memos' }));
    expect(await screen.findByText('Idea')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Rename|Merge|Delete|Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add memo' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Export the codebook' }));
    expect(screen.queryByText('New code')).not.toBeInTheDocument();
  });

  it('lets a coder code, but not cancel another member’s run', async () => {
    server('coder', {
      [`GET /api/projects/${ID}/jobs`]: () => json([job({ kind: 'auto_code', submitted_by: 'someone-else' })]),
      [`GET /api/projects/${ID}/jobs/j1`]: () => json(job({ kind: 'auto_code', submitted_by: 'someone-else' })),
    });
    renderApp(`/projects/${ID}/coding`);

    expect(await screen.findByRole('button', { name: 'Actions for turno de noche' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Auto-coding and coverage' }));
    expect(await screen.findByRole('button', { name: 'Auto-code interviews' })).toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: /progress/i })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Memos' }));
    expect(screen.getByRole('button', { name: 'Add memo' })).toBeInTheDocument();
  });

  it('lets a coder cancel their own run', async () => {
    server('coder', {
      [`GET /api/projects/${ID}/jobs`]: () => json([job({ kind: 'auto_code', submitted_by: token().user.id })]),
      [`GET /api/projects/${ID}/jobs/j1`]: () => json(job({ kind: 'auto_code', submitted_by: token().user.id })),
    });
    renderApp(`/projects/${ID}/coding`);
    await userEvent.click(await screen.findByRole('tab', { name: 'Auto-coding and coverage' }));

    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('hides Generate theory from a viewer', async () => {
    server('viewer');
    renderApp(`/projects/${ID}/theory`);

    expect(await screen.findByRole('heading', { name: 'Generate a theory' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate theory' })).not.toBeInTheDocument();
  });
});
