import type { FieldIssue, RuleViolation } from '../../platform/errors.js';
import { tBoth } from '../../platform/i18n.js';
import './life-situations.messages.js';

/** R40: a life situation is tied to at least one need. */
export function checkLifeSituationHasNeeds(needCount: number, path = 'needIds'): RuleViolation[] {
  if (needCount > 0) return [];
  return [{ rule: 'R40', code: 'lifeSituation.needs.missing', severity: 'error', path, message: tBoth('lifeSituations.needs.missing') }];
}

/**
 * R40 when a need leaves life situations: each situation it leaves must keep at
 * least one other need. `leaving` gives, for each situation, how many needs it
 * has now (including this one).
 */
export function checkNeedLeavesNoSituationEmpty(leaving: { id: string; code: string; needCount: number }[], path = 'lifeSituationIds'): RuleViolation[] {
  return leaving
    .filter((ls) => ls.needCount <= 1)
    .map((ls) => ({ rule: 'R40', code: 'lifeSituation.needs.lastNeed', severity: 'error' as const, path, message: tBoth('lifeSituations.needs.lastNeed', { code: ls.code }) }));
}

/** Codes repeated within one request (e.g. two new needs with one code). */
export function repeatedCodes(items: { code: string }[], basePath: string, messageKey: string): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  items.forEach((it, i) => {
    if (seen.has(it.code)) issues.push({ path: `${basePath}[${i}].code`, code: 'duplicate', message: messageKey, params: { code: it.code } });
    seen.add(it.code);
  });
  return issues;
}

/** Issues for ids that were not found, naming each position in the list. */
export function unknownIds(given: string[], found: ReadonlySet<string>, basePath: string, messageKey: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  given.forEach((id, i) => {
    if (!found.has(id)) issues.push({ path: `${basePath}[${i}]`, code: 'unknownReference', message: messageKey, params: { id } });
  });
  return issues;
}
