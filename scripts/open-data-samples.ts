/**
 * Writes the sample export files of docs/formats/samples/ from a handful of demo
 * services, and with `--scale national` measures the full export on the
 * national-scale register (time and size of each format).
 *   npx tsx scripts/open-data-samples.ts                 # samples
 *   npx tsx scripts/open-data-samples.ts --scale national  # timing at national scale
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/platform/db/database.js';
import { syncPolicyVersions } from '../src/modules/policy/policy.data.js';
import { SYSTEM_ACTOR } from '../src/platform/actor.js';
import { seedDemo } from '../src/seed/demo.js';
import { writeExport, type ExportFormat } from '../src/modules/open-data/open-data.export.js';
import { countOpenServices, openServiceIdsAfter } from '../src/modules/open-data/open-data.repository.js';

const national = process.argv.includes('--scale') && process.argv[process.argv.indexOf('--scale') + 1] === 'national';
const database = process.env.DATABASE_URL ? await openDatabase({ url: process.env.DATABASE_URL, poolSize: 2 }) : await openDatabase({ dataDir: 'memory://' });
await database.migrate();
await syncPolicyVersions(database.db);
const ctx = { actor: SYSTEM_ACTOR, requestId: 'samples' };
const formats: ExportFormat[] = ['csv', 'json', 'jsonld', 'ttl'];

if (national) {
  const { seedNational } = await import('../src/seed/national.js');
  const t0 = Date.now();
  await seedNational(database.db, ctx, {});
  console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${await countOpenServices(database.db)} open services`);
  for (const f of formats) {
    let bytes = 0;
    const t = Date.now();
    const n = await writeExport(database.db, f, async (s) => void (bytes += Buffer.byteLength(s)));
    console.log(`${f}: ${n} services, ${(bytes / 1048576).toFixed(1)} MiB, ${((Date.now() - t) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB`);
  }
} else {
  await seedDemo(database.db, ctx);
  // A handful of services: the first few open services of some institutions, in code order.
  const all = await openServiceIdsAfter(database.db, null, 10_000);
  const byOwner = new Map<string, string>();
  for (const s of all) {
    const owner = s.code.replace(/-\d+$/, '');
    if (!byOwner.has(owner) && byOwner.size < 4) byOwner.set(owner, s.code);
  }
  const codes = [...byOwner.values()];
  const dir = path.resolve('docs/formats/samples');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of formats) {
    const parts: string[] = [];
    await writeExport(database.db, f, async (s) => void parts.push(s), { codes });
    fs.writeFileSync(path.join(dir, `export-services.${f}`), parts.join(''));
    console.log(`docs/formats/samples/export-services.${f}: ${codes.join(', ')}`);
  }
}
await database.close();
