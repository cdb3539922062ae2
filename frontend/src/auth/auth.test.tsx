import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, json, page, problem, token } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { loadSession, saveSession, sessionFromToken } from './session';

describe('sign-in and registration', () => {
  it('sends a signed-out visitor to sign-in and back where they were going', async () => {
    fakeServer({
      'POST /api/auth/login': () => json(token()),
      'GET /api/projects': () => json(page([])),
    });
    renderApp('/projects?page=1', { signedIn: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname + window.location.search).toBe('/sign-in?next=%2Fprojects%3Fpage%3D1');

    await userEvent.type(screen.getByLabelText(/Email/), 'ana@example.org');
    await userEvent.type(screen.getByLabelText(/Password/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    expect(window.location.search).toBe('?page=1');
    expect(loadSession()?.token).toBe('token-123');
  });

  it('shows the server’s reason for a failed sign-in next to the form', async () => {
    fakeServer({ 'POST /api/auth/login': () => problem(401, 'INVALID_CREDENTIALS', 'Wrong email or password') });
    renderApp('/sign-in', { signedIn: false });

    await userEvent.type(await screen.findByLabelText(/Email/), 'ana@example.org');
    await userEvent.type(screen.getByLabelText(/Password/), 'not the password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('checks the registration form before asking the server', async () => {
    const { calls } = fakeServer({});
    renderApp('/register', { signedIn: false });

    await userEvent.type(await screen.findByLabelText(/Email/), 'not-an-email');
    await userEvent.type(screen.getByLabelText(/Password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText(/Email/)).toHaveAccessibleDescription('Enter an email address such as ana@example.org.');
    expect(screen.getByLabelText(/Password/)).toHaveAccessibleDescription('At least 10 characters. A short sentence works well. Use at least 10 characters.');
    expect(calls).toHaveLength(0);
  });

  it('shows a conflict from the server in place', async () => {
    fakeServer({ 'POST /api/auth/register': () => problem(409, 'EMAIL_TAKEN', 'An account with this email already exists') });
    renderApp('/register', { signedIn: false });

    await userEvent.type(await screen.findByLabelText(/Email/), 'ana@example.org');
    await userEvent.type(screen.getByLabelText(/Password/), 'a long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists');
  });

  it('ends the session when the server rejects the token', async () => {
    fakeServer({ 'GET /api/projects': () => problem(401, 'INVALID_TOKEN', 'The access token is invalid') });
    renderApp('/projects');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended. Sign in again to continue.');
    expect(window.location.search).toBe('?next=%2Fprojects');
    expect(loadSession()).toBeNull();
  });

  it('signs out', async () => {
    fakeServer({ 'GET /api/projects': () => json(page([])) });
    renderApp('/projects');

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(loadSession()).toBeNull();
  });
});

describe('stored session', () => {
  it('is forgotten once the token has expired', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    saveSession(sessionFromToken(token({ expires_in: 60 }), now));

    expect(loadSession(now + 59_000)?.user.email).toBe('ana@example.org');
    expect(loadSession(now + 61_000)).toBeNull();
  });
});
