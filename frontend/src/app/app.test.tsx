import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, json, page, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { parseRoute, paths } from './router';

describe('routes', () => {
  it.each([
    ['/', '', { name: 'projects', page: 1 }],
    ['/projects', '?page=3', { name: 'projects', page: 3 }],
    ['/projects', '?page=-2', { name: 'projects', page: 1 }],
    ['/projects/new', '', { name: 'newProject' }],
    ['/projects/abc', '', { name: 'project', projectId: 'abc', section: 'overview' }],
    ['/projects/abc/edit', '', { name: 'editProject', projectId: 'abc' }],
    ['/projects/abc/interviews', '', { name: 'project', projectId: 'abc', section: 'interviews', page: 1 }],
    ['/projects/abc/interviews', '?page=2', { name: 'project', projectId: 'abc', section: 'interviews', page: 2 }],
    [
      '/projects/abc/interviews/i9',
      '?fragment=f3&quote=4-19',
      { name: 'interview', projectId: 'abc', interviewId: 'i9', fragment: 'f3', quote: { start: 4, end: 19 }, q: null, speaker: null },
    ],
    [
      '/projects/abc/interviews/i9',
      '?q=%20madre%20&speaker=Marta&quote=9-2',
      { name: 'interview', projectId: 'abc', interviewId: 'i9', fragment: null, quote: null, q: 'madre', speaker: 'Marta' },
    ],
    ['/projects/abc/agreement', '?a=u1&b=ai%3A7', { name: 'project', projectId: 'abc', section: 'agreement', coders: { a: 'u1', b: 'ai:7' } }],
    ['/projects/abc/agreement', '?b=', { name: 'project', projectId: 'abc', section: 'agreement', coders: { a: null, b: null } }],
    ['/projects/abc/edit/more', '', { name: 'notFound' }],
    ['/sign-in', '?next=%2Fprojects%2Fabc', { name: 'signIn', next: '/projects/abc' }],
    ['/sign-in', '?next=https%3A%2F%2Fevil.example', { name: 'signIn', next: null }],
    ['/sign-in', '?next=%2F%2Fevil.example', { name: 'signIn', next: null }],
    ['/nowhere', '', { name: 'notFound' }],
  ])('%s%s', (path, search, route) => {
    expect(parseRoute(path, search)).toEqual(route);
  });
});

it('links to the agreement of two coders with an address the route reads back', () => {
  const href = new URL(paths.agreement('p 1', 'u1', 'ai:7'), 'http://localhost');
  expect(href.pathname + href.search).toBe('/projects/p%201/agreement?a=u1&b=ai%3A7');
  expect(parseRoute(href.pathname, href.search)).toEqual({ name: 'project', projectId: 'p 1', section: 'agreement', coders: { a: 'u1', b: 'ai:7' } });
  expect(paths.agreement('p1')).toBe('/projects/p1/agreement');
});

describe('dashboard frame', () => {
  it('switches the interface to Spanish and remembers the choice', async () => {
    fakeServer({ 'GET /api/projects': () => json(page([])) });
    renderApp('/projects');

    await userEvent.click(await screen.findByRole('button', { name: 'Español' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Proyectos' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('es');
    expect(window.localStorage.getItem('theogen.ui-language')).toBe('es');
  });

  it('opens the projects list at the root address', async () => {
    fakeServer({ 'GET /api/projects': () => json(page([])) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/projects');
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')).toHaveTextContent('Projects');
  });

  it('offers a skip link as the first stop for keyboard users', async () => {
    fakeServer({ 'GET /api/projects': () => json(page([])) });
    renderApp('/projects');
    await screen.findByRole('heading', { level: 1, name: 'Projects' });

    await userEvent.tab();

    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
  });

  it('moves focus to the new page’s heading after navigating', async () => {
    fakeServer({
      'GET /api/domain-templates': () => json(templates),
      'GET /api/projects': () => json(page([project()])),
      [`GET /api/projects/${project().id}`]: () => json(project()),
    });
    renderApp('/projects');

    await userEvent.click(await screen.findByRole('link', { name: 'Cuidados' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Cuidados' })).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit project' })).toHaveFocus();
  });

  it('shows a page-not-found message for unknown addresses', async () => {
    fakeServer({});
    renderApp('/projects/abc/nothing-here/really');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
