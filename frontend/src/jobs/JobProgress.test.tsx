import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages';
import { fakeServer, job, json, problem } from '../test/fakeServer';
import { renderWithProviders } from '../test/render';
import { JobProgress, stepLabel } from './JobProgress';
import { activeJob, useJob } from './useJob';

function Followed() {
  const { job: current, pollError, cancel, canceling } = useJob('p1', 'j1');
  return current ? <JobProgress title="Theory" job={current} pollError={pollError} canceling={canceling} onCancel={() => void cancel()} /> : null;
}

describe('job progress', () => {
  it('follows a job until it is done, showing its step and step log', async () => {
    let polls = 0;
    fakeServer({
      'GET /api/projects/p1/jobs/j1': () => {
        polls++;
        return json(polls === 1 ? job() : job({ status: 'completed', progress: 100, step: 'save_theory', next_poll_seconds: null, result_id: 't1' }));
      },
    });
    renderWithProviders(<Followed />);

    expect(await screen.findByRole('progressbar', { name: 'Theory: progress' })).toHaveAttribute('value', '55');
    expect(screen.getByText('Now: Building the paradigm model')).toBeInTheDocument();
    expect(screen.getByText('Step log (2 steps)')).toBeInTheDocument();
    expect(screen.getByText('2.4 s')).toBeInTheDocument();

    expect(await screen.findByText('Done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '100');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(polls).toBe(2);
  });

  it('cancels on request', async () => {
    const { calls } = fakeServer({
      'GET /api/projects/p1/jobs/j1': () => json(job({ next_poll_seconds: 5 })),
      'POST /api/projects/p1/jobs/j1/cancel': () => json(job({ status: 'canceled', next_poll_seconds: null })),
    });
    renderWithProviders(<Followed />);

    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('Canceled')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('shows why a job failed in the server’s words, and a degraded run as such', () => {
    renderWithProviders(
      <>
        <JobProgress title="A" job={job({ status: 'failed', error: 'The model refused the request', next_poll_seconds: null })} />
        <JobProgress title="B" job={job({ status: 'completed', degraded: true, next_poll_seconds: null })} />
      </>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('The model refused the request');
    expect(screen.getByText(/Finished with a fallback/)).toBeInTheDocument();
  });

  it('says what a job that completed with failed model calls coded, skipped and why', () => {
    renderWithProviders(
      <>
        <JobProgress
          title="Auto-coding"
          job={job({
            kind: 'auto_code',
            status: 'completed',
            degraded: true,
            next_poll_seconds: null,
            outcome: { coded_fragments: 6, skipped_fragments: 4, failed_batches: 2 },
            warning_code: 'LLM_RATE_LIMITED',
          })}
        />
        <JobProgress title="Other" job={job({ status: 'completed', degraded: true, next_poll_seconds: null, warning_code: 'LLM_SOMETHING_NEW' })} />
      </>,
    );

    expect(
      screen.getByText(
        'Done with problems: 6 fragments coded, 4 skipped because 2 model calls failed. The skipped fragments stay uncoded: run it again to code them. Cause: the model was rate-limiting requests.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Done, but part of the work failed. Cause: LLM_SOMETHING_NEW.')).toBeInTheDocument();
    expect(screen.queryByText(/Finished with a fallback/)).not.toBeInTheDocument();
  });

  it('keeps following when a poll fails, and says so', async () => {
    fakeServer({ 'GET /api/projects/p1/jobs/j1': () => problem(503, 'UNAVAILABLE', 'Busy') });
    function Seeded() {
      const { job: current, pollError } = useJob('p1', 'j1', job({ next_poll_seconds: 1 }));
      return current ? <JobProgress title="Theory" job={current} pollError={pollError} /> : null;
    }
    renderWithProviders(<Seeded />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The status could not be refreshed; trying again. Busy');
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '55');
  });

  it('finds the project’s active job of a kind', async () => {
    fakeServer({
      'GET /api/projects/p1/jobs': () => json([job({ task_id: 'a', kind: 'auto_code' }), job({ task_id: 'b', status: 'completed' }), job({ task_id: 'c' })]),
    });

    expect((await activeJob('p1', 'theory'))?.task_id).toBe('c');
    expect(await activeJob('p1', 'export')).toBeNull();
  });

  it.each([
    ['verify_evidence', 'Verifying every quote'],
    ['auto_code:2/8', 'Coding the interviews (2/8)'],
    ['rebuild_index', 'Rebuild index'],
  ])('names the step %s', (code, label) => {
    expect(stepLabel(code, en)).toBe(label);
  });
});
