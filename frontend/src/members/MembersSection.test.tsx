import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProjectMember, ProjectRole } from '../api/types';
import { fakeServer, json, noContent, problem, project, templates, token, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;
const ME = token().user.id;

function member(user_id: string, display_name: string, role: ProjectRole, email: string | null = null): ProjectMember {
  return { user_id, display_name, email, role, added_at: '2025-03-04T10:00:00Z', added_by: role === 'owner' ? null : ME };
}

const ana = member(ME, 'Ana', 'owner', 'ana@example.org');
const luis = member('u-luis', 'Luis', 'coder', 'luis@example.org');
const vera = member('u-vera', 'Vera', 'viewer', 'vera@example.org');

function server(role: ProjectRole, members: ProjectMember[], routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project({ role })),
    [`GET /api/projects/${ID}/members`]: () => json(members),
    'GET /api/projects': () => json({ items: [], page: 0, size: 10, total_items: 0, total_pages: 0 }),
    ...routes,
  });
}

describe('members section', { timeout: 20_000 }, () => {
  it('shows every member with their role, and the owner the controls to manage them', async () => {
    server('owner', [ana, luis, vera]);
    renderApp(`/projects/${ID}/members`);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Ana (you)'), expect.stringContaining('Luis'), expect.stringContaining('Vera')]);
    expect(within(rows[0]!).getByText('Owner')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Luis' })).toHaveValue('coder');
    expect(screen.getByRole('combobox', { name: 'Role of Vera' })).toHaveValue('viewer');
    expect(screen.getByRole('button', { name: 'Remove Vera from the project' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove Ana/ })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add a member' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Hand ownership over' })).toBeInTheDocument();
    expect(screen.getByText('As the owner you leave only by handing ownership to another member first.')).toBeInTheDocument();
    expect(screen.getByText('You own this project')).toBeInTheDocument();
  });

  it('adds an account by email with the chosen role and lists it', async () => {
    let members = [ana];
    const { calls } = server('owner', [], {
      [`GET /api/projects/${ID}/members`]: () => json(members),
      [`POST /api/projects/${ID}/members`]: () => {
        members = [ana, vera];
        return json(vera, 201);
      },
    });
    renderApp(`/projects/${ID}/members`);

    const form = await screen.findByRole('form', { name: 'Add a member' });
    await userEvent.type(within(form).getByLabelText(/Email of their account/), 'vera@example.org');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'viewer');
    await userEvent.click(within(form).getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('Vera was added.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'vera@example.org', role: 'viewer' });
    expect(await screen.findByRole('combobox', { name: 'Role of Vera' })).toBeInTheDocument();
  });

  it('shows the server’s words when no account uses the email', async () => {
    server('owner', [ana], {
      [`POST /api/projects/${ID}/members`]: () => problem(400, 'UNKNOWN_ACCOUNT', 'No account uses this email; ask them to register first, then add them'),
    });
    renderApp(`/projects/${ID}/members`);

    const form = await screen.findByRole('form', { name: 'Add a member' });
    await userEvent.type(within(form).getByLabelText(/Email of their account/), 'nobody@example.org');
    await userEvent.click(within(form).getByRole('button', { name: 'Add member' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('ask them to register first');
  });

  it('changes a role and removes a member after asking', async () => {
    const { calls } = server('owner', [ana, luis, vera], {
      [`PATCH /api/projects/${ID}/members/u-luis`]: () => json({ ...luis, role: 'viewer' }),
      [`DELETE /api/projects/${ID}/members/u-vera`]: () => noContent(),
    });
    renderApp(`/projects/${ID}/members`);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Luis' }), 'viewer');
    expect(await screen.findByText('Luis is now viewer.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ role: 'viewer' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove Vera from the project' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Vera?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/members/u-vera'))).toBe(true));
    expect(await screen.findByText('Vera was removed.')).toBeInTheDocument();
  });

  it('hands ownership over and, when the owner leaves with it, goes back to the projects', async () => {
    const { calls } = server('owner', [ana, luis], {
      [`POST /api/projects/${ID}/transfer-ownership`]: () => noContent(),
    });
    renderApp(`/projects/${ID}/members`);

    const form = await screen.findByRole('form', { name: 'Hand ownership over' });
    expect(within(form).getByRole('button', { name: 'Hand over' })).toBeDisabled();
    await userEvent.selectOptions(within(form).getByLabelText('New owner'), 'u-luis');
    await userEvent.click(within(form).getByLabelText('leave the project'));
    await userEvent.click(within(form).getByRole('button', { name: 'Hand over' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Make Luis the owner?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hand over' }));

    expect(await screen.findByText('Luis now owns the project.')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/transfer-ownership'))?.body).toEqual({ user_id: 'u-luis', former_owner: 'leave' });
    expect(window.location.pathname).toBe('/projects');
  });

  it('shows a viewer the members without any control to manage them, and lets them leave', async () => {
    const { calls } = server('viewer', [{ ...ana, email: null }, { ...luis, email: null }, member(ME, 'Ana', 'viewer', 'ana@example.org')], {
      [`POST /api/projects/${ID}/leave`]: () => noContent(),
    });
    renderApp(`/projects/${ID}/members`);

    await screen.findByRole('table');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Hand ownership over' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Leave project' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Leave this project?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Leave project' }));

    expect(await screen.findByText('You left “Cuidados”.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/leave'))).toBe(true);
    expect(window.location.pathname).toBe('/projects');
  });
});
