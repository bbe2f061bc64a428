import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

/**
 * Module boundaries (ADR 0008): no module imports another module's tables or
 * repository, the platform imports no module, and no SQL outside a module names
 * that module's tables. Violations that exist today are listed (known); a new one
 * fails, and so does a listed one that is gone, so each list only shrinks.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');

/* ------------------------------------------------------------------ */
/* Imports (dependency-cruiser)                                        */
/* ------------------------------------------------------------------ */

const KNOWN_IMPORTS_FILE = path.join(ROOT, '.dependency-cruiser-known-violations.json');
const key = (v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('module boundaries: imports', () => {
  it('no module imports another module’s *.table.ts or *.repository.ts, and src/platform imports no module (beyond the known list)', { timeout: 180_000 }, async () => {
    const options = await extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    let result: ICruiseResult;
    try {
      const { output } = await cruise(['src'], { ...options, validate: true, outputType: 'json' });
      result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
    } finally {
      process.chdir(cwd);
    }
    const found = new Set(result.summary.violations.map((v: IViolation) => key(v)));
    const known = new Set((JSON.parse(readFileSync(KNOWN_IMPORTS_FILE, 'utf8')) as IViolation[]).map(key));
    const added = [...found].filter((k) => !known.has(k)).sort();
    const gone = [...known].filter((k) => !found.has(k)).sort();
    expect(added, `new boundary violations (import the owner's *.queries.ts or service layer instead):\n${added.join('\n')}`).toEqual([]);
    expect(gone, `fixed, so remove from .dependency-cruiser-known-violations.json:\n${gone.join('\n')}`).toEqual([]);
  });
});

/* ------------------------------------------------------------------ */
/* SQL naming another module's tables                                  */
/* ------------------------------------------------------------------ */

/** Every .ts file under `dir`, tests and the browser workspace left out (ADR 0008 exempts tests). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (rel(full) !== 'src/web/workspace') out.push(...sourceFiles(full));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The tables each module owns, by name, from its *.table.ts (`pgTable('name', …)`). */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of sourceFiles(path.join(ROOT, 'src/modules')).filter((f) => f.endsWith('.table.ts'))) {
    const module = rel(file).split('/')[2];
    for (const m of readFileSync(file, 'utf8').matchAll(/pgTable\(\s*['"]([a-z_]+)['"]/g)) owners.set(m[1], module);
  }
  return owners;
}

/**
 * The text of the string and template literals of a TypeScript file (where SQL
 * lives: sql`…`, sql.raw('…'), execute('…')), comments left out. Template
 * substitutions `${…}` are scanned as code, so nested sql`…` is found too.
 */
export function stringLiterals(src: string): string[] {
  const out: string[] = [];
  const stack: number[] = []; // brace depth at each open `${`
  let depth = 0;
  let i = 0;
  const readString = (quote: string): void => {
    let s = '';
    i++;
    while (i < src.length && src[i] !== quote) {
      if (src[i] === '\\') {
        s += src[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (quote === '`' && src[i] === '$' && src[i + 1] === '{') {
        out.push(s);
        s = '';
        stack.push(depth);
        depth++;
        i += 2;
        return; // back to code; the template resumes at the matching `}`
      }
      s += src[i++];
    }
    out.push(s);
    i++;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      readString(c);
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      if (stack.length && stack[stack.length - 1] === depth) {
        stack.pop();
        i--; // resume the template literal after the `}`
        src = src.slice(0, i) + '`' + src.slice(i + 1);
        readString('`');
      } else i++;
    } else i++;
  }
  return out;
}

/** Table names an SQL text reads or writes (after from, join, into, update, table). */
const TABLE_REF = /\b(?:from|join|into|update|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/**
 * SQL outside the owning module that still names its tables, as `file: table`.
 * Each is to move into the owner's *.queries.ts (or repository, when it writes).
 */
const KNOWN_SQL: string[] = [
  'src/modules/audit/audit.repository.ts: accounts',
  'src/modules/audit/audit.repository.ts: api_tokens',
  'src/modules/audit/audit.repository.ts: capabilities',
  'src/modules/audit/audit.repository.ts: institutions',
  'src/modules/audit/audit.repository.ts: people',
  'src/modules/audit/audit.repository.ts: resources',
  'src/modules/audit/audit.repository.ts: role_assignments',
  'src/modules/audit/audit.repository.ts: service_versions',
  'src/modules/audit/audit.repository.ts: services',
  'src/modules/auth/auth.repository.ts: institutions',
  'src/modules/dependencies/dependencies.repository.ts: institutions',
  'src/modules/dependencies/dependencies.repository.ts: people',
  'src/modules/dependencies/dependencies.repository.ts: resources',
  'src/modules/dependencies/dependencies.repository.ts: role_assignments',
  'src/modules/dependencies/dependencies.repository.ts: service_listings',
  'src/modules/dependencies/dependencies.repository.ts: service_version_links',
  'src/modules/dependencies/dependencies.repository.ts: service_version_resources',
  'src/modules/dependencies/dependencies.repository.ts: service_versions',
  'src/modules/dependencies/dependencies.repository.ts: services',
  'src/modules/imports/imports.repository.ts: audit_log',
  'src/modules/imports/imports.repository.ts: channel_points',
  'src/modules/imports/imports.repository.ts: jobs',
  'src/modules/imports/imports.repository.ts: needs',
  'src/modules/imports/imports.repository.ts: services',
  'src/modules/open-data/open-data.repository.ts: activity_directions',
  'src/modules/open-data/open-data.repository.ts: channel_points',
  'src/modules/open-data/open-data.repository.ts: institutions',
  'src/modules/open-data/open-data.repository.ts: life_situation_needs',
  'src/modules/open-data/open-data.repository.ts: life_situations',
  'src/modules/open-data/open-data.repository.ts: needs',
  'src/modules/open-data/open-data.repository.ts: policy_versions',
  'src/modules/open-data/open-data.repository.ts: read_model_generations',
  'src/modules/open-data/open-data.repository.ts: service_listings',
  'src/modules/open-data/open-data.repository.ts: services',
  'src/modules/resources/resources.repository.ts: role_assignments',
  'src/modules/roles/roles.repository.ts: resources',
  'src/modules/roles/roles.repository.ts: service_version_providers',
  'src/modules/roles/roles.repository.ts: services',
  'src/modules/search/search.index.ts: channel_points',
  'src/modules/search/search.index.ts: life_situation_needs',
  'src/modules/search/search.index.ts: life_situations',
  'src/modules/search/search.index.ts: needs',
  'src/modules/search/search.index.ts: service_listings',
  'src/modules/search/search.index.ts: service_version_channel_points',
  'src/modules/search/search.index.ts: service_versions',
  'src/modules/search/search.index.ts: services',
  'src/modules/search/search.repository.ts: institutions',
  'src/modules/search/search.repository.ts: life_situations',
  'src/modules/services/services.repository.ts: institutions',
  'src/modules/services/services.repository.ts: life_situation_needs',
  'src/modules/services/services.repository.ts: role_assignments',
  'src/modules/transfer/transfer.repository.ts: audit_log',
  'src/modules/workspace/workspace.repository.ts: institutions',
  'src/modules/workspace/workspace.repository.ts: role_assignments',
  'src/modules/workspace/workspace.repository.ts: service_listings',
  'src/modules/workspace/workspace.repository.ts: service_versions',
  'src/modules/workspace/workspace.repository.ts: services',
  'src/web/catalogue/catalogue.repository.ts: channel_points',
  'src/web/catalogue/catalogue.repository.ts: institutions',
  'src/web/catalogue/catalogue.repository.ts: life_situation_needs',
  'src/web/catalogue/catalogue.repository.ts: life_situations',
  'src/web/catalogue/catalogue.repository.ts: service_listings',
  'src/web/catalogue/catalogue.repository.ts: service_version_channel_points',
  'src/web/catalogue/catalogue.repository.ts: service_versions',
  'src/web/catalogue/catalogue.repository.ts: services',
];

describe('module boundaries: SQL', () => {
  it('finds SQL in template and string literals (self-test of the scanner)', () => {
    const src = "const a = sql`select 1 from services s ${x ? sql`join service_versions v on true` : sql``}`; // from people\nconst b = 'from institutions';";
    const text = stringLiterals(src).join('\n');
    expect([...text.matchAll(TABLE_REF)].map((m) => m[1])).toEqual(['services', 'service_versions', 'institutions']);
  });

  it('no SQL outside a module names that module’s tables (beyond the known list)', () => {
    const owners = tableOwners();
    expect(owners.get('services')).toBe('services');
    const found = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const r = rel(file);
      if (r.endsWith('.table.ts') || r === 'src/platform/db/schema.ts') continue;
      const own = r.startsWith('src/modules/') ? r.split('/')[2] : null;
      for (const text of stringLiterals(readFileSync(file, 'utf8'))) {
        for (const m of text.matchAll(TABLE_REF)) {
          const owner = owners.get(m[1].toLowerCase());
          if (owner && owner !== own) found.add(`${r}: ${m[1].toLowerCase()}`);
        }
      }
    }
    const known = new Set(KNOWN_SQL);
    const added = [...found].filter((k) => !known.has(k)).sort();
    const gone = [...known].filter((k) => !found.has(k)).sort();
    expect(added, `SQL naming another module's tables (call the owner's *.queries.ts instead):\n${added.join('\n')}`).toEqual([]);
    expect(gone, `fixed, so remove from KNOWN_SQL:\n${gone.join('\n')}`).toEqual([]);
  });
});
