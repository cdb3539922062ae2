import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, json, page, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';

describe('projects list', () => {
  it('lists projects in the server’s order (newest first) with their template and language', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json(templates),
      'GET /api/projects': () =>
        json(page([project({ id: 'b', name: 'Newer', research_question: null }), project({ id: 'a', name: 'Older', language: 'en' })])),
    });
    renderApp('/projects');

    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['Newer', 'Older']);
    expect(within(items[0]!).getByText('No research question yet')).toBeInTheDocument();
    expect(await within(items[0]!).findByText('Health')).toBeInTheDocument();
    expect(within(items[1]!).getByText('English')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Newer' })).toHaveAttribute('href', '/projects/b');
    expect(calls.find((c) => c.path === '/api/projects')?.query.toString()).toBe('page=0&size=10');
    expect(screen.queryByRole('navigation', { name: 'Project pages' })).not.toBeInTheDocument();
  });

  it('pages through many projects', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json(templates),
      'GET /api/projects': (call) => json(page([project({ name: `Page ${call.query.get('page')}` })], Number(call.query.get('page')), 25)),
    });
    renderApp('/projects');

    const pages = await screen.findByRole('navigation', { name: 'Project pages' });
    expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();

    await userEvent.click(within(pages).getByRole('link', { name: /Next/ }));

    expect(await screen.findByRole('link', { name: 'Page 1' })).toBeInTheDocument();
    expect(window.location.search).toBe('?page=2');
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/projects').map((c) => c.query.get('page'))).toEqual(['0', '1']);
  });

  it('invites the researcher to create a first project', async () => {
    fakeServer({ 'GET /api/projects': () => json(page([])) });
    renderApp('/projects');

    expect(await screen.findByRole('heading', { name: 'No projects yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New project' })).toHaveLength(1);
  });

  it('shows a failed load in place and retries', async () => {
    let attempts = 0;
    fakeServer({
      'GET /api/projects': () => (++attempts === 1 ? problem(503, 'UNAVAILABLE', 'Database is unavailable') : json(page([]))),
    });
    renderApp('/projects');

    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'No projects yet' })).toBeInTheDocument();
  });
});
