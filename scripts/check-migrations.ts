/**
 * Fails when the Drizzle schema (src/modules/*\/*.table.ts) has changes no
 * migration holds: runs `drizzle-kit generate` against a scratch copy of
 * migrations/ and reports any migration it would write. (The other half — that
 * a migrated database matches the schema — is test/schema-migrations.int.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scratch = path.join(root, '.migrations-check');
fs.rmSync(scratch, { recursive: true, force: true });
fs.cpSync(path.join(root, 'migrations'), scratch, { recursive: true });
const before = new Set(fs.readdirSync(scratch));
const run = spawnSync(process.execPath, [path.join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--config', 'drizzle.check.config.ts'], {
  cwd: root,
  env: { ...process.env, MIGRATIONS_CHECK_DIR: './.migrations-check' },
  encoding: 'utf8',
});
const added = fs.readdirSync(scratch).filter((f) => !before.has(f) && f.endsWith('.sql'));
const sqlText = added.map((f) => `--- ${f}\n${fs.readFileSync(path.join(scratch, f), 'utf8')}`).join('\n');
fs.rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`drizzle-kit generate failed:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
if (added.length) {
  console.error(`The schema and the migrations disagree: the schema needs a migration that migrations/ does not have. Run \`npm run db:generate\` and commit it.\n${sqlText}`);
  process.exit(1);
}
console.log('Schema and migrations agree: no migration to generate.');
