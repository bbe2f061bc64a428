import type { Db, Executor } from '../../platform/db/database.js';
import { isUser, type Actor } from '../../platform/actor.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, type RuleViolation } from '../../platform/errors.js';
import { iso } from '../../platform/http/schemas.js';
import { tBoth, type Locale } from '../../platform/i18n.js';
import { activityDirectionIdsByInstitution } from '../institutions/institutions.queries.js';
import { activePolicyVersion, channelTypeMap } from '../policy/policy.queries.js';
import { portfolioManagerPersonIds, providerPeopleCountsOf, serviceManagerCounts } from '../roles/roles.queries.js';
import type { ChannelTypeInfo, RuleContext, ServiceDescription } from './services.model.js';
import * as servicesRepo from './services.repository.js';
import { canReadServiceInternal } from './services.policy.js';
import * as repo from './services.rule-results.repository.js';
import type { ServiceRuleResultsBody } from './services.rule-results.schemas.js';
import { canSeeService, seesInterInstitutional } from './services.visibility.js';
import { evaluateServiceRules, resolveEffectiveDescription, toRuleViolations, type RuleEvaluation, type RuleFinding, type RuleOutcome } from './services.rules.js';
import './services.messages.js';

/**
 * Rule results stored per live version of a service (its draft and its
 * published version), computed in bulk: for a batch of services everything the
 * rules read is loaded with one query per kind of data (not ~8 queries per
 * service), then the pure rules (`evaluateServiceRules`) run over each
 * version. Results go stale through the triggers of migration 0011 (a queue of
 * services); `refreshStaleRuleResults` drains the queue in batches, and the
 * services' own writes refresh theirs in their transaction
 * (`refreshRuleResults`). The on-demand check (`validateService`) and the
 * stored results come from the same rules and give the same findings.
 */

/** Services per batch: each batch is ~20 queries and one transaction. */
export const RULE_BATCH_SIZE = 500;

/** The component graph is walked at most this far (as the on-demand check does). */
const MAX_GRAPH_NODES = 2000;

/** One live version's evaluation. */
export interface VersionEvaluation {
  versionId: string;
  serviceId: string;
  ownerInstitutionId: string;
  versionNo: number;
  evaluation: RuleEvaluation;
}

/** The rule context of every live version of the given services, loaded set-wise, and the rules run over each. */
export async function evaluateServices(ex: Executor, serviceIds: string[]): Promise<{ policyVersionId: string | null; versions: VersionEvaluation[] }> {
  const policy = await activePolicyVersion(ex);
  const rows = await repo.findServices(ex, serviceIds);
  if (rows.length === 0) return { policyVersionId: policy?.id ?? null, versions: [] };

  // Live versions, and the version each instance inherits from its template (published, else draft).
  const templates = new Map((await repo.findServices(ex, rows.flatMap((s) => (s.templateServiceId ? [s.templateServiceId] : [])))).map((t) => [t.id, t]));
  const inheritedOf = (s: repo.ServiceRow): string | null => {
    const t = s.templateServiceId ? templates.get(s.templateServiceId) : undefined;
    return t ? (t.publishedVersionId ?? t.draftVersionId) : null;
  };
  const liveIds = (s: repo.ServiceRow): string[] => [...new Set([s.draftVersionId, s.publishedVersionId].filter((x): x is string => !!x))];
  const versionRows = await repo.findVersions(ex, [...rows.flatMap(liveIds), ...rows.flatMap((s) => inheritedOf(s) ?? [])]);
  const byId = new Map(versionRows.map((v) => [v.id, v]));
  const descriptions = await servicesRepo.loadDescriptions(ex, versionRows);

  const items: { s: repo.ServiceRow; v: repo.VersionRow; d: ServiceDescription }[] = [];
  for (const s of rows) {
    const inherited = inheritedOf(s);
    const template = inherited ? (descriptions.get(inherited) ?? null) : null;
    for (const id of liveIds(s)) {
      const v = byId.get(id);
      if (v) items.push({ s, v, d: resolveEffectiveDescription(template, descriptions.get(id)!) });
    }
  }

  // Everything outside the descriptions, one query per kind for the whole batch.
  const owners = [...new Set(rows.map((s) => s.ownerInstitutionId))];
  const directions = await activityDirectionIdsByInstitution(ex, owners);
  const portfolioManagers = await portfolioManagerPersonIds(ex, owners);
  const ids = rows.map((s) => s.id);
  const managers = await serviceManagerCounts(ex, ids);
  const providerPeople = await providerPeopleCountsOf(ex, ids);
  const channelRows = await servicesRepo.findChannelPoints(ex, [...new Set(items.flatMap((i) => i.d.channelPoints.map((c) => c.channelPointId)))]);
  const types = policy ? channelTypeMap(policy.document) : new Map<string, ChannelTypeInfo>();
  const channelInfo = new Map<string, ChannelTypeInfo>();
  for (const cp of channelRows) {
    const t = types.get(cp.channelType);
    if (t) channelInfo.set(cp.id, t);
  }
  const needLs = await servicesRepo.lifeSituationsOfNeeds(ex, [...new Set(items.flatMap((i) => i.d.needIds))]);
  const recipientTypes = await servicesRepo.effectiveRecipientTypes(ex, [...new Set(items.flatMap((i) => i.d.dependsOnIds))]);
  // One component graph for the batch: the edges of every service reachable from any description's components.
  const graph = new Map<string, string[]>();
  let frontier = [...new Set(items.flatMap((i) => i.d.componentIds))];
  while (frontier.length && graph.size < MAX_GRAPH_NODES) {
    const edges = await repo.componentEdges(ex, frontier);
    for (const [k, v] of edges) graph.set(k, v);
    frontier = [...new Set([...edges.values()].flat())].filter((id) => !graph.has(id));
  }

  const versions = items.map(({ s, v, d }) => {
    const others = d.providers.map((p) => p.institutionId).filter((i) => i !== s.ownerInstitutionId);
    const appointed = providerPeople.get(s.id) ?? new Map<string, number>();
    const ctx: RuleContext = {
      service: { id: s.id, ownerInstitutionId: s.ownerInstitutionId, isTemplate: s.isTemplate, templateServiceId: s.templateServiceId },
      owner: { id: s.ownerInstitutionId, activityDirectionIds: directions.get(s.ownerInstitutionId) ?? [], portfolioManagerPersonId: portfolioManagers.get(s.ownerInstitutionId) ?? null },
      serviceManagerCount: managers.get(s.id) ?? 0,
      channelPoints: new Map(d.channelPoints.flatMap((c) => (channelInfo.has(c.channelPointId) ? [[c.channelPointId, channelInfo.get(c.channelPointId)!] as const] : []))),
      needLifeSituations: new Map(d.needIds.map((n) => [n, needLs.get(n) ?? []])),
      providerPeople: new Map(others.map((i) => [i, appointed.get(i) ?? 0])),
      // The description's own edges replace the stored ones in the rule; the rest is the batch's graph.
      componentGraph: graph,
      dependencyRecipientTypes: new Map(d.dependsOnIds.map((id) => [id, recipientTypes.get(id) ?? null])),
    };
    return { versionId: v.id, serviceId: s.id, ownerInstitutionId: s.ownerInstitutionId, versionNo: v.versionNo, evaluation: evaluateServiceRules(d, ctx) };
  });
  return { policyVersionId: policy?.id ?? null, versions };
}

/** The rows that store one version's evaluation: one per passed or not applicable rule, one per finding of a violated rule. */
function rowsOf(e: VersionEvaluation, computedAt: Date): repo.RuleResultInsert[] {
  const out: repo.RuleResultInsert[] = [];
  const byRule = new Map<string, RuleFinding[]>();
  for (const f of e.evaluation.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const { rule, outcome } of e.evaluation.outcomes) {
    const findings = byRule.get(rule) ?? [];
    if (outcome !== 'violated' || findings.length === 0) {
      out.push({ versionId: e.versionId, seq: out.length, rule, outcome, computedAt });
      continue;
    }
    for (const f of findings) out.push({ versionId: e.versionId, seq: out.length, rule, outcome, strength: f.strength, code: f.code, path: f.path, messageKey: f.messageKey, params: f.params, computedAt });
  }
  return out;
}

/**
 * Computes and stores the rule results of the given services now, in the
 * caller's transaction (the services' own writes call it, so their results
 * are fresh when the write commits), taking them off the stale queue first.
 */
export async function refreshRuleResults(ex: Executor, serviceIds: string[]): Promise<number> {
  const ids = [...new Set(serviceIds)].sort();
  if (ids.length === 0) return 0;
  await repo.dequeue(ex, ids);
  const { policyVersionId, versions } = await evaluateServices(ex, ids);
  const computedAt = new Date();
  const summaries = versions.map((e) => ({
    versionId: e.versionId,
    serviceId: e.serviceId,
    ownerInstitutionId: e.ownerInstitutionId,
    policyVersionId,
    hardCount: e.evaluation.findings.filter((f) => f.strength === 'hard').length,
    softCount: e.evaluation.findings.filter((f) => f.strength === 'soft').length,
    computedAt,
  }));
  await repo.storeRuleResults(ex, ids, summaries, versions.flatMap((e) => rowsOf(e, computedAt)));
  return ids.length;
}

/**
 * Drains the stale queue: batch after batch (one transaction each), the
 * services queued longest first, until none is left. Reports progress as
 * services done of the services stale when it started (or more, when more
 * were marked meanwhile).
 */
export async function refreshStaleRuleResults(db: Db, opts: { batchSize?: number; progress?: (done: number, total: number) => Promise<void> } = {}): Promise<{ computed: number }> {
  const batchSize = opts.batchSize ?? RULE_BATCH_SIZE;
  let total = await repo.countQueued(db);
  let done = 0;
  await opts.progress?.(0, total);
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const ids = await repo.queuedServiceIds(tx, batchSize);
      return refreshRuleResults(tx, ids);
    });
    if (n === 0) break;
    done += n;
    total = Math.max(total, done);
    await opts.progress?.(done, total);
  }
  return { computed: done };
}

/** Marks every service stale and computes them all (a new policy version, or a repair), with progress. */
export async function recomputeAllRuleResults(db: Db, opts: { batchSize?: number; progress?: (done: number, total: number) => Promise<void> } = {}): Promise<{ computed: number }> {
  await repo.queueAllServices(db);
  return refreshStaleRuleResults(db, opts);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/** A version's stored counts: hard findings block publication. */
export interface RuleCounts {
  versionId: string;
  hardCount: number;
  softCount: number;
  /** Something the rules read changed since (the counts are recomputed by the job). */
  stale: boolean;
  computedAt: Date | null;
}

/**
 * Counts of the current version (draft, else published) of each service, from
 * the stored results. A service whose results are stale or missing is
 * evaluated now, in one batch, without storing (a reader never writes), so
 * the counts always equal the on-demand check.
 */
export async function currentRuleCounts(ex: Executor, serviceIds: string[]): Promise<Map<string, RuleCounts>> {
  const out = new Map<string, RuleCounts>();
  const rows = await repo.findServices(ex, serviceIds);
  if (rows.length === 0) return out;
  const current = new Map(rows.flatMap((s) => (s.draftVersionId ?? s.publishedVersionId ? [[s.id, (s.draftVersionId ?? s.publishedVersionId)!] as const] : [])));
  const summaries = await repo.summariesOf(ex, [...current.values()]);
  const stale = await repo.staleAmong(ex, [...current.keys()]);
  const toEvaluate: string[] = [];
  for (const [serviceId, versionId] of current) {
    const s = summaries.get(versionId);
    if (!s || stale.has(serviceId)) toEvaluate.push(serviceId);
    else out.set(serviceId, { versionId, hardCount: s.hardCount, softCount: s.softCount, stale: false, computedAt: s.computedAt });
  }
  if (toEvaluate.length) {
    const { versions } = await evaluateServices(ex, toEvaluate);
    for (const e of versions) {
      if (current.get(e.serviceId) !== e.versionId) continue;
      out.set(e.serviceId, {
        versionId: e.versionId,
        hardCount: e.evaluation.findings.filter((f) => f.strength === 'hard').length,
        softCount: e.evaluation.findings.filter((f) => f.strength === 'soft').length,
        stale: true,
        computedAt: null,
      });
    }
  }
  return out;
}

/** Stored rows as the rules of an answer, findings grouped under their rule, messages in `locale`. */
function rulesOf(rows: Pick<repo.RuleResultRow, 'rule' | 'outcome' | 'strength' | 'code' | 'path' | 'messageKey' | 'params'>[], locale: Locale) {
  const rules: ServiceRuleResultsBody['versions'][number]['rules'] = [];
  for (const r of rows) {
    let last = rules[rules.length - 1];
    if (!last || last.rule !== r.rule) rules.push((last = { rule: r.rule, outcome: r.outcome as RuleOutcome, findings: [] }));
    if (r.outcome === 'violated' && r.code) {
      const params = r.params ?? {};
      last.findings.push({ code: r.code, strength: r.strength as 'hard' | 'soft', path: r.path ?? '', params, message: tBoth(`services.rules.${r.messageKey}`, params)[locale] });
    }
  }
  return rules;
}

/**
 * The stored rule results of a service's live versions (current first), for
 * whoever may read the service internally, like its validation report: 404 for
 * a service the caller may not see, 401/403 for a published one read without
 * internal access. A version with nothing stored yet is evaluated for the answer (stale, not stored).
 */
export async function getRuleResults(ex: Executor, actor: Actor, id: string, locale: Locale): Promise<ServiceRuleResultsBody> {
  const [s] = await repo.findServices(ex, [id]);
  if (!s) throw new NotFoundError('service', id);
  if (!canReadServiceInternal(actor, s)) {
    const matters = s.status === 'published' && !seesInterInstitutional(actor);
    const facts = { status: s.status, ownerInstitutionId: s.ownerInstitutionId, publishedRecipientType: matters ? await servicesRepo.publishedRecipientType(ex, s.id) : null };
    if (!canSeeService(actor, facts) || s.status !== 'published') throw new NotFoundError('service', id);
    if (!isUser(actor)) throw new UnauthenticatedError();
    throw new ForbiddenError('service.validation');
  }
  const versionIds = [...new Set([s.draftVersionId, s.publishedVersionId].filter((x): x is string => !!x))];
  const versions = new Map((await repo.findVersions(ex, versionIds)).map((v) => [v.id, v]));
  const summaries = await repo.summariesOf(ex, versionIds);
  const stale = (await repo.staleAmong(ex, [s.id])).has(s.id);
  const missing = versionIds.some((v) => !summaries.has(v));
  const fresh = missing ? await evaluateServices(ex, [s.id]) : null;
  const out: ServiceRuleResultsBody['versions'] = [];
  for (const versionId of versionIds) {
    const v = versions.get(versionId);
    if (!v) continue;
    const summary = summaries.get(versionId);
    if (summary) {
      out.push({
        versionNo: v.versionNo,
        state: v.state,
        policyVersionId: summary.policyVersionId,
        computedAt: iso(summary.computedAt),
        stale,
        hardCount: summary.hardCount,
        softCount: summary.softCount,
        publishable: summary.hardCount === 0,
        rules: rulesOf(await repo.resultsOf(ex, versionId), locale),
      });
      continue;
    }
    const e = fresh?.versions.find((x) => x.versionId === versionId);
    if (!e) continue;
    const hardCount = e.evaluation.findings.filter((f) => f.strength === 'hard').length;
    out.push({
      versionNo: v.versionNo,
      state: v.state,
      policyVersionId: fresh!.policyVersionId,
      computedAt: null,
      stale: true,
      hardCount,
      softCount: e.evaluation.findings.length - hardCount,
      publishable: hardCount === 0,
      rules: rulesOf(rowsOf(e, new Date()).map((r) => ({ rule: r.rule, outcome: r.outcome, strength: r.strength ?? null, code: r.code ?? null, path: r.path ?? null, messageKey: r.messageKey ?? null, params: r.params ?? null })), locale),
    });
  }
  return { serviceId: s.id, versions: out };
}

/** Stored findings as the violations of a report in `mode` (the same list the on-demand check gives). */
export function storedViolations(rows: repo.RuleResultRow[], mode: 'draft' | 'publish'): RuleViolation[] {
  const findings: RuleFinding[] = rows
    .filter((r) => r.outcome === 'violated' && r.code)
    .map((r) => ({ rule: r.rule, code: r.code!, strength: r.strength as 'hard' | 'soft', path: r.path ?? '', messageKey: r.messageKey!, params: r.params ?? {} }));
  return toRuleViolations(findings, mode);
}

/** Rule rows of one version, in order (for `storedViolations`). */
export const ruleRowsOf = (ex: Executor, versionId: string) => repo.resultsOf(ex, versionId);
