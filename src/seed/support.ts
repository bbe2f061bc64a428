/**
 * Helpers shared by the demo and national seeds: deterministic ids and random
 * numbers, chunked multi-row inserts, channel type meanings and timings.
 */
import crypto from 'node:crypto';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../platform/db/database.js';
import { activePolicyVersion, channelTypeMap } from '../modules/policy/policy.queries.js';
import type { ChannelTypeInfo } from '../modules/services/services.model.js';

/** Formats 16 bytes as an RFC 9562 UUID of the given version (4 or 5), so strict validators accept it. */
function formatUuid(bytes: Uint8Array, version: 4 | 5): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = (b[6] & 0x0f) | (version << 4);
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Buffer.from(b).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A name-based UUID (version 5 layout over SHA-1): the same kind and key always
 * give the same id, so demo data has stable ids across runs and machines.
 */
export function stableUuid(kind: string, key: string): string {
  return formatUuid(crypto.createHash('sha1').update(`pakalpojumu-registrs:${kind}:${key}`).digest(), 5);
}

/** A small, fast, seedable PRNG (sfc32), so generated data is the same for the same seed. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  /** `k` distinct elements (fewer when the list is shorter). */
  sample<T>(xs: readonly T[], k: number): T[] {
    if (k >= xs.length) return [...xs];
    const picked = new Set<number>();
    while (picked.size < k) picked.add(this.int(xs.length));
    return [...picked].map((i) => xs[i]);
  }

  /** A random (version 4 layout) UUID drawn from this generator. */
  uuid(): string {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const x = this.nextUint32();
      bytes[i] = x & 0xff;
      bytes[i + 1] = (x >>> 8) & 0xff;
      bytes[i + 2] = (x >>> 16) & 0xff;
      bytes[i + 3] = (x >>> 24) & 0xff;
    }
    return formatUuid(bytes, 4);
  }
}

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below it. */
const MAX_PARAMS = 60_000;

/**
 * Inserts rows with multi-row INSERT statements of up to `chunkSize` rows
 * (fewer when the rows are wide), one round trip per chunk. `onChunk` reports
 * progress after each chunk.
 */
export async function insertChunked<T extends PgTable>(
  ex: Executor,
  table: T,
  rows: T['$inferInsert'][],
  opts: { chunkSize?: number; onChunk?: (inserted: number) => void } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const width = Math.max(1, Object.keys(rows[0] as object).length);
  const size = Math.max(1, Math.min(opts.chunkSize ?? 1000, Math.floor(MAX_PARAMS / width)));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    // The generic table type loses drizzle's value typing; rows are typed by the caller.
    await ex.insert(table).values(chunk as never);
    opts.onChunk?.(chunk.length);
  }
  return rows.length;
}

/**
 * Channel type meanings used for the digital status (R27): from the active
 * policy version when there is one, else the policy v1 meanings (a database
 * seeded before the reference data is loaded).
 */
export async function loadChannelTypes(ex: Executor): Promise<Map<string, ChannelTypeInfo>> {
  const active = await activePolicyVersion(ex);
  const map = active ? channelTypeMap(active.document) : new Map<string, ChannelTypeInfo>();
  if (map.size > 0) return map;
  return new Map(FALLBACK_CHANNEL_TYPES.map((c) => [c.code, c]));
}

/** Policy v1 channel types (B8): electronic ones count as digital, except voice and video calls. */
export const FALLBACK_CHANNEL_TYPES: ChannelTypeInfo[] = [
  ...['centralPortal', 'institutionPortal', 'centralRequestSystem', 'institutionRequestSystem', 'specialisedSystem', 'mobileApp', 'eAddress', 'email', 'api', 'sms', 'socialNetwork'].map(
    (code) => ({ code, environment: 'remoteElectronic' as const, digital: true }),
  ),
  { code: 'phone', environment: 'remoteElectronic', digital: false },
  { code: 'videoCall', environment: 'remoteElectronic', digital: false },
  { code: 'post', environment: 'remotePhysical', digital: false },
  ...['institutionCentre', 'municipalCentre', 'vpvkac', 'providerPremises', 'recipientPremises'].map((code) => ({ code, environment: 'inPerson' as const, digital: false })),
];

/** Wall-clock timings of named phases. */
export class Timings {
  private readonly started = performance.now();
  private last = this.started;
  readonly phases: { name: string; ms: number; rows: number }[] = [];

  mark(name: string, rows = 0): void {
    const now = performance.now();
    this.phases.push({ name, ms: now - this.last, rows });
    this.last = now;
  }

  get totalMs(): number {
    return performance.now() - this.started;
  }
}

/** ASCII form of a Latvian word, for e-mail addresses and logins. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
