import { describe, expect, it } from 'vitest';
import { parseFocus, shortestDependents } from './dependencies.rules.js';
import type { ImpactStepRow } from './dependencies.repository.js';

const R = { kind: 'resource' as const, id: 'r' };
const step = (id: string, depth: number, parentId: string, parentKind: 'service' | 'resource' = 'service'): ImpactStepRow => ({ kind: 'service', id, depth, parentKind, parentId, edge: 'usesService' });

describe('shortestDependents', () => {
  it('keeps each dependent once at its shortest depth with a shortest chain from the start', () => {
    const steps = [step('a', 1, 'r', 'resource'), step('b', 2, 'a'), step('c', 3, 'b'), step('c', 1, 'r', 'resource'), step('b', 2, 'c')];
    const out = shortestDependents(R, steps);
    expect(out.map((d) => [d.id, d.depth, d.path.map((p) => p.id).join('>')])).toEqual([
      ['a', 1, 'r>a'],
      ['c', 1, 'r>c'],
      ['b', 2, 'r>a>b'],
    ]);
  });

  it('never lists the start as its own dependent when a cycle leads back to it', () => {
    const start = { kind: 'service' as const, id: 's' };
    const out = shortestDependents(start, [step('t', 1, 's'), step('s', 2, 't'), step('t', 3, 's')]);
    expect(out.map((d) => [d.id, d.depth])).toEqual([['t', 1]]);
  });
});

describe('parseFocus', () => {
  it('reads the kind and the id', () => {
    expect(parseFocus('resource:7C9E6679-7425-40DE-944B-E07FC1F90AE7')).toEqual({ kind: 'resource', id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
  });
});
