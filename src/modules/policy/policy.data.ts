/**
 * Policy versions as data: the files in `data/*.json` are loaded into
 * `policy_versions`, and other modules read the active version (or the version
 * an assessment was made under) through the functions here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Executor } from '../../platform/db/database.js';
import { SYSTEM_ACTOR, type RequestContext } from '../../platform/actor.js';
import { NotFoundError } from '../../platform/errors.js';
import { t } from '../../platform/i18n.js';
import { audit } from '../audit/audit.service.js';
import type { ChannelTypeInfo } from '../services/services.model.js';
import * as repo from './policy.repository.js';
import { toPolicyVersionResponse } from './policy.presenter.js';
import { PolicyDocument, type PolicyVersionStatus } from './policy.schemas.js';
import { pathToString } from './policy.rules.js';
import './policy.messages.js';

export type { PolicyDocument } from './policy.schemas.js';

/** The folder with the shipped policy versions, one `<id>.json` per version. */
export const POLICY_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** One stored policy version as other modules use it. */
export interface PolicyVersionRecord {
  id: string;
  status: PolicyVersionStatus;
  effectiveFrom: string | null;
  /** Row version (the ETag). */
  version: number;
  document: PolicyDocument;
}

/** A policy document read from a data file. */
export interface PolicyFile {
  file: string;
  document: PolicyDocument;
}

/**
 * Reads and validates every `*.json` in `dir`. Throws, naming the file and the
 * fields, when a file is not a valid policy document or its id differs from
 * its file name: a broken reference-data file must stop the start-up.
 */
export function loadPolicyFiles(dir: string = POLICY_DATA_DIR): PolicyFile[] {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  return files.map((file) => {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const parsed = PolicyDocument.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${pathToString(i.path as (string | number)[]) || '(root)'}: ${i.message}`).join('; ');
      throw new Error(t('en', 'policy.file.invalid', { file, issues }));
    }
    const expectedId = path.basename(file, '.json');
    if (parsed.data.id !== expectedId) throw new Error(t('en', 'policy.file.invalid', { file, issues: `id: "${parsed.data.id}" must equal the file name "${expectedId}"` }));
    return { file, document: parsed.data };
  });
}

/** Orders versions oldest first: by effective date (none yet = newest), then by id with numbers compared as numbers. */
export function comparePolicyAge(a: { id: string; effectiveFrom: string | null }, b: { id: string; effectiveFrom: string | null }): number {
  const da = a.effectiveFrom ?? '9999-12-31';
  const db = b.effectiveFrom ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

const SYNC_CONTEXT: RequestContext = { actor: SYSTEM_ACTOR, requestId: 'policy-sync' };

/**
 * Inserts the policy versions of the data files that the database lacks; rows
 * that exist are never overwritten (a version's content is changed through the
 * API while it is a draft). When no version is active, the newest missing file
 * becomes active and the older ones superseded; otherwise a missing file newer
 * than the active version arrives as a draft for the state lead to activate,
 * and an older one as superseded. Idempotent, audited, and serialised across
 * instances that start together.
 */
export async function syncPolicyVersions(db: Db, opts: { dataDir?: string } = {}): Promise<{ inserted: { id: string; status: PolicyVersionStatus }[] }> {
  const files = loadPolicyFiles(opts.dataDir);
  return db.transaction(async (tx) => {
    await repo.lockPolicySync(tx);
    const heads = await repo.listPolicyVersionHeads(tx);
    const stored = new Set(heads.map((h) => h.id));
    const active = heads.find((h) => h.status === 'active') ?? null;
    const missing = files.map((f) => f.document).filter((d) => !stored.has(d.id)).sort(comparePolicyAge);
    const newest = missing[missing.length - 1];
    const inserted: { id: string; status: PolicyVersionStatus }[] = [];
    for (const doc of missing) {
      const status: PolicyVersionStatus = active
        ? comparePolicyAge(doc, active) < 0
          ? 'superseded'
          : 'draft'
        : doc === newest
          ? 'active'
          : 'superseded';
      const row = await repo.insertPolicyVersion(tx, { id: doc.id, titleLv: doc.titleLv, titleEn: doc.titleEn, status, effectiveFrom: doc.effectiveFrom, document: doc, createdBy: null });
      if (!row) continue;
      inserted.push({ id: doc.id, status });
      await audit(tx, SYNC_CONTEXT, { action: 'policyVersion.load', entityType: 'policyVersion', entityId: doc.id, after: toPolicyVersionResponse(row) });
    }
    return { inserted };
  });
}

function toRecord(row: repo.PolicyVersionRow): PolicyVersionRecord {
  return { id: row.id, status: row.status as PolicyVersionStatus, effectiveFrom: row.effectiveFrom, version: row.rowVersion, document: row.document as PolicyDocument };
}

/** The last active document this process read, keyed by id and row version (a process serves one database). */
let activeCache: { key: string; record: PolicyVersionRecord } | null = null;

/**
 * The policy version in force. Every call asks the database which version is
 * active (so every instance sees an activation at once), but the document
 * itself (~65 KB) is read again only when that id or its row version changed.
 * Throws NotFoundError when no version is active, which only a database
 * without the data files can be in.
 */
export async function getActivePolicy(ex: Executor): Promise<PolicyVersionRecord> {
  const head = await repo.findActivePolicyHead(ex);
  if (!head) throw new NotFoundError('policyVersion', 'active');
  const key = `${head.id}:${head.rowVersion}`;
  if (activeCache?.key === key) return activeCache.record;
  const row = await repo.findActivePolicyVersion(ex);
  if (!row) throw new NotFoundError('policyVersion', 'active');
  const record = toRecord(row);
  activeCache = { key: `${row.id}:${row.rowVersion}`, record };
  return record;
}

/** One policy version by id (e.g. the one an assessment recorded), or null when there is none. */
export async function getPolicyVersion(ex: Executor, id: string): Promise<PolicyVersionRecord | null> {
  const row = await repo.findPolicyVersion(ex, id);
  return row ? toRecord(row) : null;
}

/** The channel types of a policy document by code, with what each means for the digital status (R27). */
export function channelTypeMap(doc: PolicyDocument): Map<string, ChannelTypeInfo> {
  return new Map(doc.channelTypes.map((c) => [c.code, { code: c.code, environment: c.environment, digital: c.digital }]));
}
