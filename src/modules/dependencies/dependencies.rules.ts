import type { EdgeKind, ImpactStepRow, NodeKind } from './dependencies.repository.js';

/** How far the impact walk goes; deeper chains are reported as truncated. */
export const MAX_IMPACT_DEPTH = 12;
/** Rows of the walk read at most (node × depth × parent); more means truncated. */
export const MAX_IMPACT_STEPS = 20_000;
/** Nodes a graph answer holds at most; more means truncated. */
export const MAX_GRAPH_NODES = 300;
export const MAX_GRAPH_DEPTH = 4;

export interface NodeRef {
  kind: NodeKind;
  id: string;
}

const key = (n: NodeRef): string => `${n.kind}:${n.id}`;

/** `service:<uuid>` or `resource:<uuid>` → the node it names. */
export function parseFocus(focus: string): NodeRef {
  const i = focus.indexOf(':');
  return { kind: focus.slice(0, i) as NodeKind, id: focus.slice(i + 1).toLowerCase() };
}

/** A dependent reached by the impact walk: shortest depth and one shortest path from the start to it. */
export interface Dependent {
  kind: NodeKind;
  id: string;
  depth: number;
  /** Nodes from the start (first) to the dependent (last). */
  path: NodeRef[];
  /** The edge by which the last step was reached (how the dependent uses the previous node). */
  via: EdgeKind;
}

/**
 * Turns the walk's rows into one entry per node with its shortest depth and a
 * shortest path, following parents one level up each time. The start itself
 * is never its own dependent (a cycle back to it is ignored).
 */
export function shortestDependents(start: NodeRef, steps: readonly ImpactStepRow[]): Dependent[] {
  const startKey = key(start);
  const best = new Map<string, ImpactStepRow>();
  for (const s of steps) {
    const k = key(s);
    if (k === startKey) continue;
    const cur = best.get(k);
    if (!cur || s.depth < cur.depth) best.set(k, s);
  }
  const out: Dependent[] = [];
  for (const [, s] of best) {
    const path: NodeRef[] = [{ kind: s.kind, id: s.id }];
    let step: ImpactStepRow | undefined = s;
    // A node's parent at the shortest depth was itself reached at depth − 1, so this ends at the start.
    while (step && step.depth > 1) {
      const parentKey = key({ kind: step.parentKind, id: step.parentId });
      const parent = best.get(parentKey);
      if (!parent || parent.depth !== step.depth - 1) break;
      path.unshift({ kind: parent.kind, id: parent.id });
      step = parent;
    }
    path.unshift(start);
    out.push({ kind: s.kind, id: s.id, depth: s.depth, path, via: s.edge });
  }
  return out.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
}
