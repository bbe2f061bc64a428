import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/actor.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.js';
import { t, type Locale } from '../../platform/i18n.js';
import { toCsv } from '../../platform/csv.js';
import { serviceVisibility } from '../services/services.policy.js';
import type { Visibility } from '../services/services.repository.js';
import * as repo from './dependencies.repository.js';
import type { EdgeRow, NodeRow } from './dependencies.repository.js';
import { MAX_GRAPH_NODES, MAX_IMPACT_DEPTH, MAX_IMPACT_STEPS, parseFocus, shortestDependents, type NodeRef } from './dependencies.rules.js';
import { canReadDependencies } from './dependencies.policy.js';
import { toGraphNode, toImpactItem, toTargetNode } from './dependencies.presenter.js';
import type { DependencyGraphBody, DependencyGraphQuery, ImpactQuery, ImpactResponseBody } from './dependencies.schemas.js';
import './dependencies.messages.js';

/** Resources are internal data of the public sector, so the dependency views need a signed-in user (401 otherwise). */
function readerVisibility(actor: Actor): Visibility {
  if (!canReadDependencies(actor)) throw new UnauthenticatedError();
  return serviceVisibility(actor);
}

async function nodesOf(ex: Executor, refs: NodeRef[], vis: Visibility): Promise<Map<string, NodeRow>> {
  const services = await repo.serviceNodes(ex, refs.filter((r) => r.kind === 'service').map((r) => r.id), vis);
  const resources = await repo.resourceNodes(ex, refs.filter((r) => r.kind === 'resource').map((r) => r.id));
  return new Map([...services, ...resources]);
}

/** The focus or target as the reader may see it; 404 when it does not exist or is a draft the reader may not see. */
async function findNode(ex: Executor, ref: NodeRef, vis: Visibility): Promise<NodeRow> {
  const node = (await nodesOf(ex, [ref], vis)).get(ref.id);
  if (!node) throw new NotFoundError(ref.kind, ref.id);
  return node;
}

/**
 * The neighbourhood of a service or resource: nodes up to `depth` links away
 * (following dependencies, dependents or both), breadth first, and every edge
 * between the nodes included. Services the reader may not see are left out
 * with their edges; at most MAX_GRAPH_NODES nodes (`truncated` says more were in reach).
 */
export async function dependencyGraph(ex: Executor, actor: Actor, q: DependencyGraphQuery): Promise<DependencyGraphBody> {
  const vis = readerVisibility(actor);
  const focus = parseFocus(q.focus);
  const focusNode = await findNode(ex, focus, vis);
  const nodes = new Map<string, NodeRow & { distance: number }>([[focusNode.id, { ...focusNode, distance: 0 }]]);
  const edges = new Map<string, EdgeRow>();
  let frontier: NodeRow[] = [focusNode];
  let truncated = false;
  for (let distance = 1; distance <= q.depth && frontier.length && !truncated; distance++) {
    const sIds = frontier.filter((n) => n.kind === 'service').map((n) => n.id);
    const rIds = frontier.filter((n) => n.kind === 'resource').map((n) => n.id);
    const found: EdgeRow[] = [];
    if (q.direction !== 'dependents') found.push(...(await repo.outgoingEdges(ex, sIds, rIds, vis)));
    if (q.direction !== 'dependencies') found.push(...(await repo.incomingEdges(ex, sIds, rIds, vis)));
    const fresh = new Map<string, NodeRef>();
    for (const e of found) {
      for (const end of [{ kind: e.fromKind, id: e.from }, { kind: e.toKind, id: e.to }]) if (!nodes.has(end.id)) fresh.set(end.id, end);
    }
    // Only as many new nodes as the answer may still hold are looked up (a popular resource has thousands of users).
    const room = MAX_GRAPH_NODES - nodes.size;
    const candidates = [...fresh.values()].sort((a, b) => a.id.localeCompare(b.id));
    if (candidates.length > room) truncated = true;
    const details = await nodesOf(ex, candidates.slice(0, room), vis);
    const next: NodeRow[] = [];
    for (const ref of candidates.slice(0, room)) {
      const node = details.get(ref.id);
      if (!node) continue;
      nodes.set(node.id, { ...node, distance });
      next.push(node);
    }
    for (const e of found) if (nodes.has(e.from) && nodes.has(e.to)) edges.set(`${e.from}>${e.to}>${e.kind}`, e);
    frontier = next;
  }
  // Edges among nodes of the last ring are not fetched by the walk; they are part of the picture too.
  if (frontier.length && !truncated) {
    const sIds = frontier.filter((n) => n.kind === 'service').map((n) => n.id);
    const rIds = frontier.filter((n) => n.kind === 'resource').map((n) => n.id);
    for (const e of await repo.outgoingEdges(ex, sIds, rIds, vis)) if (nodes.has(e.to)) edges.set(`${e.from}>${e.to}>${e.kind}`, e);
  }
  return {
    focus: focusNode.id,
    depth: q.depth,
    nodes: [...nodes.values()].map(toGraphNode),
    edges: [...edges.values()].map((e) => ({ from: e.from, to: e.to, kind: e.kind })),
    truncated,
  };
}

/** The target of an impact question; 400 naming the field unless exactly one is given. */
function impactTarget(q: ImpactQuery): NodeRef {
  if ((q.resourceId ? 1 : 0) + (q.serviceId ? 1 : 0) !== 1) {
    const path = q.resourceId && q.serviceId ? 'querystring.serviceId' : 'querystring.resourceId';
    throw new ValidationError([{ path, code: 'oneTarget', message: 'dependencies.impact.oneTarget', params: {} }]);
  }
  return q.resourceId ? { kind: 'resource', id: q.resourceId } : { kind: 'service', id: q.serviceId! };
}

/**
 * Every service that depends on a resource or service, directly or
 * transitively (through services that bundle or use it and virtual resources
 * it supplies), with the shortest chain, owner and service manager; only
 * services the reader may see, as in the services list.
 */
export async function impactOf(ex: Executor, actor: Actor, q: ImpactQuery): Promise<ImpactResponseBody> {
  const vis = readerVisibility(actor);
  const start = impactTarget(q);
  const target = await findNode(ex, start, vis);
  const steps = await repo.impactWalk(ex, start, vis, MAX_IMPACT_DEPTH, MAX_IMPACT_STEPS + 1);
  const dependents = shortestDependents(start, steps.slice(0, MAX_IMPACT_STEPS));
  // A cycle repeats nodes up to the depth limit; only a node first reached there may hide further dependents.
  const truncated = steps.length > MAX_IMPACT_STEPS || dependents.some((d) => d.depth === MAX_IMPACT_DEPTH);
  const pathRefs = new Map<string, NodeRef>();
  for (const d of dependents) for (const p of d.path) pathRefs.set(p.id, p);
  const nodes = await nodesOf(ex, [...pathRefs.values()], vis);
  nodes.set(target.id, target);
  const services = dependents.filter((d) => d.kind === 'service' && nodes.has(d.id));
  const managers = await repo.serviceManagersOf(ex, services.map((d) => d.id));
  const items = services.map((d) => toImpactItem(d, nodes, managers.get(d.id) ?? null));
  return { target: toTargetNode(target), items, total: items.length, truncated };
}

/** The impact list as CSV (headers in the caller's language, cells neutralised against formula injection). */
export function impactCsv(body: ImpactResponseBody, locale: Locale): string {
  type Item = ImpactResponseBody['items'][number];
  const h = (k: string) => t(locale, `dependencies.csv.${k}`);
  return toCsv<Item>(body.items, [
    { header: h('code'), value: (i) => i.code },
    { header: h('nameLv'), value: (i) => i.nameLv },
    { header: h('nameEn'), value: (i) => i.nameEn },
    { header: h('status'), value: (i) => i.status },
    { header: h('depth'), value: (i) => i.depth },
    { header: h('via'), value: (i) => i.via },
    { header: h('path'), value: (i) => i.path.map((p) => p.code).join(' → ') },
    { header: h('ownerCode'), value: (i) => i.ownerInstitution.code },
    { header: h('ownerName'), value: (i) => i.ownerInstitution.nameLv },
    { header: h('managerName'), value: (i) => i.serviceManager?.name },
    { header: h('managerEmail'), value: (i) => i.serviceManager?.email },
  ]);
}
