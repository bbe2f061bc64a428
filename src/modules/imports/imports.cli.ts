import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Db } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/actor.js';
import { DomainError } from '../../platform/errors.js';
import { t } from '../../platform/i18n.js';
import type { ImportFormat } from './imports.limits.js';
import { ImportFileError } from './imports.parse.js';
import { expandReport, runImport, startImport } from './imports.service.js';

export interface ImportServicesArgs {
  in?: string;
  institution?: string;
  'dry-run'?: boolean;
  'skip-rejected'?: boolean;
  format?: string;
}

const FORMAT_BY_EXT: Record<string, ImportFormat> = { '.csv': 'csv', '.xlsx': 'xlsx', '.jsonld': 'jsonld', '.json': 'jsonld' };

/**
 * `npm run cli -- import-services --in FILE --institution CODE [--dry-run] [--skip-rejected]`:
 * the same import as the API (as the system actor), with a progress bar and the
 * rejected rows printed. Returns the exit code: 0 done, 2 rows rejected or refused.
 */
export async function importServicesCommand(db: Db, ctx: RequestContext, args: ImportServicesArgs, usage: (msg: string) => Error): Promise<number> {
  if (!args.in || !args.institution) throw usage('import-services needs --in FILE and --institution CODE');
  const format = (args.format as ImportFormat | undefined) ?? FORMAT_BY_EXT[path.extname(args.in).toLowerCase()];
  if (!format) throw usage('cannot tell the format from the file name: add --format csv|xlsx|jsonld');
  const file = fs.readFileSync(args.in);
  const started = Date.now();
  let imp;
  try {
    imp = await startImport(db, ctx, { file, format, institution: args.institution, dryRun: !!args['dry-run'], skipRejected: !!args['skip-rejected'], fileName: path.basename(args.in), locale: 'lv' }, false);
  } catch (err) {
    if (err instanceof DomainError) {
      console.error(`${t('lv', err.message, err.params)}\n${t('en', err.message, err.params)}`);
      return err instanceof ImportFileError ? 2 : 1;
    }
    throw err;
  }
  const bar = new cliProgress.SingleBar({ format: 'import {phase} [{bar}] {value}/{total} rows', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(imp.totalRows, 0, { phase: 'validating' });
  const done = await runImport(db, ctx, imp.id, 'lv', (n, total, phase) => bar.update(n, { phase, total }));
  bar.update(done.totalRows, { phase: done.status });
  bar.stop();
  const report = expandReport(done.report);
  for (const n of report.notes) console.log(`! ${n.message.lv}`);
  for (const r of report.rows.filter((x) => x.action === 'reject').slice(0, 50)) {
    console.log(`row ${r.row}: ${r.errors.map((e) => `[${e.column}] ${e.message.lv}`).join('; ')}`);
  }
  console.log(
    `${done.dryRun ? 'Dry run' : 'Import'} ${done.id}: ${done.status}${done.applied ? ' (written)' : ' (nothing written)'} — create ${done.createCount}, update ${done.updateCount}, reject ${done.rejectCount}, warnings ${done.warningCount} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (done.failure) console.log((done.failure as { message: { lv: string } }).message.lv);
  return done.status === 'done' && (done.applied || done.dryRun) ? (done.rejectCount && !done.skipRejected ? 2 : 0) : 2;
}
