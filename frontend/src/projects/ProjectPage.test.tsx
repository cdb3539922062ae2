import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, json, noContent, page, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;

describe('project page', () => {
  it('shows the overview: question, description, details and the template', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
    });
    renderApp(`/projects/${ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cuidados' })).toBeInTheDocument();
    expect(screen.getByText('¿Cómo se sostiene el cuidado?')).toBeInTheDocument();
    expect(screen.getByText('Entrevistas a cuidadoras')).toBeInTheDocument();
    const template = await screen.findByRole('region', { name: 'What this template brings: Health' });
    expect(within(template).getByText('patients')).toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Project sections' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Interviews', 'Coding', 'Review', 'Theory', 'Search', 'Agreement', 'Members', 'Matrices', 'Attributes']);
    expect(within(sections).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when the project does not exist, in the server’s words', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => problem(404, 'NOT_FOUND', 'Project not found'),
    });
    renderApp(`/projects/${ID}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('Project not found');
  });

  it('asks before deleting, and Escape keeps the project', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
    });
    renderApp(`/projects/${ID}`);

    const remove = await screen.findByRole('button', { name: 'Delete' });
    await userEvent.click(remove);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this project?' });
    expect(dialog).toHaveAccessibleDescription(/“Cuidados” and everything in it will be deleted for good/);
    expect(within(dialog).getByRole('button', { name: 'Keep project' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });

  it('keeps keyboard focus inside the delete dialog', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
    });
    renderApp(`/projects/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Delete project' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Keep project' })).toHaveFocus();
  });

  it('deletes after confirmation and says so on the projects list', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
      [`DELETE /api/projects/${ID}`]: () => noContent(),
      'GET /api/projects': () => json(page([])),
    });
    renderApp(`/projects/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete project' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('“Cuidados” was deleted.');
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('keeps the dialog open with the server’s reason when deleting fails', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
      [`DELETE /api/projects/${ID}`]: () => problem(409, 'THEORY_RUN_ACTIVE', 'A theory is being generated; cancel it first'),
    });
    renderApp(`/projects/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete project' }));

    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A theory is being generated; cancel it first');
  });

  it('edits the project and returns to it', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json(templates),
      [`GET /api/projects/${ID}`]: () => json(project()),
      [`PATCH /api/projects/${ID}`]: (call) => json(project(call.body as object)),
    });
    renderApp(`/projects/${ID}/edit`);

    const name = await screen.findByLabelText(/Project name/);
    expect(name).toHaveValue('Cuidados');
    await userEvent.clear(name);
    await userEvent.type(name, 'Cuidado comunitario');
    await userEvent.clear(screen.getByLabelText('Description'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Changes saved.');
    expect(window.location.pathname).toBe(`/projects/${ID}`);
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      name: 'Cuidado comunitario',
      research_question: '¿Cómo se sostiene el cuidado?',
      description: '',
      language: 'es',
      domain_template: 'health',
    });
  });
});
