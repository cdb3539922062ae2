// Transcript page timings (issue #19): one large synthetic interview, coded through the API, opened in
// Debian's Chromium. Measures, median of RUNS: navigation to the first margin label painted with every fragment in
// the list, and selection of words to the code picker shown. Prints the figures and writes bench/results/transcript.json.
//
//   THEOGEN_URL=http://localhost:8080 node bench/transcript/run.mjs [turns] [runs]
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const base = (process.env.THEOGEN_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const turns = Number(process.argv[2] ?? 1200);
const runs = Number(process.argv[3] ?? 5);

const words = ('cuidar madre noche turno hospital cansancio hermana ayuda dinero trabajo hijos escuela vecina miedo culpa ' +
  'tiempo descanso médico enfermera familia casa pueblo coche autobús horario dormir comer llamar esperar pedir').split(' ');
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const sentence = (n) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
const lines = [];
for (let i = 0; i < turns; i++) {
  lines.push(i % 2 === 0 ? `Entrevistadora: ¿${sentence(6)}?` : `Marta: ${sentence(18)}. ${sentence(14)}. ${sentence(10)}.`);
}
const transcript = lines.join('\n\n') + '\n';

async function api(method, path, token, body, headers = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const email = `bench-${Date.now()}@example.org`;
const password = 'bench password 123';
const registered = await api('POST', '/api/auth/register', null, { email, password, display_name: 'Bench' });
const token = registered.access_token;
const project = await api('POST', '/api/projects', token, { name: 'Transcript bench', language: 'es' });
const form = new FormData();
form.append('files', new Blob([transcript], { type: 'text/plain' }), 'grande.txt');
const upload = await api('POST', `/api/projects/${project.id}/interviews`, token, form);
const interviewId = upload.files[0].interview.id;
// Coded by hand through the API (the offline auto-coder is slow on so small a vocabulary): 40 codes; on every
// participant turn one code on its first sentence and, on every other turn, a second overlapping code.
const codeIds = [];
for (let i = 0; i < 40; i++) {
  codeIds.push((await api('POST', `/api/projects/${project.id}/codes`, token, { label: `código ${i + 1} ${words[i % words.length]}` })).id);
}
const participant = [];
for (let page = 0; ; page++) {
  const next = await api('GET', `/api/interviews/${interviewId}/fragments?page=${page}&size=500`, token);
  participant.push(...next.items.filter((f) => f.speaker === 'Marta'));
  if (page + 1 >= next.total_pages) break;
}
const applications = participant.flatMap((f, i) => {
  const first = f.text.indexOf('.');
  const one = { fragment: f.id, code_id: codeIds[i % 40], quote_start: 0, quote_end: first };
  return i % 2 === 0 ? [one, { fragment: f.id, code_id: codeIds[(i * 7 + 3) % 40], quote_start: Math.floor(first / 2), quote_end: first + 12 }] : [one];
});
const codingStarted = Date.now();
// The first application creates the user's coder; in parallel, the first ones race on it (409 CONSTRAINT_VIOLATION).
{
  const { fragment, ...body } = applications[0];
  await api('POST', `/api/fragments/${fragment}/codes`, token, body);
}
for (let i = 1; i < applications.length; i += 8) {
  await Promise.all(
    applications.slice(i, i + 8).map(({ fragment, ...body }) => api('POST', `/api/fragments/${fragment}/codes`, token, body)),
  );
}
console.log(`applied ${applications.length} codes in ${Date.now() - codingStarted} ms`);
const spans = await api('GET', `/api/interviews/${interviewId}/code-applications`, token);
const codes = await api('GET', `/api/projects/${project.id}/codes?size=1`, token);

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.THEOGEN_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${base}/sign-in`);
await page.evaluate((session) => window.localStorage.setItem('theogen.session', JSON.stringify(session)), {
  token,
  expiresAt: Date.now() + registered.expires_in * 1000,
  user: registered.user,
});
const url = `${base}/projects/${project.id}/interviews/${interviewId}`;
const load = [];
const picker = [];
for (let run = 0; run <= runs; run++) {
  let t0 = Date.now();
  await page.goto(url);
  await page.locator('.code-margin .code-label').first().waitFor({ timeout: 300_000 });
  await page.waitForFunction((n) => document.querySelectorAll('li.fragment').length === n, turns, { timeout: 300_000 });
  const loaded = Date.now() - t0;
  const fragment = page.locator('li.fragment').nth(Math.floor(turns / 2) + 1);
  await fragment.scrollIntoViewIfNeeded();
  t0 = Date.now();
  await fragment.locator('.fragment__text').evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(8, node.textContent.length));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await page.getByRole('dialog', { name: 'Apply a code' }).waitFor();
  const opened = Date.now() - t0;
  await page.keyboard.press('Escape');
  if (run > 0) {
    load.push(loaded);
    picker.push(opened);
  } // run 0 warms the server and the browser cache
}
await context.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = {
  measured_at: new Date().toISOString(),
  load_average: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
  fragments: turns,
  participant_fragments: turns / 2,
  applications: spans.applications.length,
  codes: codes.total_items,
  runs,
  page_load_ms: { median: median(load), all: load },
  picker_open_ms: { median: median(picker), all: picker },
};
console.log(JSON.stringify(result, null, 2));
await writeFile(new URL('../results/transcript.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
