/**
 * Writers of the CPSV-AP nodes: Turtle (n3) and JSON-LD with the official
 * CPSV-AP 3.2.0 context inlined (so the file is read without any network).
 */
import { readFileSync } from 'node:fs';
import { DataFactory, Writer, type Quad } from 'n3';
import { NS, type RdfNode, type RdfObject } from './open-data.cpsv.js';

const { namedNode, literal, quad } = DataFactory;

/** The official CPSV-AP 3.2.0 JSON-LD context (vendored from SEMICeu/CPSV-AP, CC-BY 4.0). */
export const CPSV_AP_CONTEXT_URL = new URL('./standards/cpsv-ap-context.jsonld', import.meta.url);
export const CPSV_AP_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(CPSV_AP_CONTEXT_URL, 'utf8'))['@context'];

/** Prefixes for Turtle and for the JSON-LD local context. */
export const PREFIXES: Record<string, string> = Object.fromEntries(Object.entries(NS).filter(([k]) => k !== 'rdf'));

/** IRI → term of the official context for classes (so `@type` reads "PublicService", "Channel", …). */
const CLASS_TERMS = new Map(Object.entries(CPSV_AP_CONTEXT).filter((e): e is [string, string] => typeof e[1] === 'string' && /^[A-Z]/.test(e[0])).map(([k, v]) => [v, k]));

function toTerm(o: RdfObject) {
  if ('iri' in o) return namedNode(o.iri);
  if (o.lang) return literal(o.value, o.lang);
  return literal(o.value, o.datatype ? namedNode(o.datatype) : undefined);
}

export function nodesToQuads(nodes: RdfNode[]): Quad[] {
  const out: Quad[] = [];
  for (const n of nodes) {
    const s = namedNode(n.id);
    for (const t of n.types) out.push(quad(s, namedNode(NS.rdf + 'type'), namedNode(t)));
    for (const [p, o] of n.props) out.push(quad(s, namedNode(p), toTerm(o)));
  }
  return out;
}

/** A Turtle writer that collects text, so a caller can flush it chunk by chunk. */
export class TurtleChunks {
  private parts: string[] = [];
  private readonly writer: Writer;
  constructor() {
    const sink = { write: (s: string, _enc?: unknown, done?: () => void) => (this.parts.push(s), done?.(), true), end: (done?: () => void) => done?.() };
    this.writer = new Writer(sink as never, { prefixes: PREFIXES, end: false });
  }
  add(nodes: RdfNode[]): void {
    this.writer.addQuads(nodesToQuads(nodes));
  }
  /** Text written so far since the last take. */
  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
  async finish(): Promise<string> {
    await new Promise<void>((resolve) => this.writer.end(() => resolve()));
    return this.take();
  }
}

/** The compact form of an IRI with the known prefixes (`dct:title`), else the IRI. */
function compact(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && /^[A-Za-z_][\w.-]*$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

function jsonValue(o: RdfObject): unknown {
  if ('iri' in o) return { '@id': o.iri };
  if (o.lang) return { '@value': o.value, '@language': o.lang };
  if (o.datatype) return { '@value': o.value, '@type': compact(o.datatype) };
  return { '@value': o.value };
}

/** One node as a JSON-LD node object (properties in compact-IRI form). */
export function nodeToJsonLd(n: RdfNode): Record<string, unknown> {
  const obj: Record<string, unknown> = { '@id': n.id };
  if (n.types.length) obj['@type'] = n.types.map((t) => CLASS_TERMS.get(t) ?? compact(t));
  for (const [p, o] of n.props) {
    const key = compact(p);
    const list = (obj[key] as unknown[] | undefined) ?? [];
    list.push(jsonValue(o));
    obj[key] = list;
  }
  return obj;
}

/** The JSON-LD `@context`: the official CPSV-AP 3.2.0 context, then the prefixes. */
export const JSONLD_CONTEXT = [CPSV_AP_CONTEXT, PREFIXES];
