/**
 * Bulk export of the open catalogue: CSV, JSON, CPSV-AP JSON-LD and Turtle.
 * A file is written once per catalogue stamp (see `catalogueStamp`) into a
 * temporary directory, chunk by chunk, hashing as it goes; every later
 * download of the same stamp streams that file with a strong ETag (the SHA-256
 * of its bytes). Memory stays bounded by one chunk, and 20 clients downloading
 * the national-scale export cost one build, not twenty.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toCsv, type CsvColumn } from '../../platform/csv.js';
import type { Executor } from '../../platform/db/database.js';
import { CpsvMapper, DEFAULT_IRI_BASE, serviceNodes } from './open-data.cpsv.js';
import type { OpenService } from './open-data.model.js';
import { JSONLD_CONTEXT, TurtleChunks, nodeToJsonLd } from './open-data.rdf.js';
import { catalogueStamp } from './open-data.repository.js';
import { iterateOpenServices } from './open-data.service.js';

export const EXPORT_FORMATS = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;


const list = (xs: (string | null | undefined)[]) => xs.filter(Boolean).join('; ');
const processingTime = (s: OpenService) => {
  const ind = s.serviceLevelTerms[0]?.indicators.find((i) => i.kind === 'processingTime');
  return ind && ind.target !== null ? `${ind.target} ${ind.unit ?? ''}`.trim() : '';
};

/** The CSV columns, in order (documented in docs/formats and the README). */
export const CSV_COLUMNS: CsvColumn<OpenService>[] = [
  { header: 'code', value: (s) => s.code },
  { header: 'name_lv', value: (s) => s.nameLv },
  { header: 'name_en', value: (s) => s.nameEn },
  { header: 'description_lv', value: (s) => s.descriptionLv },
  { header: 'description_en', value: (s) => s.descriptionEn },
  { header: 'result_lv', value: (s) => s.resultLv },
  { header: 'institution_code', value: (s) => s.owner.code },
  { header: 'institution_name_lv', value: (s) => s.owner.nameLv },
  { header: 'providers', value: (s) => list(s.providers.map((p) => p.code)) },
  { header: 'recipient_type', value: (s) => s.recipientType },
  { header: 'target_groups', value: (s) => list(s.targetGroups) },
  { header: 'complexity', value: (s) => s.complexity },
  { header: 'digital_status', value: (s) => s.digitalStatus },
  { header: 'request_mode', value: (s) => s.digitalByPhase?.request },
  { header: 'processing_mode', value: (s) => s.digitalByPhase?.processing ?? s.processingMode },
  { header: 'receipt_mode', value: (s) => s.digitalByPhase?.receipt },
  { header: 'available_at_vpvkac', value: (s) => (s.availableAtVpvkac ? 'true' : 'false') },
  { header: 'channels', value: (s) => list(s.channels.map((c) => `${c.code} (${c.channelType}: ${c.phases.join('+')})`)) },
  { header: 'fee_free', value: (s) => (s.fee ? String(s.fee.free) : '') },
  { header: 'fee_amount_eur', value: (s) => s.fee?.amountEur ?? '' },
  { header: 'fee_description_lv', value: (s) => s.fee?.descriptionLv },
  { header: 'processing_time', value: processingTime },
  { header: 'required_documents_lv', value: (s) => list(s.requiredDocuments.map((d) => d.lv)) },
  { header: 'legal_basis', value: (s) => list(s.legalBasis.map((l) => (l.article ? `${l.act}, ${l.article}` : l.act))) },
  { header: 'life_situations', value: (s) => list(s.lifeSituations.map((l) => l.code)) },
  { header: 'needs', value: (s) => list(s.needs.map((n) => n.code)) },
  { header: 'is_template', value: (s) => String(s.isTemplate) },
  { header: 'template_code', value: (s) => s.templateCode },
  { header: 'published_at', value: (s) => s.publishedAt },
  { header: 'updated_at', value: (s) => s.updatedAt },
];

/**
 * Writes the export of `format` piece by piece through `write`; returns how
 * many services it holds. The pieces are UTF-8 text; CSV starts with a BOM.
 */
export async function writeExport(
  ex: Executor,
  format: ExportFormat,
  write: (text: string) => Promise<void>,
  /** `iriBase`: base of the register's IRIs (config OPEN_DATA_IRI_BASE). */
  opts: { chunkSize?: number; codes?: string[]; iriBase?: string } = {},
): Promise<number> {
  let count = 0;
  let first = true;
  const generatedAt = new Date().toISOString();
  const mapper = new CpsvMapper(opts.iriBase ?? DEFAULT_IRI_BASE, new Map());
  const turtle = format === 'ttl' ? new TurtleChunks() : null;
  if (format === 'json') await write(`{"generatedAt":${JSON.stringify(generatedAt)},"services":[\n`);
  if (format === 'jsonld') await write(`{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[\n`);
  if (format === 'ttl') await write(`# Vienotais pakalpojumu reģistrs: publicētie publiskie pakalpojumi (CPSV-AP 3.2.0), ${generatedAt}\n`);
  for await (const chunk of iterateOpenServices(ex, opts.chunkSize ?? 500)) {
    const services = opts.codes ? chunk.filter((s) => opts.codes!.includes(s.code)) : chunk;
    if (services.length === 0) continue;
    count += services.length;
    if (format === 'csv') {
      const text = toCsv(services, CSV_COLUMNS, { bom: first });
      // Every chunk renders its own header line: keep it only in the first.
      await write(first ? text : text.slice(text.indexOf('\r\n') + 2));
    } else if (format === 'json') {
      await write((first ? '' : ',\n') + services.map((s) => JSON.stringify(s)).join(',\n'));
    } else if (format === 'jsonld') {
      const nodes = services.flatMap((s) => serviceNodes(mapper, s));
      await write((first ? '' : ',\n') + nodes.map((n) => JSON.stringify(nodeToJsonLd(n))).join(',\n'));
    } else {
      turtle!.add(services.flatMap((s) => serviceNodes(mapper, s)));
      await write(turtle!.take());
    }
    first = false;
  }
  if (format === 'csv' && first) await write(toCsv([], CSV_COLUMNS));
  if (format === 'json') await write(`\n],"count":${count}}\n`);
  if (format === 'jsonld') await write('\n]}\n');
  if (format === 'ttl') await write(await turtle!.finish());
  return count;
}

export interface ExportFile {
  stamp: string;
  path: string;
  etag: string;
  size: number;
  count: number;
  lastModified: Date;
}

const dir = path.join(os.tmpdir(), `vpr-open-data-${process.pid}-${randomUUID().slice(0, 8)}`);
const built = new Map<ExportFormat, ExportFile>();
const building = new Map<string, Promise<ExportFile>>();

/** Writes the export of `format` to a file, hashing it on the way. */
async function buildFile(ex: Executor, format: ExportFormat, stamp: string, lastModified: Date, iriBase: string): Promise<ExportFile> {
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `services-${createHash('sha256').update(stamp).digest('hex').slice(0, 16)}.${format}`);
  const tmp = `${target}.${randomUUID()}.part`;
  const out = createWriteStream(tmp);
  const hash = createHash('sha256');
  let size = 0;
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const buf = Buffer.from(text, 'utf8');
      hash.update(buf);
      size += buf.length;
      if (out.write(buf)) resolve();
      else out.once('drain', resolve).once('error', reject);
    });
  try {
    const count = await writeExport(ex, format, write, { iriBase });
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(tmp, target);
    return { stamp, path: target, etag: `"${hash.digest('base64url')}"`, size, count, lastModified };
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** The export file of `format` for the catalogue as it is now: reused while nothing changed, else rebuilt once. */
export async function currentExport(ex: Executor, format: ExportFormat, iriBase: string = DEFAULT_IRI_BASE): Promise<ExportFile> {
  const current = await catalogueStamp(ex);
  const { lastModified } = current;
  // The IRI base is part of what the file says: another base is another file.
  const stamp = `${current.stamp}|${iriBase}`;
  const have = built.get(format);
  if (have?.stamp === stamp) return have;
  const key = `${format}|${stamp}`;
  let job = building.get(key);
  if (!job) {
    job = buildFile(ex, format, stamp, lastModified, iriBase).finally(() => building.delete(key));
    building.set(key, job);
  }
  const file = await job;
  const old = built.get(format);
  if (old && old.path !== file.path) rmSync(old.path, { force: true });
  built.set(format, file);
  return file;
}

/** Removes this process's export files (on shutdown). */
export function removeExportFiles(): void {
  rmSync(dir, { recursive: true, force: true });
  built.clear();
}

