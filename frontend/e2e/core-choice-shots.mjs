// Screenshots of the theory view's "How the core category was chosen" section and negative cases (ADR 039) for
// docs/screenshots, at 1440x900 and 390x844. The dashboard is the real build served by Vite; the API answers come
// from the fixture below (a model-path theory: scored candidates, storyline, negative cases), because an offline
// run has none of them.
//
//   (cd frontend && npx vite --port 18102 &) ; THEOGEN_URL=http://localhost:18102 node e2e/core-choice-shots.mjs docs/screenshots
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.THEOGEN_URL ?? 'http://localhost:18102').replace(/\/$/, '');
const out = resolve(process.argv[2] ?? 'target/core-choice-shots');
const ID = '5b1f6f0e-8d1c-4a53-9b8e-3c1f0f6b2a11';
const user = { id: 'c0a80101-0000-4000-8000-000000000001', email: 'ana@example.org', display_name: 'Ana' };
const q = (fragment, interview, label, quote) => ({
  fragment_id: fragment,
  interview_id: interview,
  interview_label: label,
  speaker: label,
  quote,
  start: 0,
  end: quote.length,
});
const claim = (id, name, statement, evidence, exceptions = []) => ({ category_id: id, category_name: name, statement, evidence, exceptions });
const grace = q('f-grace-2', 'i2', 'Grace', 'It’s a second shift that starts when I clock off and never really ends.');
const tom = q('f-tom-1', 'i8', 'Tom', 'They shut the depot in March, so there was nothing to negotiate.');
const theory = {
  id: 't1',
  version: 3,
  created_at: '2026-12-04T04:00:00Z',
  generated_by: 'gpt-4o (openai)',
  degraded: false,
  readiness_score: 71,
  core_category: {
    category_id: 'k1',
    name: 'Juggling care and paid work',
    definition: 'The continuous, costly adjustment of hours, income and one’s own health to sustain both paid work and care.',
    why: 'It links every other category and answers the research question.',
    evidence: [grace],
    storyline:
      'Carers hold paid work and care together by juggling hours, money and their own health. A sudden onset of dependency starts the juggling; an understanding manager or a relative who shares the load decides whether it holds. When it does not, the carer’s health or job gives way, and guilt follows either way.',
    candidates: [
      {
        category_id: 'k1',
        category_name: 'Juggling care and paid work',
        reasoning: 'Every other category is a cause, a condition or a cost of the juggling; all eight carers describe it.',
        central: 5,
        frequent: 5,
        connected: 5,
        abstract_enough: 4,
        explains_variation: 4,
      },
      {
        category_id: 'k2',
        category_name: 'Physical and emotional overload',
        reasoning: 'Strong in seven interviews, but it reads as a consequence of the juggling rather than its centre.',
        central: 3,
        frequent: 4,
        connected: 3,
        abstract_enough: 3,
        explains_variation: 2,
      },
      {
        category_id: 'k3',
        category_name: 'Workplace flexibility',
        reasoning: 'Decides whether the juggling holds, but only for employed carers.',
        central: 3,
        frequent: 3,
        connected: 4,
        abstract_enough: 2,
        explains_variation: 3,
      },
      {
        category_id: 'k4',
        category_name: 'Informal support networks',
        reasoning: 'A strategy some carers have and others lack; too specific to carry the theory.',
        central: 2,
        frequent: 3,
        connected: 3,
        abstract_enough: 2,
        explains_variation: 3,
      },
    ],
  },
  propositions: [
    {
      id: 'P1',
      text: 'If the line manager is understanding, carers keep their job longer, because shifts can be renegotiated week by week.',
      evidence: [q('f-ines-2', 'i1', 'Inés', 'My manager just said “do what you need to do”, and honestly that got me through that winter.')],
      exceptions: [{ statement: 'Tom’s manager was understanding, but the site closed and he lost the job anyway.', fragment_id: 'f-tom-1' }],
    },
    {
      id: 'P2',
      text: 'If care is shared with another relative, isolation falls, because caring becomes a joint project.',
      evidence: [tom],
      exceptions: [{ statement: 'Renée shares care with her sister and still feels isolated.', fragment_id: null }],
    },
  ],
  consequences: [
    {
      category_name: 'Economic costs of care',
      statement: 'Income falls when hours are cut.',
      type: 'material',
      horizon: 'short_term',
      evidence: [],
      exceptions: [{ statement: 'José’s income recovered once he moved to nights.', fragment_id: null }],
    },
    {
      category_name: 'Physical and emotional overload',
      statement: 'Fatigue accumulates.',
      type: 'psychological',
      horizon: 'long_term',
      evidence: [grace],
      exceptions: [],
    },
  ],
  gaps: [],
  evidence_coverage: { claims: 9, claims_with_evidence: 9, ratio: 1 },
  validation: { evidence_checked: 14, verified: 13, not_verbatim: 1, unknown_fragment: 0, wrong_category: 0, claims_repaired: 0, unsupported_claims: [] },
  paradigm: {
    phenomenon: [claim('k1', 'Juggling care and paid work', 'Carers rearrange hours, money and health so that neither side collapses.', [grace])],
    causal_conditions: [
      claim('k5', 'Sudden dependency', 'A stroke or a fall turns a relative dependent overnight.', [
        q('f-jose-1', 'i3', 'José', 'The stroke was on a Tuesday and by Thursday I was asking HR how to go part-time.'),
      ]),
    ],
    context: [],
    intervening_conditions: [claim('k3', 'Workplace flexibility', 'The line manager’s attitude opens or blocks shift changes.', [])],
    strategies: [
      claim(
        'k3',
        'Workplace flexibility',
        'Negotiating shifts, working from home or reduced hours.',
        [grace],
        [{ statement: 'Tom never negotiated his shifts: his employer closed the site first.', fragment_id: 'f-tom-1' }],
      ),
    ],
  },
  sampling_plan: [],
  saturation: { curve: [], plateau: false, model_readiness: 65, model_assessment: 'Few interviews.' },
  network_summary: { categories: 4, codes: 20, fragments: 60, interviews: 8, centrality: [], co_occurrence: [] },
  manifest: { route: 'staged', provider: 'openai', access: 'server', template: 'health', attempt: 1, stages: [], budget_trims: [], input_hashes: {} },
};
const project = {
  id: ID,
  name: 'Caring while working',
  description: 'Working family carers',
  research_question: 'How do working carers sustain care?',
  language: 'en',
  domain_template: 'health',
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
  role: 'owner',
  members: [{ user_id: user.id, display_name: 'Ana', role: 'owner' }],
};
const templates = [
  {
    key: 'health',
    names: { en: 'Health', es: 'Salud' },
    descriptions: { en: 'Health', es: 'Salud' },
    actors: ['carers'],
    critical_dimensions: [],
    metrics: [],
  },
];
const routes = {
  [`/api/projects/${ID}`]: project,
  '/api/domain-templates': templates,
  [`/api/projects/${ID}/jobs`]: [],
  [`/api/projects/${ID}/exports`]: [],
  [`/api/projects/${ID}/theories`]: {
    items: [
      {
        id: 't1',
        version: 3,
        created_at: theory.created_at,
        central_category: theory.core_category.name,
        readiness_score: 71,
        evidence_coverage: 1,
        generated_by: theory.generated_by,
        degraded: false,
      },
    ],
    page: 0,
    size: 50,
    total_items: 1,
    total_pages: 1,
  },
  [`/api/projects/${ID}/theories/t1`]: theory,
  [`/api/projects/${ID}/interviews`]: { items: [], page: 0, size: 200, total_items: 0, total_pages: 0 },
  '/api/llm/status': { access: { remote: true } },
};

const browser = await chromium.launch({ executablePath: process.env.THEOGEN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  await mkdir(out, { recursive: true });
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
    await context.addInitScript((u) => {
      window.localStorage.setItem('theogen.ui-language', 'en');
      window.localStorage.setItem('theogen.session', JSON.stringify({ token: 'fixture', expiresAt: Date.now() + 3_600_000, user: u }));
    }, user);
    await context.route(
      (url) => url.pathname.startsWith('/api/'),
      (route) => {
        const path = new URL(route.request().url()).pathname;
        const body = routes[path];
        if (body === undefined) console.error(`unanswered: ${path}`);
        return route.fulfill(
          body === undefined
            ? { status: 404, contentType: 'application/problem+json', body: JSON.stringify({ status: 404, error_code: 'NOT_FOUND', detail: 'fixture' }) }
            : { status: 200, contentType: 'application/json', body: JSON.stringify(body) },
        );
      },
    );
    const page = await context.newPage();
    await page.goto(`${base}/projects/${ID}/theory`);
    const choice = page.getByRole('region', { name: 'How the core category was chosen' });
    await choice.waitFor();
    await page.getByText('Statements and all their quotes').click();
    await choice.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const el = document.querySelector('.core-choice');
      if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70);
    });
    await page.screenshot({ path: join(out, `theory-core-choice-${width}.png`) });
    await page.locator('#propositions-title').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70));
    await page.screenshot({ path: join(out, `theory-negative-cases-${width}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
}
