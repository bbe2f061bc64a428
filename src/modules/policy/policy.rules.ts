/**
 * Pure functions over policy documents: the cross-reference checks that the
 * structure alone cannot express, and the section-by-section diff between two
 * versions. No I/O.
 */
import type { FieldIssue } from '../../platform/errors.js';
import type { PolicyDiff, PolicyDocument } from './policy.schemas.js';

type PathPart = string | number;

/** A field issue that also keeps its path as parts (for Zod). */
export interface PolicyIssue extends FieldIssue {
  pathParts: PathPart[];
  message: string;
  params: Record<string, unknown>;
}

/** "a", 0, "b" → "a[0].b", the register's path notation. */
export function pathToString(parts: PathPart[]): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function issue(pathParts: PathPart[], code: string, message: string, params: Record<string, unknown>): PolicyIssue {
  return { pathParts, path: pathToString(pathParts), code, message, params };
}

/** Sections that are lists of entries keyed by `code`, in document order. */
export const CODED_SECTIONS = [
  'scales',
  'levels',
  'policyStages',
  'lifecycleStages',
  'provisioningStages',
  'roles',
  'taskGroups',
  'tasks',
  'conditions',
  'channelEnvironments',
  'channelTypes',
  'institutionGroups',
  'recipientTypes',
  'complexities',
  'capabilityKinds',
  'resourceKinds',
  'maturityLevels',
  'managementStates',
  'notServiceCategories',
  'indicatorKinds',
] as const satisfies readonly (keyof PolicyDocument)[];

function duplicates(out: PolicyIssue[], section: string, entries: { code: string }[], base: PathPart[]): Set<string> {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.code)) out.push(issue([...base, i, 'code'], 'duplicate', 'policy.code.duplicate', { section, code: e.code }));
    seen.add(e.code);
  });
  return seen;
}

function references(out: PolicyIssue[], section: string, known: Set<string>, codes: string[], base: PathPart[]): void {
  codes.forEach((code, i) => {
    if (!known.has(code)) out.push(issue([...base, i], 'unknownReference', 'policy.reference.unknown', { section, code }));
  });
}

/**
 * Every cross-reference problem of a structurally valid document: duplicate
 * codes per section (criteria and recipient types across their whole tree),
 * roles, levels, task groups and matrix cells that point nowhere, criterion
 * codes that do not sit under their parent, leaf flags that disagree with the
 * tree, and physical channel types marked as electronic. Deliberately no
 * "exactly one A per task" check: the seeds do not state it (R41).
 */
export function policyDocumentIssues(doc: PolicyDocument): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  const codes = {} as Record<(typeof CODED_SECTIONS)[number], Set<string>>;
  for (const s of CODED_SECTIONS) codes[s] = duplicates(out, s, doc[s] as { code: string }[], [s]);

  doc.roles.forEach((r, i) => {
    if (!codes.scales.has(r.scale)) out.push(issue(['roles', i, 'scale'], 'unknownReference', 'policy.reference.unknown', { section: 'scales', code: r.scale }));
    references(out, 'levels', codes.levels, r.levels, ['roles', i, 'levels']);
  });
  doc.taskGroups.forEach((g, i) => references(out, 'levels', codes.levels, g.levels, ['taskGroups', i, 'levels']));
  doc.tasks.forEach((task, i) => {
    if (!codes.taskGroups.has(task.group)) out.push(issue(['tasks', i, 'group'], 'unknownReference', 'policy.reference.unknown', { section: 'taskGroups', code: task.group }));
    else if (!task.code.startsWith(`${task.group}-`)) out.push(issue(['tasks', i, 'code'], 'groupPrefix', 'policy.task.groupPrefix', { code: task.code, group: task.group }));
    references(out, 'levels', codes.levels, task.levels, ['tasks', i, 'levels']);
  });

  const m = doc.responsibilityMatrix;
  const columns = new Set<string>();
  m.columns.forEach((c, i) => {
    if (columns.has(c)) out.push(issue(['responsibilityMatrix', 'columns', i], 'duplicate', 'policy.code.duplicate', { section: 'responsibilityMatrix.columns', code: c }));
    columns.add(c);
  });
  references(out, 'roles', codes.roles, m.columns, ['responsibilityMatrix', 'columns']);
  for (const [task, row] of Object.entries(m.rows)) {
    if (!codes.tasks.has(task)) out.push(issue(['responsibilityMatrix', 'rows', task], 'unknownReference', 'policy.reference.unknown', { section: 'tasks', code: task }));
    for (const role of Object.keys(row)) {
      if (!columns.has(role)) out.push(issue(['responsibilityMatrix', 'rows', task, role], 'notColumn', 'policy.matrix.notColumn', { code: role }));
    }
  }

  const numbers = new Set<number>();
  const criterionCodes = new Set<string>();
  const seenCriterion = (code: string, path: PathPart[]) => {
    if (criterionCodes.has(code)) out.push(issue(path, 'duplicate', 'policy.code.duplicate', { section: 'criteria', code }));
    criterionCodes.add(code);
  };
  doc.conditions.forEach((c, i) => {
    if (numbers.has(c.number)) out.push(issue(['conditions', i, 'number'], 'duplicate', 'policy.code.duplicate', { section: 'conditions', code: c.number }));
    numbers.add(c.number);
    c.criteria.forEach((k, j) => {
      const path: PathPart[] = ['conditions', i, 'criteria', j];
      seenCriterion(k.code, [...path, 'code']);
      if (!k.code.startsWith(`${c.code}.`)) out.push(issue([...path, 'code'], 'prefix', 'policy.criterion.prefix', { code: k.code, parent: `${c.code}.` }));
      if (k.leaf !== (k.criteria.length === 0)) out.push(issue([...path, 'leaf'], 'leaf', 'policy.criterion.leaf', { code: k.code }));
      k.criteria.forEach((leaf, n) => {
        seenCriterion(leaf.code, [...path, 'criteria', n, 'code']);
        if (!leaf.code.startsWith(`${k.code}.`)) out.push(issue([...path, 'criteria', n, 'code'], 'prefix', 'policy.criterion.prefix', { code: leaf.code, parent: `${k.code}.` }));
      });
    });
  });

  doc.channelTypes.forEach((ct, i) => {
    if (!codes.channelEnvironments.has(ct.environment)) out.push(issue(['channelTypes', i, 'environment'], 'unknownReference', 'policy.reference.unknown', { section: 'channelEnvironments', code: ct.environment }));
    if (ct.digital && ct.environment !== 'remoteElectronic') out.push(issue(['channelTypes', i, 'digital'], 'digitalPhysical', 'policy.channel.digitalPhysical', { code: ct.code }));
  });

  // Recipient types: the top level and the leaves share one code space.
  const recipientCodes = new Set<string>(doc.recipientTypes.map((r) => r.code));
  doc.recipientTypes.forEach((r, i) =>
    r.children.forEach((leaf, j) => {
      if (recipientCodes.has(leaf.code)) out.push(issue(['recipientTypes', i, 'children', j, 'code'], 'duplicate', 'policy.code.duplicate', { section: 'recipientTypes', code: leaf.code }));
      recipientCodes.add(leaf.code);
    }),
  );

  const levelNumbers = new Set<number>();
  doc.maturityLevels.forEach((l, i) => {
    if (levelNumbers.has(l.level)) out.push(issue(['maturityLevels', i, 'level'], 'duplicate', 'policy.code.duplicate', { section: 'maturityLevels', code: l.level }));
    levelNumbers.add(l.level);
  });
  doc.notServiceCategories.forEach((c, i) => duplicates(out, 'notServiceCategories.subTypes', c.subTypes, ['notServiceCategories', i, 'subTypes']));
  return out;
}

// ---------------------------------------------------------------- diff

type Change = { path: string; before: unknown; after: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCodedList = (v: unknown): v is { code: string }[] => Array.isArray(v) && v.length > 0 && v.every((x) => isPlainObject(x) && typeof x.code === 'string');

/** Field-by-field changes between two JSON values; lists of coded entries are matched by code. */
function diffValue(before: unknown, after: unknown, path: string, out: Change[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    // Sorted: jsonb does not keep key order, and a diff should read the same however it was stored.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) diffValue(before[k], after[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if ((isCodedList(before) || isCodedList(after)) && Array.isArray(before) && Array.isArray(after)) {
    const a = new Map((before as { code: string }[]).map((x) => [x.code, x]));
    const b = new Map((after as { code: string }[]).map((x) => [x.code, x]));
    for (const [code, x] of a) diffValue(x, b.get(code), `${path}[${code}]`, out);
    for (const [code, y] of b) if (!a.has(code)) diffValue(undefined, y, `${path}[${code}]`, out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before: before ?? null, after: after ?? null });
}

function diffEntries(section: string, before: Map<string, unknown>, after: Map<string, unknown>) {
  const result = { section, added: [] as { code: string; entry: unknown }[], removed: [] as { code: string; entry: unknown }[], changed: [] as { code: string; changes: Change[] }[] };
  for (const [code, entry] of before) {
    if (!after.has(code)) {
      result.removed.push({ code, entry });
      continue;
    }
    const changes: Change[] = [];
    diffValue(entry, after.get(code), '', changes);
    if (changes.length) result.changed.push({ code, changes });
  }
  for (const [code, entry] of after) if (!before.has(code)) result.added.push({ code, entry });
  return result;
}

const byCode = (list: { code: string }[]) => new Map<string, unknown>(list.map((e) => [e.code, e]));

/**
 * What changed from `from` to `to`: document-level fields, and per section the
 * entries added, removed and changed (matched by code, changes field by field).
 * The responsibility matrix is compared per task row (cells as fields), plus its
 * columns and legend as a `responsibilityMatrix.meta` section entry.
 */
export function diffPolicyDocuments(from: PolicyDocument, to: PolicyDocument): PolicyDiff {
  const sections: PolicyDiff['sections'] = [];
  for (const s of CODED_SECTIONS) sections.push(diffEntries(s, byCode(from[s] as { code: string }[]), byCode(to[s] as { code: string }[])));
  sections.push(diffEntries('responsibilityMatrix', new Map(Object.entries(from.responsibilityMatrix.rows)), new Map(Object.entries(to.responsibilityMatrix.rows))));

  const document: Change[] = [];
  const coded = new Set<string>([...CODED_SECTIONS, 'responsibilityMatrix']);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  for (const k of keys) {
    if (k === 'id' || coded.has(k)) continue;
    diffValue((from as Record<string, unknown>)[k], (to as Record<string, unknown>)[k], k, document);
  }
  const { rows: _a, ...fromMeta } = from.responsibilityMatrix;
  const { rows: _b, ...toMeta } = to.responsibilityMatrix;
  diffValue(fromMeta, toMeta, 'responsibilityMatrix', document);

  const changedSections = sections.filter((s) => s.added.length || s.removed.length || s.changed.length);
  return { from: from.id, to: to.id, identical: changedSections.length === 0 && document.length === 0, document, sections: changedSections };
}
