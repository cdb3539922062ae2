import { api } from '../api/client';
import type { Application, SearchHit } from '../api/types';

/** What happened to one hit when a code was applied to a selection. */
export type HitOutcome = { status: 'applied'; application: Application } | { status: 'already' } | { status: 'failed'; error: unknown };

/** The code to apply: an existing one, or a new one named by its label (created by the first application). */
export type CodeChoice = { codeId: string } | { label: string };

const CONCURRENCY = 4;

/**
 * Applies one code to the whole text of every hit, a few requests at a time, and reports each hit's outcome:
 * a hit that already carries the code is left alone, a refused request is kept with its error (the others go
 * on). A new code is created by the first request; the rest apply it by id.
 */
export async function applyToHits(hits: SearchHit[], choice: CodeChoice): Promise<Map<string, HitOutcome>> {
  const outcomes = new Map<string, HitOutcome>();
  let codeId = 'codeId' in choice ? choice.codeId : null;
  const queue = hits.filter((hit) => {
    if (codeId !== null && hit.code_ids.includes(codeId)) {
      outcomes.set(hit.fragment_id, { status: 'already' });
      return false;
    }
    return true;
  });
  const apply = async (hit: SearchHit) => {
    try {
      const application = await api.applyCode(hit.fragment_id, {
        ...(codeId !== null ? { code_id: codeId } : { label: (choice as { label: string }).label }),
        quote_start: 0,
        quote_end: hit.text.length,
      });
      codeId = application.code_id;
      outcomes.set(hit.fragment_id, { status: 'applied', application });
    } catch (error) {
      outcomes.set(hit.fragment_id, { status: 'failed', error });
    }
  };
  // A new code must exist before the others can use its id: the first hit goes alone.
  while (codeId === null && queue.length > 0) await apply(queue.shift()!);
  const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let hit = queue.shift(); hit; hit = queue.shift()) await apply(hit);
  });
  await Promise.all(workers);
  return outcomes;
}
