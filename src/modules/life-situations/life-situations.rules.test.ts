import { describe, expect, it } from 'vitest';
import { checkLifeSituationHasNeeds, checkNeedLeavesNoSituationEmpty, repeatedCodes, unknownIds } from './life-situations.rules.js';

describe('life situation rules', () => {
  it('R40 refuses a life situation without needs', () => {
    const [v] = checkLifeSituationHasNeeds(0);
    expect(v).toMatchObject({ rule: 'R40', severity: 'error', path: 'needIds', code: 'lifeSituation.needs.missing' });
    expect(v.message.lv).toContain('vismaz vienu vajadzību');
    expect(v.message.en).toContain('at least one need');
    expect(checkLifeSituationHasNeeds(1)).toEqual([]);
  });

  it('R40 refuses to take the last need away from a life situation', () => {
    const out = checkNeedLeavesNoSituationEmpty([
      { id: 'a', code: 'BIRTH', needCount: 1 },
      { id: 'b', code: 'MOVE', needCount: 3 },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ rule: 'R40', path: 'lifeSituationIds' });
    expect(out[0].message.en).toContain('BIRTH');
  });

  it('names repeated codes and unknown ids by their position', () => {
    expect(repeatedCodes([{ code: 'A' }, { code: 'B' }, { code: 'A' }], 'newNeeds', 'k')).toMatchObject([{ path: 'newNeeds[2].code', code: 'duplicate' }]);
    expect(unknownIds(['x', 'y', 'z'], new Set(['x', 'z']), 'needIds', 'k')).toMatchObject([{ path: 'needIds[1]', code: 'unknownReference', params: { id: 'y' } }]);
  });
});
