import type { FieldIssue, RuleViolation } from '../../platform/errors.js';
import { tBoth } from '../../platform/i18n.js';
import './resources.messages.js';

/** R42: a resource or capability is virtual exactly when it is obtained through a supplier's service. */
export const deriveVirtual = (supplierServiceId: string | null | undefined): boolean => !!supplierServiceId;

/** R42: `virtual` is derived, so a body that sets it is refused, naming the field. */
export function refuseHandSetVirtual(body: { virtual?: unknown }): FieldIssue[] {
  return body.virtual === undefined ? [] : [{ path: 'virtual', code: 'readOnly', message: 'resources.virtual.readOnly', params: {} }];
}

export type R15Status = 'ok' | 'missing' | 'multiple' | 'notApplicable';

/**
 * R15: an institution holding resources has exactly one resource-portfolio
 * manager. Without resources the rule does not apply, but two managers are
 * still wrong.
 */
export function checkResourcePortfolioManager(resourceCount: number, managerCount: number): { status: R15Status; violations: RuleViolation[] } {
  if (managerCount > 1) {
    return { status: 'multiple', violations: [{ rule: 'R15', code: 'resourcePortfolio.manager.multiple', severity: 'error', path: 'resourcePortfolioManagers', message: tBoth('resources.r15.multiple', { count: managerCount }) }] };
  }
  if (resourceCount === 0) return { status: 'notApplicable', violations: [] };
  if (managerCount === 0) {
    return { status: 'missing', violations: [{ rule: 'R15', code: 'resourcePortfolio.manager.missing', severity: 'error', path: 'resourcePortfolioManagers', message: tBoth('resources.r15.missing') }] };
  }
  return { status: 'ok', violations: [] };
}

/** Whether a resource lacks its one resource manager (R16). */
export const isManagerMissing = (managerCount: number): boolean => managerCount === 0;

/** R16: each resource has exactly one resource manager. */
export function checkResourceManagers(resources: { id: string; code: string; managerCount: number }[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const r of resources) {
    if (r.managerCount === 0) {
      out.push({ rule: 'R16', code: 'resource.manager.missing', severity: 'error', path: `resources.${r.code}`, message: tBoth('resources.r16.missing', { code: r.code }) });
    } else if (r.managerCount > 1) {
      out.push({ rule: 'R16', code: 'resource.manager.multiple', severity: 'error', path: `resources.${r.code}`, message: tBoth('resources.r16.multiple', { code: r.code, count: r.managerCount }) });
    }
  }
  return out;
}
