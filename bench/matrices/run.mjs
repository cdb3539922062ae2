// Matrix timings on a synthetic project: N interviews of T turn pairs (interviewer question + participant answer),
// offline auto-coded, two attributes per interview set by CSV; then each matrix kind and one cell are fetched
// RUNS times through HTTP and the median and max are printed and written to bench/results/matrices.json.
// Then (unless BENCH_PAGES=0) the dashboard's workspace pages are timed in headless Chromium on the same project:
// overview, a transcript (to its first margin label), the code picker after a selection, the codebook tree, the
// review queue, the matrices, a matrix cell, search (issue #19's closing figures).
// Usage: THEOGEN_URL=http://localhost:8080 node bench/matrices/run.mjs [interviews=36] [pairs=70] [runs=5]
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.env.THEOGEN_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const [interviews = 36, pairs = 70, runs = 5] = process.argv.slice(2).map(Number);
const words = ('cuidado madre noche turno hospital vecina escuela hijos trabajo cansancio ayuda hermana dinero ' +
  'barrio olla común salud médico consultorio tiempo culpa descanso familia abuela feria transporte lluvia cerro').split(' ');
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = () => words[Math.floor(rand() * words.length)];
const sentence = (n) => Array.from({ length: n }, pick).join(' ');

async function call(method, path, { token, body, raw, type } = {}) {
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (type) headers['content-type'] = type;
  const response = await fetch(base + path, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const email = `bench-${Date.now()}@example.org`;
const password = 'a long passphrase for bench';
const token = (await call('POST', '/api/auth/register', { body: { email, password, display_name: 'Bench' } })).access_token;
// BENCH_DEMO=1 times the demo project seeded for a new account instead of the synthetic one.
const demo = process.env.BENCH_DEMO === '1';
const project = demo
  ? (await call('GET', '/api/projects', { token })).items[0].id
  : (await call('POST', '/api/projects', { token, body: { name: 'Matrices bench', language: 'es' } })).id;
const started = Date.now();
const ids = demo ? (await call('GET', `/api/projects/${project}/interviews`, { token })).items.map((i) => i.id) : [];
for (let i = 0; i < (demo ? 0 : interviews); i++) {
  const turns = [];
  for (let p = 0; p < pairs; p++) {
    turns.push(`Entrevistadora: ¿Y ${pick()} ${pick()}?`, `P${i}: ${sentence(10 + Math.floor(rand() * 20))}.`);
  }
  const form = new FormData();
  form.append('files', new Blob([turns.join('\n\n') + '\n'], { type: 'text/plain' }), `p${i}.txt`);
  const response = await fetch(`${base}/api/projects/${project}/interviews`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (response.status !== 201) throw new Error(`upload ${i} → ${response.status} ${await response.text()}`);
  ids.push((await response.json()).files[0].interview.id);
}
const uploadSeconds = (Date.now() - started) / 1000;
const csv = 'interview,sede,tramo\n' + ids.map((id, i) => `${id},${['Norte', 'Sur', 'Centro'][i % 3]},${20 + (i % 4) * 10}`).join('\n') + '\n';
await call('POST', `/api/projects/${project}/attributes/import`, { token, raw: csv, type: 'text/csv' });
const coding = Date.now();
const job = await call('POST', `/api/projects/${project}/auto-code`, { token, body: {} });
for (;;) {
  const status = await call('GET', `/api/projects/${project}/auto-code/status/${job.task_id}`, { token });
  if (status.next_poll_seconds === null) {
    if (status.status !== 'completed') throw new Error(`auto-code ${status.status}`);
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
const codingSeconds = (Date.now() - coding) / 1000;
const overview = await call('GET', `/api/projects/${project}/overview`, { token });

async function time(path) {
  const times = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    last = await call('GET', path, { token });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median_ms: Math.round(times[Math.floor(times.length / 2)]), max_ms: Math.round(times.at(-1)), last };
}
const m = `/api/projects/${project}/matrix`;
const results = {};
for (const [name, path] of [
  ['cooccurrence', `${m}?kind=cooccurrence`],
  ['interviews', `${m}?kind=interviews`],
  ['attribute', `${m}?kind=attribute&attribute=sede`],
  ['cooccurrence_filtered', `${m}?kind=cooccurrence&attr.sede=Norte`],
]) {
  const { median_ms, max_ms, last } = await time(path);
  results[name] = { median_ms, max_ms, rows: last.rows.length, columns: last.columns.length, nonzero_cells: last.cells.length };
}
const co = await call('GET', `${m}?kind=cooccurrence`, { token });
const busiest = co.cells.filter((c) => c.row !== c.column).sort((a, b) => b.count - a.count)[0];
const cell = await time(`${m}/cell?kind=cooccurrence&row=${co.rows[busiest.row].code_id}&column=${co.columns[busiest.column].key}&size=20`);
results.cell = { median_ms: cell.median_ms, max_ms: cell.max_ms, fragments: cell.last.total_items };
const overviewTime = await time(`/api/projects/${project}/overview`);
const pages = process.env.BENCH_PAGES === '0' ? null : await timePages();
const report = {
  pages,
  measured_at: new Date().toISOString(),
  project: demo ? 'demo' : 'synthetic',
  interviews: ids.length,
  fragments: overview.fragments,
  coded_fragments: overview.coded_fragments,
  codes: overview.codes,
  upload_seconds: uploadSeconds,
  auto_code_seconds: codingSeconds,
  runs,
  matrix: results,
  overview: { median_ms: overviewTime.median_ms, max_ms: overviewTime.max_ms },
};
console.log(JSON.stringify(report, null, 2));
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', demo ? 'matrices-demo.json' : 'matrices.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');

/** Each workspace page from navigation to its first meaningful element, median and max of three loads, in ms. */
async function timePages() {
  const require = createRequire(new URL('../../frontend/package.json', import.meta.url));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.THEOGEN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(180_000);
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    const at = `${base}/projects/${project}`;
    const timed = async (action) => {
      const times = [];
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        await action();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { median_ms: Math.round(times[1]), max_ms: Math.round(times[2]) };
    };
    const load = (path, selector) => timed(async () => {
      await page.goto(`${at}${path}`);
      await page.locator(selector).first().waitFor();
    });
    const result = {
      overview: await load('', '.study-stats__item'),
      transcript: await load(`/interviews/${ids[0]}`, '.code-margin .code-label'),
    };
    result.transcript.fragments = await page.locator('.fragment').count();
    result.picker_open = await timed(async () => {
      await page.keyboard.press('Escape');
      const fragment = page.locator('.fragment').nth(3);
      await fragment.locator('.fragment__text').evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      await page.getByRole('dialog', { name: 'Apply a code' }).waitFor();
    });
    result.codebook_tree = await load('/coding', '.tree-code__label');
    result.review_queue = await load('/review', '.review-card__head');
    result.matrices = await load('/matrices', '.matrix__button');
    result.matrix_cell = await timed(async () => {
      await page.locator('.matrix__button').first().click();
      await page.locator('.matrix-fragment').first().waitFor();
      await page.keyboard.press('Escape');
    });
    result.search = await timed(async () => {
      await page.goto(`${at}/search`);
      await page.getByRole('searchbox', { name: /Search the interviews/ }).fill('cuidado madre');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.locator('.search-hit').first().waitFor();
    });
    return result;
  } finally {
    await browser.close();
  }
}
