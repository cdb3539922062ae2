// Drives the real dashboard in Debian's Chromium against a running backend:
// register -> create project (template preview) -> edit -> upload interviews (one refused) -> transcript search
// and jump to a fragment -> delete an interview -> a recording: attach its transcript, play and seek -> auto-code
// -> theory (paradigm, network, saturation, PDF, export history) -> interview export -> a hand-applied code -> agreement of
// the researcher with the auto-coder (table, a disagreement on the text) -> search
// -> a second account added as viewer sees the project without edit controls -> list -> Spanish UI -> narrow
// window -> search-and-code three hits -> the interactive network -> delete -> review of machine coding (accept, reject, counts), then sign-in errors and an expired session. Every page runs under the server's
// Content-Security-Policy; a violation fails the run. Saves a screenshot of each page; exits non-zero on failure.
//
//   THEOGEN_URL=http://localhost:8080 THEOGEN_SCREENSHOTS=/tmp/shots node e2e/dashboard.e2e.mjs
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The page a failed step photographs (failure.png next to the other screenshots). */
let failurePage = null;

const base = required('THEOGEN_URL').replace(/\/$/, '');
const shots = resolve(process.env.THEOGEN_SCREENSHOTS ?? 'target/e2e-screenshots');
const demo = new URL('../../backend/src/main/resources/theogen/demo/', import.meta.url);
const executablePath = process.env.THEOGEN_CHROMIUM ?? '/usr/bin/chromium';
// Waits, not timing targets: generous because CI machines are small and shared.
const TIMEOUT = 30_000;

const problems = [];
const cspViolations = [];
let context;
const userDataDir = await mkdtemp(join(tmpdir(), 'theogen-e2e-'));
try {
  await mkdir(shots, { recursive: true });
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(TIMEOUT);
  // Every Content-Security-Policy violation becomes a console error naming the directive, on top of the browser's
  // own "Refused to ..." message: the dashboard must run under the server's policy without tripping it once.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  failurePage = page;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP violation') || text.includes('Content Security Policy')) {
      cspViolations.push(text);
    }
    // The browser logs every 4xx response as an error; the expected ones (401 probes) are not failures.
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
      problems.push(`console error: ${text}`);
    }
  });
  await run(page);
  if (cspViolations.length > 0) {
    throw new Error(`Content-Security-Policy violations:\n  ${cspViolations.join('\n  ')}`);
  }
  if (problems.length > 0) {
    throw new Error(`The page reported errors:\n  ${problems.join('\n  ')}`);
  }
  console.log('dashboard e2e: all steps passed');
} catch (error) {
  console.error(`dashboard e2e FAILED: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
} finally {
  await context?.close();
  await rm(userDataDir, { recursive: true, force: true });
}

async function run(page) {
  const email = `ana-${Date.now()}@example.org`;
  const viewerEmail = `vera-${Date.now()}@example.org`;
  const password = 'a long passphrase for tests';

  await step('signed-out visitors land on sign-in', async () => {
    const dashboard = await page.goto(`${base}/projects`);
    const policy = dashboard?.headers()['content-security-policy'] ?? '';
    if (!policy.includes("script-src 'self'") || policy.includes('unsafe-inline')) {
      throw new Error(`the dashboard is served without a strict Content-Security-Policy: "${policy}"`);
    }
    await page.waitForURL(/\/sign-in\?next=%2Fprojects$/);
    await heading(page, 'Sign in');
    await page.keyboard.press('Tab');
    await expectText(page.locator(':focus'), 'Skip to content');
    await shot(page, '01-sign-in');
  });

  await step('register', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading(page, 'Create your account');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByLabel('Your name').fill('Ana Pérez');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await shot(page, '02-register');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/projects$/);
    await heading(page, 'Projects');
    await page.getByText('No projects yet').waitFor();
    await page.getByText('Ana Pérez').waitFor();
    await shot(page, '03-projects-empty');
  });

  let projectUrl;
  await step('create a project with the health template', async () => {
    await page.getByRole('link', { name: 'New project' }).first().click();
    await heading(page, 'New project');
    await page.getByLabel('Project name').fill('Cuidados en la comunidad');
    await page.getByLabel('Research question').fill('¿Cómo sostienen las cuidadoras el cuidado de larga duración?');
    await page.getByLabel('Description').fill('Doce entrevistas a cuidadoras familiares, 2024–2025.');
    await page.getByLabel('Language of the interviews').selectOption('es');
    await page.getByRole('heading', { name: 'Generic qualitative research' }).waitFor();
    await page.getByLabel('Domain template').selectOption('health');
    const preview = page.locator('.template-preview');
    await preview.getByRole('heading', { name: 'Health' }).waitFor();
    await preview.getByText('patients', { exact: true }).waitFor();
    await preview.getByText('access to care', { exact: true }).waitFor();
    await preview.getByText('waiting time', { exact: true }).waitFor();
    await shot(page, '04-new-project', true);
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = page.url();
    await heading(page, 'Cuidados en la comunidad');
    await page.getByText('Project created.').waitFor();
    await page.getByText('¿Cómo sostienen las cuidadoras el cuidado de larga duración?').waitFor();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    await shot(page, '05-project-overview', true);
  });

  await step('edit the project', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading(page, 'Edit project');
    const name = page.getByLabel('Project name');
    await expectValue(name, 'Cuidados en la comunidad');
    await name.fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Required.').waitFor();
    await name.fill('Cuidados comunitarios');
    await page.getByLabel('Description').fill('');
    await shot(page, '06-edit-project', true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(projectUrl);
    await heading(page, 'Cuidados comunitarios');
    await page.getByText('Changes saved.').waitFor();
    await page.getByText('No description.').waitFor();
  });

  await step('a reload keeps the page and the session', async () => {
    await page.reload();
    await heading(page, 'Cuidados comunitarios');
    if (await page.getByText('Changes saved.').isVisible()) {
      throw new Error('the one-shot notice came back after a reload');
    }
  });

  await step('upload two interviews; a third file is refused in the server’s words', async () => {
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
    await page.getByLabel('choose files').setInputFiles([
      { name: '01-marta.txt', mimeType: 'text/plain', buffer: await readFile(new URL('01-marta.txt', demo)) },
      { name: '05-rosa.vtt', mimeType: 'text/vtt', buffer: await readFile(new URL('05-rosa.vtt', demo)) },
      { name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not a transcript') },
    ]);
    await page.getByLabel('Participant pseudonym').first().fill('Marta');
    await shot(page, '07-interviews-queue', true);
    await page.getByRole('button', { name: 'Upload 3 files' }).click();
    await page.getByText('2 of 3 files uploaded; 1 file was refused.').waitFor();
    await page
      .locator('.upload-item--failed')
      .getByText(/^notes\.exe: /)
      .waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Marta' }).waitFor();
    await table.getByRole('link', { name: '05-rosa' }).waitFor();
    await page.getByText('2 interviews').waitFor();
    await shot(page, '08-interviews-uploaded', true);
  });

  await step('read a transcript, search it and jump to a fragment', async () => {
    await page.getByRole('table').getByRole('link', { name: 'Marta' }).click();
    await heading(page, 'Marta');
    await page.locator('.fragment').first().waitFor();
    await shot(page, '09-transcript');
    await page.getByRole('searchbox', { name: 'Search this transcript' }).fill('olía gas');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText(/fragments? match/).waitFor();
    await page.locator('mark.match').first().waitFor();
    await shot(page, '10-transcript-search');
    const hit = page.locator('.fragment').first();
    const fragmentId = (await hit.getAttribute('id')).replace('fragment-', '');
    await hit.getByRole('button', { name: 'Show in transcript' }).click();
    await page.locator(`[id="fragment-${fragmentId}"].fragment--target:focus`).waitFor();

    const transcriptUrl = page.url().split('?')[0];
    await page.goto(`${transcriptUrl}?fragment=${fragmentId}&quote=0-12`);
    const target = page.locator(`[id="fragment-${fragmentId}"]`);
    await target.locator('mark.quote').waitFor();
    await shot(page, '11-transcript-evidence-link', false, { keepScroll: true });
  });

  await step('delete an interview with confirmation', async () => {
    await page.getByRole('link', { name: 'Interviews', exact: true }).last().click();
    await page.getByRole('button', { name: 'Delete the interview with 05-rosa' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this interview?' });
    await dialog.getByRole('button', { name: 'Delete interview' }).click();
    await page.getByText('The interview with “05-rosa” was deleted.').waitFor();
    await page.getByText('1 interview', { exact: true }).waitFor();
  });

  await step('upload a recording, attach its transcript, play it and seek from a fragment', async () => {
    await page.getByLabel('choose files').setInputFiles([{ name: 'clip-audio.wav', mimeType: 'audio/wav', buffer: toneWav(3) }]);
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await page.getByRole('link', { name: 'clip-audio', exact: true }).waitFor();
    await page.getByText('Awaiting transcript').first().waitFor();
    await page.getByRole('link', { name: 'clip-audio', exact: true }).click();
    await page.getByRole('heading', { name: 'This recording waits for its transcript' }).waitFor();
    await page.getByLabel('Transcript file').setInputFiles({
      name: 'clip-audio.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(
        'WEBVTT\n\n00:00:00.000 --> 00:00:01.200\n<v Speaker 1>How do you organise your week?\n\n' +
          '00:00:01.200 --> 00:00:02.900\n<v Speaker 2>Around the night shifts.\n',
      ),
    });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const audio = page.locator('audio');
    await audio.waitFor();
    await page.waitForFunction(() => {
      const element = document.querySelector('audio');
      return element !== null && element.readyState >= 1 && element.duration > 2.5;
    });
    await page.getByRole('button', { name: 'Play fragment 2 from 0:01' }).click();
    // it seeks to the fragment and plays on from there, the spoken fragment highlighted
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 1.3);
    await page.locator('li.fragment[aria-current="true"]').getByText('Around the night shifts.').waitFor();
    await shot(page, '11b-recording-player');
    await page.getByRole('link', { name: 'Interviews', exact: true }).last().click();
    await page.getByRole('button', { name: 'Delete the interview with clip-audio' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this interview?' });
    await dialog.getByRole('button', { name: 'Delete interview' }).click();
    await page.getByText('1 interview', { exact: true }).waitFor();
  });

  await step('auto-code the interviews and open a code’s evidence', async () => {
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Coding' }).click();
    await page.getByText('No codes yet. Run auto-coding to code the interviews.').waitFor();
    await page.getByRole('button', { name: 'Go to auto-coding' }).click();
    await page.getByRole('button', { name: 'Auto-code interviews' }).click();
    await page.getByRole('progressbar', { name: 'Auto-coding: progress' }).waitFor();
    await page.locator('.job--completed').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: 'Codebook' }).click();
    const codebook = page.getByRole('region', { name: 'Codebook' });
    await codebook.locator('.tree-code__label').first().waitFor();
    await page.locator('.tree-group').first().waitFor();
    await shot(page, '12-coding', true);
    const first = codebook.locator('.tree-code__label').first();
    const label = (await first.textContent()).trim();
    await first.click();
    const evidence = page.getByRole('region', { name: `Evidence for “${label}”` });
    await evidence.locator('mark.quote').first().waitFor();
    await shot(page, '13-code-evidence', true);
    await evidence.getByRole('link', { name: 'Open in transcript' }).first().click();
    await heading(page, 'Marta');
    await page.locator('.fragment--target mark.quote').waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Codebook', exact: true }).waitFor();
  });

  await step('generate a theory, open a quote, export the PDF', async () => {
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Theory' }).click();
    await page.getByRole('button', { name: 'Generate theory' }).click();
    await page.getByRole('progressbar', { name: 'Theory run: progress' }).waitFor();
    await page.locator('.job--completed').waitFor({ timeout: 180_000 });
    await page.locator('#theory-title').waitFor();
    await shot(page, '14-theory', true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const saved = join(shots, 'theory-export.pdf');
    await download.saveAs(saved);
    const pdf = await readFile(saved);
    if (pdf.length === 0 || pdf.subarray(0, 4).toString() !== '%PDF') {
      throw new Error(`the exported PDF is empty or not a PDF (${pdf.length} bytes)`);
    }
    await page.locator('.quote-link').first().click();
    await heading(page, 'Marta');
    await page.locator('.fragment--target mark.quote').waitFor();
    await shot(page, '15-theory-evidence');
    await page.goBack();
  });

  await step('the theory figures: paradigm, network without overlapping labels, saturation, export history', async () => {
    const paradigm = page.getByRole('group', { name: 'Paradigm model' });
    await paradigm.waitFor();
    await paradigm.scrollIntoViewIfNeeded();
    await paradigm.screenshot({ path: join(shots, '15a-paradigm.png') });
    const links = await paradigm.locator('a[href]').count();
    if (links === 0) throw new Error('the paradigm diagram has no category linked to its evidence');
    await paradigm.locator('a[href]').first().focus();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (!focused.includes('fragment=')) throw new Error(`a paradigm item is not a keyboard-reachable evidence link (${focused})`);
    const network = page.locator('svg.network');
    await network.scrollIntoViewIfNeeded();
    await network.screenshot({ path: join(shots, '15b-network.png') });
    const overlaps = await network.evaluate((svg) => {
      const boxes = [...svg.querySelectorAll('.network__label')].map((label) => label.getBoundingClientRect());
      const found = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(i);
        }),
      );
      return { labels: boxes.length, overlaps: found.length };
    });
    if (overlaps.labels === 0 || overlaps.overlaps > 0) throw new Error(`network labels: ${JSON.stringify(overlaps)}`);
    const saturation = page.locator('svg.saturation');
    await saturation.scrollIntoViewIfNeeded();
    await saturation.screenshot({ path: join(shots, '15c-saturation.png') });
    const history = page.getByRole('region', { name: 'Export history' });
    await history
      .getByRole('button', { name: /^Download .*\.pdf$/ })
      .first()
      .waitFor();
    await shot(page, '15d-theory-full', true);
    await page.setViewportSize({ width: 900, height: 800 });
    await shot(page, '15e-theory-narrow', true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('export an interview as JSON without codes', async () => {
    await page.goto(`${projectUrl}/interviews`);
    const panel = page.getByRole('region', { name: 'Export interviews' });
    await panel.getByLabel('Interviews').selectOption({ label: 'Marta' });
    await panel.getByLabel('Format').selectOption('json');
    await panel.getByLabel('Codes applied to each fragment').uncheck();
    await shot(page, '15f-interview-export', true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: 'Download export' }).click()]);
    const saved = join(shots, 'interview-export.json');
    await download.saveAs(saved);
    const text = (await readFile(saved)).toString('utf8');
    if (text.length === 0 || !text.includes('Marta')) throw new Error(`the interview export is empty or lacks the interview (${text.length} chars)`);
    JSON.parse(text);
  });

  await step('apply a code by hand to words selected in the transcript', async () => {
    await page.getByRole('table').getByRole('link', { name: 'Marta' }).click();
    await heading(page, 'Marta');
    const fragment = page.locator('.fragment').filter({ hasText: 'madre' }).first();
    await selectWords(fragment, 'madre');
    const picker = page.getByRole('dialog', { name: 'Apply a code' });
    await picker.getByText('“madre”').waitFor();
    await picker.getByRole('combobox', { name: 'Find or create a code' }).fill('cuidado de la madre');
    await picker.getByRole('option', { name: 'New code “cuidado de la madre”' }).waitFor();
    await shot(page, '15g-apply-code', false, { keepScroll: true });
    await page.keyboard.press('Enter');
    await page.getByText('Coded “madre” as “cuidado de la madre”.').waitFor();
    await fragment.locator('.coded[data-codes*="cuidado de la madre"]', { hasText: 'madre' }).first().waitFor();
    await page.goto(`${projectUrl}/coding`);
    await page.getByPlaceholder('Filter codes').fill('cuidado de la madre');
    await page.getByRole('region', { name: 'Codebook' }).getByRole('button', { name: 'cuidado de la madre', exact: true }).waitFor();
  });

  await step('set a fragment aside as not relevant; the mark survives a reload', async () => {
    await page.goto(`${projectUrl}/interviews`);
    await page.getByRole('table').getByRole('link', { name: 'Marta' }).click();
    await heading(page, 'Marta');
    const mark = page.getByRole('button', { name: /^Mark fragment \d+ not relevant$/ }).first();
    const label = await mark.getAttribute('aria-label');
    const number = /fragment (\d+)/.exec(label ?? '')?.[1];
    const id = await page
      .locator('.fragment')
      .filter({ has: page.getByRole('button', { name: label ?? '' }) })
      .getAttribute('id');
    const fragment = page.locator(`[id="${id}"]`);
    await fragment.hover();
    await mark.click();
    await page.getByText(`Fragment ${number} marked not relevant`).waitFor();
    await fragment.locator('.fragment__state--not-relevant').waitFor();
    await shot(page, '15h-not-relevant', false, { keepScroll: true });
    await page.reload();
    await heading(page, 'Marta');
    const undo = page.getByRole('button', { name: `Fragment ${number} is relevant after all` });
    if ((await undo.getAttribute('aria-pressed')) !== 'true') throw new Error('the not-relevant mark was not kept');
    await page.goto(`${projectUrl}/coding`);
    await page.getByRole('tab', { name: 'Auto-coding and coverage' }).click();
    await page.getByRole('heading', { name: 'Coverage' }).waitFor();
  });

  await step('agreement between the researcher and the auto-coder: the table, a disagreement on the text', async () => {
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Agreement' }).click();
    await page.getByRole('heading', { name: 'Agreement between coders' }).waitFor();
    // By default the first person (the owner, who applied a code by hand) against the first machine coder.
    const table = page.getByRole('table', { name: 'Agreement per code, lowest κ first' });
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    await page.getByRole('figure', { name: 'Strength of agreement (κ)' }).waitFor();
    await shot(page, '15i-agreement', true);
    let opened = null;
    for (let i = 0; i < (await rows.count()) && !opened; i++) {
      if ((await rows.nth(i).locator('td').last().textContent()).trim() !== '0') opened = rows.nth(i);
    }
    if (!opened) throw new Error('no code on which the researcher and the auto-coder disagree');
    const code = opened.locator('th button');
    const label = (await code.textContent()).trim();
    await code.click();
    const panel = page.getByRole('region', { name: `Disagreements on “${label}”` });
    await panel
      .getByRole('group', { name: /^Coding by / })
      .nth(1)
      .waitFor();
    await panel.locator('mark').first().waitFor();
    await shot(page, '15j-agreement-disagreements', true);
    await panel.getByRole('link', { name: 'Open in transcript' }).first().click();
    await page.locator('.fragment--target').waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Agreement between coders' }).waitFor();
  });

  await step('search the project', async () => {
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the interviews' }).fill('cuidar a mi madre');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText(/fragments? found/).waitFor();
    await page.locator('.search-results mark.match').first().waitFor();
    await shot(page, '16-search');
    await page.locator('.search-results').getByRole('link', { name: 'Open in transcript' }).first().click();
    await page.locator('.fragment--target').waitFor();
  });

  await step('share the project with a second account as viewer', async () => {
    const registered = await page.request.post(`${base}/api/auth/register`, {
      data: { email: viewerEmail, password, display_name: 'Vera Viewer' },
    });
    if (registered.status() !== 201) throw new Error(`registering the viewer answered ${registered.status()}`);
    await page.goto(`${projectUrl}/members`);
    await page.getByRole('heading', { name: 'Members', level: 2 }).waitFor();
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Email of their account').fill('nobody-' + viewerEmail);
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByRole('alert').getByText('No account uses this email').waitFor();
    await form.getByLabel('Email of their account').fill(viewerEmail);
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Vera Viewer was added.').waitFor();
    await expectValue(page.getByRole('combobox', { name: 'Role of Vera Viewer' }), 'viewer');
    await shot(page, '16a-members-owner', true);
  });

  await step('the viewer sees the project without the controls a viewer cannot use', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await page.getByLabel('Email').fill(viewerEmail);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Projects');
    const card = page.locator('.project-card', { hasText: 'Cuidados comunitarios' });
    await card.getByText('Viewer', { exact: true }).waitFor();
    await card.getByText('With Ana Pérez').waitFor();
    await card.getByRole('link', { name: 'Cuidados comunitarios' }).click();
    await heading(page, 'Cuidados comunitarios');
    await page.getByText('You view this project').waitFor();
    await absent(page.getByRole('link', { name: 'Edit' }), 'Edit');
    await absent(page.getByRole('button', { name: 'Delete', exact: true }), 'Delete');
    await shot(page, '16b-viewer-project');
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('table').getByRole('link', { name: 'Marta' }).waitFor();
    await absent(page.getByRole('heading', { name: 'Upload transcripts' }), 'the upload panel');
    await absent(page.getByRole('button', { name: /^Delete the interview/ }), 'interview delete');
    await page.getByRole('heading', { name: 'Export interviews' }).waitFor();
    await shot(page, '16c-viewer-interviews', true);
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Coding' }).click();
    await page.getByRole('heading', { name: 'Codebook', exact: true }).waitFor();
    await page.locator('.tree-code__label').first().waitFor();
    await absent(page.getByRole('button', { name: /^Actions for / }), 'the code and category action menus');
    await absent(page.getByRole('checkbox', { name: /^Select / }), 'ticks for merging and moving');
    await page.getByRole('tab', { name: 'Auto-coding and coverage' }).click();
    await page.getByRole('heading', { name: 'Coverage' }).waitFor();
    await absent(page.getByRole('button', { name: 'Auto-code interviews' }), 'auto-code');
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Theory' }).click();
    await page.getByRole('heading', { name: 'Generate a theory' }).waitFor();
    await absent(page.getByRole('button', { name: 'Generate theory' }), 'Generate theory');
    await page.getByRole('button', { name: 'Export PDF' }).waitFor();
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('button', { name: 'Leave project' }).waitFor();
    await absent(page.getByRole('form', { name: 'Add a member' }), 'the add-member form');
    await shot(page, '16d-viewer-members');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Projects');
  });

  await step('the project is listed', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await heading(page, 'Projects');
    const card = page.locator('.project-card', { hasText: 'Cuidados comunitarios' });
    await card.getByText('Health').waitFor();
    await card.getByText('Spanish').waitFor();
    await page.getByText('1 project').waitFor();
    await shot(page, '17-projects-list');
  });

  await step('the interface speaks Spanish and remembers it', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await heading(page, 'Proyectos');
    await page.locator('.project-card').getByText('Salud').waitFor();
    await page.reload();
    await heading(page, 'Proyectos');
    await page.locator('.project-card').getByText('Salud').waitFor();
    await shot(page, '18-projects-es');
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Projects');
  });

  await step('select a code in the tree and see its evidence beside it; move a code by the Move to… action', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/coding`);
    await page.getByRole('tab', { name: 'Add, import, export' }).click();
    const form = page.getByRole('form', { name: 'New category' });
    await form.getByLabel('Category name').fill('Turnos (e2e)');
    await form.getByRole('button', { name: 'Create category' }).click();
    await form.getByText('Category “Turnos (e2e)” created.').waitFor();
    await page.getByRole('tab', { name: 'Codebook' }).click();
    const tree = page.getByRole('region', { name: 'Codebook' });
    const code = tree.locator('.tree-code__label').first();
    const label = (await code.textContent()).trim();
    await code.click();
    const pane = page.getByRole('region', { name: `Code “${label}”` });
    await pane
      .getByRole('region', { name: `Evidence for “${label}”` })
      .locator('mark.quote')
      .first()
      .waitFor();
    const [treeBox, paneBox] = [await tree.boundingBox(), await pane.boundingBox()];
    if (!(paneBox.x >= treeBox.x + treeBox.width - 1 && paneBox.y < 900)) {
      throw new Error(`the evidence is not beside the tree: tree ${JSON.stringify(treeBox)}, pane ${JSON.stringify(paneBox)}`);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`     coding page height at 1440x900 with a code selected: ${height} px`);
    await shot(page, 'codebook-1440');
    await tree.getByRole('button', { name: `Actions for ${label}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Move “${label}” to…` });
    await dialog.getByLabel('Category').selectOption({ label: 'Turnos (e2e)' });
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await tree.getByRole('listitem', { name: 'Turnos (e2e)' }).getByRole('button', { name: label, exact: true }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'codebook-390');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('a narrow laptop window', async () => {
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(projectUrl);
    await heading(page, 'Cuidados comunitarios');
    await shot(page, '19-project-narrow', true);
    await page.goto(`${projectUrl}/interviews`);
    await page.getByRole('table').getByRole('link', { name: 'Marta' }).waitFor();
    await page.getByLabel('choose files').setInputFiles([{ name: 'pending.txt', mimeType: 'text/plain', buffer: Buffer.from('A: hola') }]);
    await shot(page, '20-interviews-narrow', true);
    await page.goto(`${base}/projects/new`);
    await heading(page, 'New project');
    await shot(page, '21-new-project-narrow', true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('filter by an attribute', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/attributes`);
    await page.getByRole('heading', { name: 'Case attributes' }).waitFor();
    const add = page.getByRole('form', { name: 'Add a variable' });
    await add.getByLabel('Variable name').fill('sede');
    await add.getByRole('button', { name: 'Add' }).click();
    const site = page.getByRole('textbox', { name: 'sede of Marta' });
    await site.fill('Norte');
    await site.press('Enter');
    await page.locator('.attribute-table__saved').first().waitFor();
    await page.reload();
    await expectValue(page.getByRole('textbox', { name: 'sede of Marta' }), 'Norte');
    await shot(page, 'attributes-1440', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'attributes-390', true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/matrices`);
    await page.getByLabel('Matrix').selectOption('interviews');
    await page.locator('.matrix__button').first().waitFor();
    // The filter goes to the server, and only Marta's column (the interview with sede = Norte) comes back.
    const filtered = page.waitForResponse((r) => r.url().includes('/matrix?') && r.url().includes('attr.sede=Norte'));
    await page.getByRole('combobox', { name: 'Filter attribute' }).selectOption('sede');
    await expectValue(page.getByRole('combobox', { name: 'Filter value' }), 'Norte');
    if ((await filtered).status() !== 200) throw new Error('the matrix filtered by sede = Norte failed');
    await page.waitForFunction(() => {
      const columns = [...document.querySelectorAll('.matrix__column')].map((c) => c.textContent.trim());
      return columns.length === 1 && columns[0] === 'Marta';
    });
    await page.locator('.matrix__button').first().waitFor();
  });

  await step('open a matrix cell', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/matrices`);
    const cell = page.locator('.matrix__button').first();
    await cell.waitFor();
    const label = await cell.getAttribute('aria-label');
    const [pair] = label.split(':');
    await cell.click();
    const pane = page.getByRole('complementary', { name: pair.trim() });
    await pane.locator('.matrix-fragment mark').first().waitFor();
    await pane.getByRole('link').first().waitFor();
    await page.getByRole('radio', { name: 'Normalised' }).check();
    await page.locator('.matrix__button', { hasText: '%' }).first().waitFor();
    await shot(page, 'matrices-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'matrices-390', true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(projectUrl);
    await page.getByRole('region', { name: 'Study at a glance' }).locator('.study-stats__item').first().waitFor();
    await shot(page, 'overview-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'overview-390', true);
  });

  await step('search-and-code three hits', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/search`);
    await page.getByRole('searchbox', { name: 'Search the interviews' }).fill('cuidar');
    await page.getByRole('checkbox', { name: 'Leave out the interviewer’s turns' }).check();
    const searched = page.waitForResponse((r) => r.url().includes('/search?') && r.url().includes('exclude_interviewer=true'));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    if ((await searched).status() !== 200) throw new Error('the search leaving out interviewer turns failed');
    const hits = page.locator('.search-hit');
    await hits.nth(2).waitFor();
    const label = `Redes de cuidado ${Date.now() % 100000}`;
    for (let i = 0; i < 3; i++) await hits.nth(i).locator('.search-hit__select').check();
    await page.getByRole('combobox', { name: 'Code to apply' }).selectOption({ label: 'New code…' });
    await page.getByLabel('Name of the new code').fill(label);
    await page.getByRole('button', { name: 'Apply to 3 fragments' }).click();
    await page.getByText(`“${label}” applied to 3 fragments.`).waitFor();
    for (let i = 0; i < 3; i++) await hits.nth(i).locator('.code-chip-tag', { hasText: label }).waitFor();
    await shot(page, 'search-1440', false, { keepScroll: true });
    // The chips come back from the server too: searching again shows them from the search index.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('.search-hit .code-chip-tag')].filter((chip) => chip.textContent === name).length >= 3,
      label,
      { timeout: TIMEOUT },
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await hits.nth(0).locator('.search-hit__select').check();
    await shot(page, 'search-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) throw new Error(`the search page is ${overflow} px wider than a 390 px window`);
    const tab = page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Search' });
    const box = await tab.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > 390) throw new Error(`the Search tab is cut off at 390 px: ${JSON.stringify(box)}`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('the network: hover shows a category’s counts, click opens its evidence, drag moves it', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/theory`);
    const network = page.locator('.network-figure');
    const core = network.locator('g.network__node--core');
    await core.waitFor();
    await network.scrollIntoViewIfNeeded();
    const name = (await core.getAttribute('aria-label'))?.split(' (')[0] ?? '';
    const other = network.locator('g.network__node:not(.network__node--core)').first();
    await other.locator('circle').first().hover();
    const tooltip = network.getByRole('tooltip');
    await tooltip.waitFor();
    const counts = await tooltip.textContent();
    if (!/\d+ codes? · \d+ fragments? · \d+ interviews?/.test(counts ?? '')) throw new Error(`the tooltip shows no counts: "${counts}"`);
    await core.locator('circle').first().hover();
    await tooltip.getByText(name, { exact: true }).waitFor();
    await core.locator('circle').first().click();
    const evidence = page.getByRole('region', { name: `Evidence: ${name}` });
    await evidence.locator('.quote-link').first().waitFor();
    const before = await other.locator('circle').first().getAttribute('cx');
    const handle = await other.locator('circle').first().boundingBox();
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 40, handle.y + handle.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    const after = await other.locator('circle').first().getAttribute('cx');
    if (before === after) throw new Error('dragging a node did not move it');
    await network.getByRole('button', { name: 'Put the nodes back' }).click();
    await core.locator('circle').first().hover();
    await network.screenshot({ path: join(shots, 'network-1440.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await network.scrollIntoViewIfNeeded();
    await core.locator('circle').first().hover();
    await shot(page, 'network-390', false, { keepScroll: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('code a span from the margin picker', async () => {
    // Self-contained: finds Marta's transcript and an existing code of the project through the API.
    const session = await page.evaluate(() => JSON.parse(window.localStorage.getItem('theogen.session')));
    const headers = { Authorization: `Bearer ${session.token}` };
    const projectId = projectUrl.split('/').pop();
    const interviews = await (await fetch(`${base}/api/projects/${projectId}/interviews?size=50`, { headers })).json();
    const marta = interviews.items.find((i) => i.participant === 'Marta');
    const codes = await (await fetch(`${base}/api/projects/${projectId}/codes?sort=applications&size=50`, { headers })).json();
    const existing = codes.items.find((c) => c.label.length >= 5 && c.label !== 'cuidado de la madre');
    if (!marta || !existing) throw new Error('no Marta interview or no code to pick');
    const url = `${projectUrl}/interviews/${marta.id}`;

    let started = Date.now();
    await page.goto(url);
    await page.locator('.code-margin .code-label').first().waitFor();
    const loadMs = Date.now() - started;
    const fragment = page.locator('.fragment').filter({ hasText: 'noche' }).last();
    const fragmentId = (await fragment.getAttribute('id')).replace('fragment-', '');
    const word = await fragment.locator('.fragment__text').evaluate((element) => /noche[^.,;]*/.exec(element.textContent ?? '')?.[0] ?? '');
    if (!word) throw new Error('no words to select in the fragment');
    started = Date.now();
    await selectWords(fragment, word);
    const picker = page.getByRole('dialog', { name: 'Apply a code' });
    await picker.waitFor();
    const pickerMs = Date.now() - started;
    if ((await picker.getByRole('option', { selected: true }).count()) !== 0) throw new Error('the picker pre-selected a code');
    await picker.getByRole('combobox', { name: 'Find or create a code' }).pressSequentially(existing.label);
    const first = picker.getByRole('option', { selected: true });
    await expectText(first.locator('.code-picker__label'), existing.label);
    await page.setViewportSize({ width: 1440, height: 900 });
    await fragment.scrollIntoViewIfNeeded();
    await shot(page, 'transcript-picker-1440', false, { keepScroll: true });
    await page.keyboard.press('Enter');
    await page.getByText(`Coded “${word}” as “${existing.label}”.`).waitFor();
    const label = page
      .locator(`[id="fragment-${fragmentId}"] .code-margin`)
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(existing.label)} on “${escapeRegExp(word)}”`) });
    await label.waitFor();
    await page
      .locator(`[id="fragment-${fragmentId}"] .coded[data-codes*="${existing.label.replaceAll('"', '\\"')}"]`)
      .first()
      .waitFor();
    await label.click();
    await page
      .getByRole('region', { name: `Application of ${existing.label}` })
      .getByText(`“${word}”`)
      .waitFor();
    await shot(page, 'transcript-1440', false, { keepScroll: true });

    await page.reload();
    await label.waitFor();
    await page.locator(`[id="fragment-${fragmentId}"] .coded`).first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await label.scrollIntoViewIfNeeded();
    await label.click();
    await shot(page, 'transcript-390', false, { keepScroll: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    console.log(
      `timing transcript: load to first margin label ${loadMs} ms (${await page.locator('.fragment').count()} fragments), picker open after selection ${pickerMs} ms`,
    );
  });

  await step('delete with confirmation', async () => {
    await page.goto(projectUrl);
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this project?' });
    await dialog.waitFor();
    await expectText(page.locator(':focus'), 'Keep project');
    await shot(page, '22-delete-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await page.waitForURL(/\/projects$/);
    await page.getByText('“Cuidados comunitarios” was deleted.').waitFor();
    await page.getByText('No projects yet').waitFor();
    await shot(page, '23-after-delete');
  });

  await step('review machine coding: accept one with the keyboard, reject one, the counts and agreement follow', async () => {
    // Self-contained: a project with one demo interview, auto-coded by the offline analyst over the API with the
    // session's token.
    const transcript = await readFile(new URL('01-marta.txt', demo), 'utf8');
    const projectId = await page.evaluate(async (text) => {
      const { token } = JSON.parse(window.localStorage.getItem('theogen.session'));
      const auth = { authorization: `Bearer ${token}` };
      const headers = { ...auth, 'content-type': 'application/json' };
      const created = await fetch('/api/projects', { method: 'POST', headers, body: JSON.stringify({ name: 'Revisión', language: 'es' }) });
      const project = await created.json();
      const form = new FormData();
      form.append('files', new File([text], '01-marta.txt', { type: 'text/plain' }));
      const uploaded = await fetch(`/api/projects/${project.id}/interviews`, { method: 'POST', headers: auth, body: form });
      if (!uploaded.ok) throw new Error(`upload answered ${uploaded.status}`);
      const started = await (await fetch(`/api/projects/${project.id}/auto-code`, { method: 'POST', headers, body: '{}' })).json();
      for (let i = 0; i < 600; i++) {
        const status = await (await fetch(`/api/projects/${project.id}/auto-code/status/${started.task_id}`, { headers: auth })).json();
        if (status.next_poll_seconds === null) {
          if (status.status !== 'completed') throw new Error(`auto-coding ended ${status.status}`);
          return project.id;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error('auto-coding did not end');
    }, transcript);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/projects/${projectId}/review`);
    await page.getByRole('heading', { name: 'Review machine coding' }).waitFor();
    await page.locator('.review-card').first().waitFor();
    const count = (state) => page.getByTestId(`count-${state}`);
    const pending = Number(await count('pending').textContent());
    if (!(pending >= 2)) throw new Error(`expected machine coding to review, found ${pending} pending`);
    await expectText(count('accepted'), '0');
    await page.keyboard.press('j');
    await page.locator('.review-card').nth(1).and(page.locator('[aria-current="true"]')).waitFor();
    await page.keyboard.press('a');
    await page.locator('[data-testid="count-accepted"]', { hasText: /^1$/ }).waitFor();
    await page.locator('.review-card').first().getByRole('button', { name: 'Reject' }).click();
    await page.locator('[data-testid="count-rejected"]', { hasText: /^1$/ }).waitFor();
    await expectText(count('pending'), String(pending - 2));
    await shot(page, 'review-1440');
    await page.getByRole('link', { name: 'See the effect on agreement' }).click();
    await page.getByText(/Offline analyst: 1 rejected application is left out/).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/projects/${projectId}/review`);
    await page.locator('.review-card').first().waitFor();
    await page.locator('.review-counts').evaluate((counts) => counts.scrollIntoView());
    await shot(page, 'review-390', false, { keepScroll: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('interview languages: detected at upload, shown in the list, corrected by hand (ADR 044)', async () => {
    // Self-contained: a project created without a language, with an English, a Spanish and a French interview.
    const texts = {
      'paul.txt':
        'Interviewer: How did it start with your father?\n\nPaul: He moved in with us last winter, and since then I work from home three days a week. The night shifts at the hospital were impossible with him at home.',
      'marta.txt':
        'Entrevistadora: ¿Cómo empezó todo con tu madre?\n\nMarta: Pues mira, fue de repente. Un domingo la casa olía a gas y desde entonces voy cada día a verla. Hago noches en el hospital.',
      'amelie.txt':
        "Enquêtrice : Comment tout a commencé avec votre mère ?\n\nAmélie : Ma mère est à la maison de retraite depuis l'hiver dernier, je passe la voir le dimanche. Avant, l'aide à domicile venait le matin.",
    };
    const projectId = await page.evaluate(async (files) => {
      const { token } = JSON.parse(window.localStorage.getItem('theogen.session'));
      const auth = { authorization: `Bearer ${token}` };
      const created = await fetch('/api/projects', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Languages' }),
      });
      const project = await created.json();
      const form = new FormData();
      for (const [name, text] of Object.entries(files)) form.append('files', new File([text], name, { type: 'text/plain' }));
      const uploaded = await fetch(`/api/projects/${project.id}/interviews`, { method: 'POST', headers: auth, body: form });
      if (!uploaded.ok) throw new Error(`upload answered ${uploaded.status}`);
      return project.id;
    }, texts);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/projects/${projectId}/interviews`);
    const select = (name) => page.getByRole('combobox', { name: `Language spoken in ${name}’s interview` });
    for (const [name, detected] of [
      ['paul', 'English'],
      ['marta', 'Spanish'],
      ['amelie', 'French'],
    ]) {
      await expectText(select(name).locator('option:checked'), `Detected: ${detected}`);
    }
    await select('paul').selectOption('pt');
    await page.getByRole('row').filter({ hasText: 'paul.txt' }).getByText('set by hand').waitFor();
    await shot(page, 'interview-languages-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table').scrollIntoViewIfNeeded();
    await shot(page, 'interview-languages-390', false, { keepScroll: true });
    await select('paul').selectOption('auto');
    await page.getByRole('row').filter({ hasText: 'paul.txt' }).getByText('set by hand').waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('sign out, then a wrong password shows the server message', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong email or password').waitFor();
    await shot(page, '24-sign-in-error');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Projects');
  });

  await step('a rejected token sends the user back to sign-in', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(window.localStorage.getItem('theogen.session'));
      window.localStorage.setItem('theogen.session', JSON.stringify({ ...session, token: 'revoked' }));
    });
    await page.goto(`${base}/projects/new`);
    await page.waitForURL(/\/sign-in\?next=%2Fprojects%2Fnew$/);
    await page.getByText('Your session has ended. Sign in again to continue.').waitFor();
    await shot(page, '25-session-ended');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/projects\/new$/);
    await heading(page, 'New project');
  });
}

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
  } catch (error) {
    if (failurePage && process.env.THEOGEN_SCREENSHOTS) {
      await failurePage.screenshot({ path: `${process.env.THEOGEN_SCREENSHOTS}/failure.png`, fullPage: true }).catch(() => undefined);
    }
    throw new Error(`step "${name}": ${error instanceof Error ? error.message : error}`, { cause: error });
  }
  console.log(`ok   ${name} (${Date.now() - started} ms)`);
}

/** Selects `words` in the fragment's text (across the coded spans painted in it), as a mouse would, and lets go. */
async function selectWords(fragment, words) {
  const selected = await fragment.locator('.fragment__text').evaluate((element, wanted) => {
    const text = element.textContent ?? '';
    const from = text.indexOf(wanted);
    if (from < 0) return '';
    const to = from + wanted.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length;
      if (from >= at && from < at + length) range.setStart(node, from - at);
      if (to > at && to <= at + length) {
        range.setEnd(node, to - at);
        break;
      }
      at += length;
    }
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return window.getSelection().toString();
  }, words);
  if (selected !== words) throw new Error(`could not select "${words}" in the transcript (${selected})`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Fails when the control is on the page: a role must not see what it cannot use. */
async function absent(locator, what) {
  const count = await locator.count();
  if (count > 0) {
    throw new Error(`${what} is shown (${count}) but should be hidden`);
  }
}

async function expectText(locator, text) {
  const actual = (await locator.textContent())?.trim();
  if (actual !== text) {
    throw new Error(`expected "${text}", found "${actual}"`);
  }
}

async function expectValue(locator, value) {
  const actual = await locator.inputValue();
  if (actual !== value) {
    throw new Error(`expected value "${value}", found "${actual}"`);
  }
}

async function shot(page, name, fullPage = false, { keepScroll = false } = {}) {
  await page.evaluate(async (keep) => {
    await document.fonts.ready;
    if (!keep) window.scrollTo(0, 0);
  }, keepScroll);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

/** A mono 16-bit 16 kHz WAV of a 440 Hz tone, made here so the test needs no media file. */
function toneWav(seconds) {
  const rate = 16000;
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2);
  }
  return buffer;
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}
