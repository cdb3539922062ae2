// Measures the Coding page of an auto-coded demo project at 1440x900 with the old and the new dashboard.
// Usage: node measure.mjs <app url (API, and the new dashboard)> <url of the old dashboard> <before label> [url of the new dashboard]
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [app, old, beforeLabel, fresh = app] = process.argv.slice(2);
const email = `bench-${Date.now()}@example.org`;
const password = 'a long bench passphrase';

async function api(method, path, token, body) {
  const response = await fetch(`${app}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const { access_token: token } = await api('POST', '/api/auth/register', null, { email, password, display_name: 'Bench' });
// The demo project (created on sign-up when seeding is on, else here).
const project = await api('POST', '/api/demo-project', token).catch(() => api('GET', '/api/demo-project', token));
const started = await api('POST', `/api/projects/${project.id}/auto-code`, token, {});
for (;;) {
  const job = await api('GET', `/api/projects/${project.id}/jobs/${started.task_id}`, token);
  if (job.status === 'completed') break;
  if (job.status === 'failed' || job.status === 'canceled') throw new Error(`auto-coding ${job.status}`);
  await new Promise((r) => setTimeout(r, 1000));
}
const codes = await api('GET', `/api/projects/${project.id}/codes?size=500`, token);
const categories = await api('GET', `/api/projects/${project.id}/categories`, token);

const browser = await chromium.launch({ executablePath: process.env.THEOGEN_CHROMIUM ?? '/usr/bin/chromium' });
async function signedIn(base) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  await page.goto(`${base}/projects/${project.id}/coding`);
  return page;
}
const height = (page) => page.evaluate(() => document.documentElement.scrollHeight);

// Before: the table, then the first code's evidence (opened below everything else).
const before = await signedIn(old);
await before.locator('.codebook table tbody th button').first().waitFor();
await before.locator('.board__category').first().waitFor();
const beforeHeight = await height(before);
const row = before.locator('.codebook table tbody th button').first();
const rowTop = (await row.boundingBox()).y;
await row.click();
const oldEvidence = before.locator('.code-evidence');
await oldEvidence.locator('.fragment').first().waitFor();
const beforeEvidence = { page_height_px: await height(before), evidence_below_row_px: Math.round((await oldEvidence.boundingBox()).y - rowTop) };

// After: the tree, then the first code's pane beside it.
const after = await signedIn(fresh);
const label = after.locator('.tree-code__label').first();
await label.waitFor();
const afterHeight = await height(after);
const codeTop = (await label.boundingBox()).y;
await label.click();
const pane = after.locator('.code-detail');
await pane.locator('.fragment').first().waitFor();
const afterEvidence = { page_height_px: await height(after), evidence_below_row_px: Math.round((await pane.boundingBox()).y - codeTop) };
await browser.close();

const result = {
  measured_at: new Date().toISOString(),
  viewport: '1440x900',
  project: { codes: codes.total_items, categories: categories.length },
  before: { commit: beforeLabel, page_height_px: beforeHeight, with_evidence: beforeEvidence },
  after: { page_height_px: afterHeight, with_evidence: afterEvidence },
};
console.log(JSON.stringify(result, null, 2));
await writeFile(new URL('../results/codebook-page.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
