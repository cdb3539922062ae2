import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http';
import { fakeServer, json, problem, templates } from '../test/fakeServer';
import { renderWithProviders } from '../test/render';
import { EMPTY_PROJECT, ProjectForm, type ProjectValues } from './ProjectForm';

function renderForm(onSubmit: (values: ProjectValues) => Promise<void> = vi.fn().mockResolvedValue(undefined), lang: 'en' | 'es' = 'en') {
  renderWithProviders(
    <ProjectForm initial={EMPTY_PROJECT} submitLabel="Create project" busyLabel="Creating…" cancelHref="/projects" onSubmit={onSubmit} />,
    lang,
  );
  return onSubmit;
}

describe('ProjectForm', () => {
  it('requires a name before submitting and puts the cursor on it', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    const onSubmit = renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    const name = screen.getByLabelText(/Project name/);
    expect(name).toHaveAccessibleDescription('Required.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toBeRequired();
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('clears a field’s message once the researcher edits it', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await userEvent.type(screen.getByLabelText(/Project name/), 'C');

    expect(screen.getByLabelText(/Project name/)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Required.')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rejects a research question longer than the server accepts', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    const onSubmit = renderForm();

    await userEvent.type(screen.getByLabelText(/Project name/), 'Cuidados');
    const question = screen.getByLabelText('Research question');
    await userEvent.click(question);
    await userEvent.paste('x'.repeat(2001));
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    expect(question).toHaveAccessibleDescription(/Use at most 2000 characters\./);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the trimmed values with the chosen language and template', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    const onSubmit = renderForm();

    await userEvent.type(screen.getByLabelText(/Project name/), '  Cuidados  ');
    await userEvent.type(screen.getByLabelText('Research question'), '¿Cómo se sostiene el cuidado?');
    await userEvent.selectOptions(screen.getByLabelText('Language of the interviews'), 'es');
    await userEvent.selectOptions(await screen.findByLabelText('Domain template'), 'health');
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Cuidados',
      research_question: '¿Cómo se sostiene el cuidado?',
      description: '',
      language: 'es',
      domain_template: 'health',
    });
  });

  it('previews the actors, critical dimensions and metrics of the chosen template', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    renderForm();

    const preview = await screen.findByRole('region', { name: /What this template brings: Generic/ });
    expect(within(preview).getByText('participants')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Domain template'), 'health');

    const health = screen.getByRole('region', { name: 'What this template brings: Health' });
    const list = (title: string) =>
      within(within(health).getByRole('heading', { name: title }).parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(list('Actors')).toEqual(['patients', 'carers', 'nurses']);
    expect(list('Critical dimensions')).toEqual(['access to care', 'adherence']);
    expect(list('Metrics')).toEqual(['waiting time', 'readmissions']);
    expect(within(health).getByText('Patients, carers and health services.')).toBeInTheDocument();
  });

  it('names templates in the interface language', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    renderForm(undefined, 'es');

    const select = await screen.findByLabelText('Plantilla de dominio');
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Salud' })).toBeInTheDocument());
  });

  it('shows why templates are missing and loads them again on request', async () => {
    let attempts = 0;
    fakeServer({
      'GET /api/domain-templates': () => (++attempts === 1 ? problem(503, 'UNAVAILABLE', 'Template catalogue is unavailable') : json(templates)),
    });
    renderForm();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Templates could not be loaded. Template catalogue is unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: /What this template brings/ })).toBeInTheDocument();
  });

  it('shows the server’s messages next to the fields it rejected', async () => {
    fakeServer({ 'GET /api/domain-templates': () => json(templates) });
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(400, 'VALIDATION_FAILED', 'Invalid request: name: size must be between 0 and 200', {
        name: 'size must be between 0 and 200',
      }),
    );
    renderForm(onSubmit);

    await userEvent.type(screen.getByLabelText(/Project name/), 'Cuidados');
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid request: name: size must be between 0 and 200');
    expect(screen.getByLabelText(/Project name/)).toHaveAccessibleDescription('size must be between 0 and 200');
    expect(screen.getByRole('button', { name: 'Create project' })).toBeEnabled();
  });
});
