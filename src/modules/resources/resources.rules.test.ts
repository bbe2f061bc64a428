import { describe, expect, it } from 'vitest';
import { checkResourceManagers, checkResourcePortfolioManager, deriveVirtual, isManagerMissing, refuseHandSetVirtual } from './resources.rules.js';

describe('resource rules', () => {
  it('R42 derives virtual from the supplier service and refuses a hand-set flag', () => {
    expect(deriveVirtual('6f1c0b7e-6a4e-4a43-9a0e-0a7f3b1f2c11')).toBe(true);
    expect(deriveVirtual(null)).toBe(false);
    expect(deriveVirtual(undefined)).toBe(false);
    expect(refuseHandSetVirtual({ virtual: true })).toMatchObject([{ path: 'virtual', code: 'readOnly' }]);
    expect(refuseHandSetVirtual({ virtual: false })).toHaveLength(1);
    expect(refuseHandSetVirtual({})).toEqual([]);
  });

  it('R15 wants exactly one resource-portfolio manager in an institution holding resources', () => {
    expect(checkResourcePortfolioManager(3, 1)).toEqual({ status: 'ok', violations: [] });
    const missing = checkResourcePortfolioManager(3, 0);
    expect(missing.status).toBe('missing');
    expect(missing.violations).toMatchObject([{ rule: 'R15', severity: 'error' }]);
    expect(checkResourcePortfolioManager(0, 0)).toEqual({ status: 'notApplicable', violations: [] });
    expect(checkResourcePortfolioManager(0, 2).status).toBe('multiple');
    expect(checkResourcePortfolioManager(5, 2).violations[0].message.lv).toContain('2');
  });

  it('R16 flags a resource without a manager and one with several', () => {
    expect(isManagerMissing(0)).toBe(true);
    expect(isManagerMissing(1)).toBe(false);
    const v = checkResourceManagers([
      { id: 'a', code: 'RES-A', managerCount: 0 },
      { id: 'b', code: 'RES-B', managerCount: 1 },
      { id: 'c', code: 'RES-C', managerCount: 2 },
    ]);
    expect(v.map((x) => [x.rule, x.code])).toEqual([
      ['R16', 'resource.manager.missing'],
      ['R16', 'resource.manager.multiple'],
    ]);
    expect(v[0].message.en).toContain('RES-A');
  });
});
