import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/db.js';
import type { Database } from '../../platform/db/database.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { seedDemo } from '../../seed/demo.js';
import { runEval, type EvalOutcome } from '../../../bench/search-eval/run.js';

/**
 * Search quality regression guard: the query set of bench/search-eval on the
 * demo register; our search must beat both baselines overall and above all on
 * synonyms and life situations.
 */
let database: Database;
let outcome: EvalOutcome;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { actor: SYSTEM_ACTOR, requestId: 'search-eval-test' });
  outcome = await runEval(database.db);
}, 240_000);
afterAll(async () => database?.close());

describe('search quality on the demo register', () => {
  it('beats both baselines overall, in recall@5 and in MRR', () => {
    const { ours, simpleFts, trigram } = outcome.report;
    expect(ours.overall.recall5).toBeGreaterThanOrEqual(0.9);
    for (const base of [simpleFts, trigram]) {
      expect(ours.overall.recall5).toBeGreaterThan(base.overall.recall5 + 0.1);
      expect(ours.overall.mrr).toBeGreaterThan(base.overall.mrr + 0.1);
    }
  });

  it.each(['synonym', 'lifeSituation', 'english'] as const)('clearly beats both baselines on %s queries', (kind) => {
    const { ours, simpleFts, trigram } = outcome.report;
    for (const base of [simpleFts, trigram]) {
      expect(ours[kind].recall5).toBeGreaterThan(base[kind].recall5 + 0.2);
      expect(ours[kind].mrr).toBeGreaterThan(base[kind].mrr + 0.2);
    }
  });

  it('does not lose to the trigram baseline on inflected, diacritic-less, misspelt and partly typed queries', () => {
    const { ours, trigram } = outcome.report;
    for (const kind of ['inflected', 'noDiacritics', 'typo', 'prefix'] as const) expect(ours[kind].recall5, kind).toBeGreaterThanOrEqual(trigram[kind].recall5);
  });
});
