import { z } from 'zod';
import { MAX_GRAPH_DEPTH } from './dependencies.rules.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const DependencyNodeKind = z.enum(['service', 'resource']).meta({ id: 'DependencyNodeKind' });
export const DependencyEdgeKind = z
  .enum(['usesResource', 'usesService', 'component', 'suppliedBy'])
  .meta({
    id: 'DependencyEdgeKind',
    description:
      'usesResource: the service uses the resource; usesService: the service relies on another (inter-institutional) service; component: a complex or smart service bundles the service; suppliedBy: a virtual resource is obtained through the supplier’s service (R42).',
  });

export const DependencyGraphQuery = z
  .object({
    /** The node the graph is drawn around: `service:<uuid>` or `resource:<uuid>`. */
    focus: z
      .string()
      .regex(new RegExp(`^(service|resource):${UUID}$`), 'focus: service:<uuid> or resource:<uuid>')
      .meta({ description: 'The node the graph is drawn around: `service:<uuid>` or `resource:<uuid>`.', example: 'service:7c9e6679-7425-40de-944b-e07fc1f90ae7' }),
    /** How many links away from the focus (1–4). */
    depth: z.coerce.number().int().min(1).max(MAX_GRAPH_DEPTH).default(2),
    /** Follow links towards what the focus uses (dependencies), towards what uses it (dependents), or both. */
    direction: z.enum(['both', 'dependencies', 'dependents']).default('both'),
  })
  .meta({ description: 'Focus, depth and direction of a dependency graph.' });
export type DependencyGraphQuery = z.infer<typeof DependencyGraphQuery>;

export const InstitutionRef = z
  .object({ id: z.uuid(), code: z.string(), nameLv: z.string() })
  .meta({ id: 'DependencyInstitutionRef' });

export const DependencyNode = z
  .object({
    /** Service or resource id (unique across both kinds). */
    id: z.uuid(),
    kind: DependencyNodeKind,
    code: z.string(),
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    ownerInstitution: InstitutionRef,
    /** Services: the recipient type is inter-institutional; resources: virtual, obtained through a supplier's service (R42). */
    interInstitutional: z.boolean(),
    /** Publication status of a service (draft, published, archived); null for resources. */
    status: z.string().nullable(),
    /** Links from the focus (0 for the focus itself). */
    distance: z.number().int(),
  })
  .meta({ id: 'DependencyNode' });

export const DependencyEdge = z
  .object({
    /** The dependent node: it uses `to`. */
    from: z.uuid(),
    to: z.uuid(),
    kind: DependencyEdgeKind,
  })
  .meta({ id: 'DependencyEdge' });

export const DependencyGraph = z
  .object({
    focus: z.uuid(),
    depth: z.number().int(),
    nodes: z.array(DependencyNode),
    edges: z.array(DependencyEdge),
    /** More nodes were in reach than the answer holds (MAX_GRAPH_NODES); ask for less depth or another focus. */
    truncated: z.boolean(),
  })
  .meta({ id: 'DependencyGraph' });
export type DependencyGraphBody = z.infer<typeof DependencyGraph>;

export const ImpactQuery = z
  .object({
    resourceId: z.uuid().optional(),
    serviceId: z.uuid().optional(),
    /** `csv` answers text/csv (same as `Accept: text/csv`). */
    format: z.enum(['json', 'csv']).optional(),
  })
  .meta({ description: 'Exactly one of resourceId and serviceId.' });
export type ImpactQuery = z.infer<typeof ImpactQuery>;

export const PathStep = z
  .object({ id: z.uuid(), kind: DependencyNodeKind, code: z.string() })
  .meta({ id: 'ImpactPathStep' });

export const ImpactItem = z
  .object({
    id: z.uuid(),
    code: z.string(),
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    status: z.string(),
    interInstitutional: z.boolean(),
    ownerInstitution: InstitutionRef,
    /** The service manager (R13); null when none is appointed. */
    serviceManager: z.object({ name: z.string(), email: z.string() }).nullable(),
    /** 1 = uses the target directly; 2 = through one service or virtual resource between; … */
    depth: z.number().int(),
    /** How the service uses the last node before it on the path. */
    via: DependencyEdgeKind,
    /** A shortest chain from the target (first) to this service (last). */
    path: z.array(PathStep),
  })
  .meta({ id: 'ImpactItem' });

export const ImpactResponse = z
  .object({
    target: DependencyNode.omit({ distance: true }),
    /** Every dependent service the caller may see, nearest first. */
    items: z.array(ImpactItem),
    total: z.number().int(),
    /** The walk stopped at its depth or size limit; more services may depend on the target. */
    truncated: z.boolean(),
  })
  .meta({ id: 'ImpactResponse' });
export type ImpactResponseBody = z.infer<typeof ImpactResponse>;
