import type { NodeRow } from './dependencies.repository.js';
import type { Dependent } from './dependencies.rules.js';
import type { DependencyGraphBody, ImpactResponseBody } from './dependencies.schemas.js';

type GraphNode = DependencyGraphBody['nodes'][number];
type ImpactItem = ImpactResponseBody['items'][number];

/** A node as the API shows it (without its distance from the focus). */
export function toTargetNode(n: NodeRow): Omit<GraphNode, 'distance'> {
  return {
    id: n.id,
    kind: n.kind,
    code: n.code,
    nameLv: n.nameLv,
    nameEn: n.nameEn,
    ownerInstitution: { id: n.ownerId, code: n.ownerCode, nameLv: n.ownerNameLv },
    interInstitutional: n.interInstitutional,
    status: n.status,
  };
}

export function toGraphNode(n: NodeRow & { distance: number }): GraphNode {
  return { ...toTargetNode(n), distance: n.distance };
}

/** One dependent service with its chain (codes of the nodes on it) and manager. */
export function toImpactItem(d: Dependent, nodes: Map<string, NodeRow>, manager: { name: string; email: string } | null): ImpactItem {
  const n = nodes.get(d.id)!;
  return {
    id: n.id,
    code: n.code,
    nameLv: n.nameLv,
    nameEn: n.nameEn,
    status: n.status ?? '',
    interInstitutional: n.interInstitutional,
    ownerInstitution: { id: n.ownerId, code: n.ownerCode, nameLv: n.ownerNameLv },
    serviceManager: manager,
    depth: d.depth,
    via: d.via,
    path: d.path.map((p) => ({ id: p.id, kind: p.kind, code: nodes.get(p.id)?.code ?? '' })),
  };
}
