import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InterviewSummary } from '../api/types';
import { fakeServer, interview, interviewPage, json, noContent, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;
const LIST = `GET /api/projects/${ID}/interviews`;
const UPLOAD = `POST /api/projects/${ID}/interviews`;

function server(routes: Parameters<typeof fakeServer>[0]) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    ...routes,
  });
}

function stored(summary: InterviewSummary) {
  return json({ files: [{ filename: summary.source_filename, status: 201, interview: summary }], stored: 1, failed: 0 }, 201);
}

describe('interviews section', () => {
  it('lists the interviews with their counts and links to each transcript', async () => {
    const { calls } = server({
      [LIST]: () =>
        json(interviewPage([interview(), interview({ id: 'i2', participant: 'John', language: 'en', format: 'vtt', source_filename: 'john.vtt' })])),
    });
    renderApp(`/projects/${ID}/interviews`);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Marta' })).toHaveAttribute('href', `/projects/${ID}/interviews/${interview().id}`);
    expect(rows[1]).toHaveTextContent('marta.txt');
    expect(rows[1]).toHaveTextContent('Spanish');
    expect(rows[1]).toHaveTextContent('1,234');
    expect(rows[1]).toHaveTextContent('Ready');
    expect(rows[2]).toHaveTextContent('VTT');
    expect(screen.getByText('2 interviews')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Interviews' })).toHaveAttribute('aria-current', 'page');
    expect(calls.find((c) => c.path.endsWith('/interviews'))?.query.toString()).toBe('page=0&size=50');
  });

  it('invites the first upload when there are no interviews', async () => {
    server({ [LIST]: () => json(interviewPage([])) });
    renderApp(`/projects/${ID}/interviews`);

    expect(await screen.findByRole('heading', { name: 'No interviews yet' })).toBeInTheDocument();
    expect(screen.getByLabelText('choose files')).toHaveAttribute('type', 'file');
  });

  it('shows a failed list load in the server’s words and tries again', async () => {
    let failing = true;
    server({ [LIST]: () => (failing ? problem(503, 'UNAVAILABLE', 'Database is restarting') : json(interviewPage([interview()]))) });
    renderApp(`/projects/${ID}/interviews`);

    expect(await screen.findByRole('alert')).toHaveTextContent('Database is restarting');
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Marta' })).toBeInTheDocument();
  });

  it('uploads each chosen file on its own and shows each outcome, refusals in the server’s words', async () => {
    let listed: InterviewSummary[] = [];
    const { calls } = server({
      [LIST]: () => json(interviewPage(listed)),
      [UPLOAD]: (call) => {
        const file = (call.body as Record<string, File>).files!;
        if (file.name === 'scan.pdf') {
          return problem(400, 'NO_TEXT_LAYER', 'scan.pdf: the PDF has no text layer; run OCR first');
        }
        const summary = interview({ participant: 'P-01', fragment_count: 12, word_count: 840 });
        listed = [summary];
        return stored(summary);
      },
    });
    renderApp(`/projects/${ID}/interviews`);
    await screen.findByRole('heading', { name: 'No interviews yet' });

    await userEvent.upload(screen.getByLabelText('choose files'), [
      new File(['Entrevistadora: hola\n\nMarta: hola'], 'marta.txt', { type: 'text/plain' }),
      new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' }),
    ]);
    const queue = screen.getByRole('list', { name: 'Files to upload' });
    expect(within(queue).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.type(screen.getAllByLabelText('Participant pseudonym')[0]!, 'P-01');
    await userEvent.selectOptions(screen.getByLabelText('Language of these transcripts'), 'es');
    await userEvent.click(screen.getByRole('button', { name: 'Upload 2 files' }));

    expect(await screen.findByText('1 of 2 files uploaded; 1 file was refused.')).toBeInTheDocument();
    expect(screen.getByText('Stored: 12 fragments, 840 words.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open transcript' })).toHaveAttribute('href', `/projects/${ID}/interviews/${interview().id}`);
    expect(screen.getByText('scan.pdf: the PDF has no text layer; run OCR first')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'P-01' })).toBeInTheDocument();

    const uploads = calls.filter((c) => c.method === 'POST');
    expect(uploads).toHaveLength(2);
    expect(uploads.map((c) => Object.keys(c.body as object).sort())).toEqual([
      ['files', 'language', 'participant'],
      ['files', 'language'],
    ]);
    expect((uploads[0]!.body as Record<string, string>).participant).toBe('P-01');
    expect((uploads[1]!.body as Record<string, string>).language).toBe('es');
    // Only the refused file can be sent again.
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeInTheDocument();
  });

  it('shows a file’s progress while it is sent', async () => {
    let answer: (response: Response) => void = () => undefined;
    server({
      [LIST]: () => json(interviewPage([])),
      [UPLOAD]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    renderApp(`/projects/${ID}/interviews`);
    await screen.findByRole('heading', { name: 'No interviews yet' });

    await userEvent.upload(screen.getByLabelText('choose files'), new File(['x'.repeat(100)], 'long.txt'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload 1 file' }));

    const progress = await screen.findByRole('progressbar', { name: 'Upload of long.txt' });
    await waitFor(() => expect(progress).toHaveAttribute('value', '50'));
    expect(screen.getByText('50% sent')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uploading…' })).toBeDisabled();
    answer(stored(interview({ participant: 'long' })));
    expect(await screen.findByText('1 file uploaded.')).toBeInTheDocument();
  });

  it('takes files dropped on the drop zone', async () => {
    server({ [LIST]: () => json(interviewPage([])) });
    renderApp(`/projects/${ID}/interviews`);
    await screen.findByRole('heading', { name: 'No interviews yet' });

    const files = [new File(['a'], 'uno.txt'), new File(['b'], 'dos.md')];
    const zone = screen.getByText(/Drag transcript files here/).closest('.dropzone')!;
    fireEvent.dragOver(zone, { dataTransfer: { files, types: ['Files'] } });
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });

    expect(await screen.findByText('uno.txt')).toBeInTheDocument();
    expect(screen.getByText('dos.md')).toBeInTheDocument();
    expect(screen.getByText('Optional. Defaults to “dos”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove uno.txt' }));
    expect(screen.queryByText('uno.txt')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeInTheDocument();
  });

  it('deletes an interview after confirmation and says so', async () => {
    let listed = [interview()];
    const { calls } = server({
      [LIST]: () => json(interviewPage(listed)),
      [`DELETE /api/interviews/${interview().id}`]: () => {
        listed = [];
        return noContent();
      },
    });
    renderApp(`/projects/${ID}/interviews`);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete the interview with Marta' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this interview?' });
    expect(dialog).toHaveAccessibleDescription(/“Marta” \(marta\.txt\), its fragments and every code applied to them will be deleted/);
    expect(within(dialog).getByRole('button', { name: 'Keep interview' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete interview' }));

    expect(await screen.findByText('The interview with “Marta” was deleted.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No interviews yet' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('keeps the delete dialog open with the server’s reason when deleting fails', async () => {
    server({
      [LIST]: () => json(interviewPage([interview()])),
      [`DELETE /api/interviews/${interview().id}`]: () => problem(409, 'PROJECT_BUSY', 'A theory is being generated for this project'),
    });
    renderApp(`/projects/${ID}/interviews`);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete the interview with Marta' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete interview' }));

    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A theory is being generated for this project');
  });

  it('speaks Spanish', async () => {
    server({ [LIST]: () => json(interviewPage([interview()])) });
    renderApp(`/projects/${ID}/interviews`, { lang: 'es' });

    expect(await screen.findByRole('heading', { name: 'Subir transcripciones' })).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: 'Participante' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eliminar la entrevista con Marta' })).toBeInTheDocument();
  });

  it('exports one interview in the format and with the parts chosen, and saves the file', async () => {
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = server({
      [LIST]: () => json(interviewPage([interview(), interview({ id: 'i2', participant: 'John' })])),
      [`GET /api/projects/${ID}/interviews/export`]: () =>
        new Response('Marta: cuido', { status: 200, headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="marta.txt"' } }),
    });
    renderApp(`/projects/${ID}/interviews`);

    const panel = await screen.findByRole('region', { name: 'Export interviews' });
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Interviews' }), 'John');
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Format' }), 'XLSX');
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Codes applied to each fragment' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Download export' }));

    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(calls.find((c) => c.path.endsWith('/interviews/export'))?.query.toString()).toBe(
      'format=xlsx&interview_id=i2&metadata=true&codes=false&timestamps=true',
    );
    expect(createObjectURL).toHaveBeenCalled();
    clicked.mockRestore();
    vi.unstubAllGlobals();
  });

  it('shows a refused interview export in the server’s words', async () => {
    server({
      [LIST]: () => json(interviewPage([interview()])),
      [`GET /api/projects/${ID}/interviews/export`]: () => problem(400, 'UNSUPPORTED_FORMAT', 'Use txt, json, pdf or xlsx'),
    });
    renderApp(`/projects/${ID}/interviews`);

    const panel = await screen.findByRole('region', { name: 'Export interviews' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Download export' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('Use txt, json, pdf or xlsx');
  });
});
