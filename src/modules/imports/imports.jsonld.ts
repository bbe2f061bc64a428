import type { ColumnKey } from './imports.columns.js';
import { IMPORT_LIMITS } from './imports.limits.js';
import { ImportFileError, type ParsedFile, type SourceRow } from './imports.parse.js';

/**
 * CPSV-AP 3.2.0 JSON-LD, compacted with the official context (terms such as
 * "PublicService.name") or with prefixes ("dct:title", "cv:hasChannel"). The
 * reader does not run a JSON-LD processor: it indexes the nodes by @id and
 * reads each property by its local name, which both compactions share.
 */
type Node = Record<string, unknown>;

/** "PublicService.hasChannel", "cv:hasChannel", "http://data.europa.eu/m8g/hasChannel" → "hasChannel". */
const localName = (k: string): string => k.split(/[.:#/]/).pop() ?? k;

function typesOf(n: Node): string[] {
  const t = n['@type'] ?? n.type;
  return (Array.isArray(t) ? t : t === undefined ? [] : [t]).map((x) => localName(String(x)));
}

function prop(n: Node, name: string): unknown[] {
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('@') || localName(k) !== name) continue;
    if (Array.isArray(v)) out.push(...v);
    else if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

interface Literal {
  value: string;
  lang: string | null;
}

function literals(values: unknown[]): Literal[] {
  const out: Literal[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push({ value: String(v), lang: null });
    else if (v && typeof v === 'object' && '@value' in v) {
      const o = v as { '@value': unknown; '@language'?: string };
      out.push({ value: String(o['@value']), lang: o['@language']?.toLowerCase() ?? null });
    } else if (v && typeof v === 'object' && !('@id' in v)) {
      // Language maps: { "lv": "…", "en": "…" }
      for (const [lang, s] of Object.entries(v as Record<string, unknown>)) if (typeof s === 'string') out.push({ value: s, lang: lang.toLowerCase() });
    }
  }
  return out;
}

const pick = (ls: Literal[], lang: 'lv' | 'en'): string | undefined =>
  lang === 'en' ? ls.find((l) => l.lang === 'en')?.value : (ls.find((l) => l.lang === 'lv') ?? ls.find((l) => l.lang === null) ?? ls.find((l) => l.lang !== 'en') ?? ls[0])?.value;

export function readJsonLd(buf: Buffer): ParsedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec(String((err as Error).message));
    throw new ImportFileError('jsonMalformed', { detail: String((err as Error).message).slice(0, 200), position: m ? Number(m[1]) : '?' });
  }
  const top: unknown[] = Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? (Array.isArray((doc as Node)['@graph']) ? ((doc as Node)['@graph'] as unknown[]) : [doc]) : [];
  const nodes = top.filter((n): n is Node => !!n && typeof n === 'object' && !Array.isArray(n));
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'] as string, n);
  /** A referenced node: embedded, or by @id in the graph; a bare IRI becomes { '@id' }. */
  const deref = (v: unknown): Node | null => {
    if (typeof v === 'string') return byId.get(v) ?? { '@id': v };
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const o = v as Node;
    if (typeof o['@id'] === 'string' && Object.keys(o).length === 1) return byId.get(o['@id'] as string) ?? o;
    return o;
  };
  const refs = (n: Node, name: string) => prop(n, name).map(deref).filter((x): x is Node => x !== null);
  const text = (n: Node, ...names: string[]) => pick(literals(names.flatMap((p) => prop(n, p))), 'lv');
  const services = nodes.filter((n) => typesOf(n).includes('PublicService'));
  if (services.length === 0) throw new ImportFileError('noPublicServices');
  if (services.length > IMPORT_LIMITS.maxRows) throw new ImportFileError('tooManyRows', { rows: services.length, limit: IMPORT_LIMITS.maxRows });
  const seen = new Set<ColumnKey>();
  const rows: SourceRow[] = services.map((s, i) => {
    const cells: SourceRow['cells'] = {};
    const set = (k: ColumnKey, v: string | undefined) => {
      if (v !== undefined && v.trim() !== '') {
        cells[k] = v;
        seen.add(k);
      }
    };
    const lines = (vs: (string | undefined)[]) => {
      const xs = vs.filter((x): x is string => !!x && x.trim() !== '');
      return xs.length ? xs.join('\n') : undefined;
    };
    const ident = prop(s, 'identifier').map((v) => (v && typeof v === 'object' && !('@value' in v) ? text(deref(v) ?? {}, 'notation') : literals([v])[0]?.value));
    set('kods', ident.find(Boolean));
    const names = literals([...prop(s, 'name'), ...prop(s, 'title')]);
    set('nosaukums', pick(names, 'lv'));
    set('nosaukums_en', pick(names, 'en'));
    const desc = literals(prop(s, 'description'));
    set('apraksts', pick(desc, 'lv'));
    set('apraksts_en', pick(desc, 'en'));
    set('atslēgvārdi', lines(literals(prop(s, 'keyword')).map((l) => l.value)));
    set('kanāli_pieteikšanai', lines(refs(s, 'hasChannel').map((c) => text(c, 'identifier'))));
    const costs = refs(s, 'hasCost').map((c) => {
      const value = literals([...prop(c, 'hasValue'), ...prop(c, 'value')])[0]?.value;
      return value !== undefined && value.trim() !== '' ? value : text(c, 'description', 'name', 'title');
    });
    set('maksa', costs.find(Boolean));
    set('tiesiskais_pamats', lines(refs(s, 'hasLegalResource').map((l) => {
      const title = text(l, 'title', 'name', 'description');
      const iri = typeof l['@id'] === 'string' && /^https?:\/\//.test(l['@id'] as string) ? (l['@id'] as string) : undefined;
      return [title, iri].filter(Boolean).join(' ');
    })));
    set('dokumenti', lines(refs(s, 'hasInput').map((e) => text(e, 'name', 'title', 'description'))));
    set('rezultāts', lines(refs(s, 'produces').map((o) => text(o, 'name', 'title', 'description'))));
    for (const cp of refs(s, 'contactPoint')) {
      set('tālrunis', cells['tālrunis'] ?? text(cp, 'telephone', 'hasTelephone'));
      set('e_pasts', cells['e_pasts'] ?? text(cp, 'email', 'hasEmail')?.replace(/^mailto:/i, ''));
      set('tīmekļvietne', cells['tīmekļvietne'] ?? (text(cp, 'contactPage') ?? (prop(cp, 'contactPage').map(deref)[0]?.['@id'] as string | undefined)));
    }
    return { row: i + 1, cells };
  });
  return { format: 'jsonld', columns: [...seen], rows, notes: [] };
}
