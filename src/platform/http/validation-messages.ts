import type { Locale } from '../i18n.js';

interface IssueLike {
  code?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
  [k: string]: unknown;
}

const L = {
  lv: {
    required: 'Obligāts lauks.',
    type: (e: unknown) => `Gaidīts tips: ${e}.`,
    minString: (n: unknown) => `Jābūt vismaz ${n} rakstzīmēm.`,
    maxString: (n: unknown) => `Ne vairāk kā ${n} rakstzīmes.`,
    minArray: (n: unknown) => `Jābūt vismaz ${n} elementiem.`,
    maxArray: (n: unknown) => `Ne vairāk kā ${n} elementi.`,
    minNumber: (n: unknown) => `Jābūt ne mazākam par ${n}.`,
    maxNumber: (n: unknown) => `Jābūt ne lielākam par ${n}.`,
    format: (f: unknown) => `Nederīgs formāts (${f}).`,
    url: 'Atļautas tikai saites, kas sākas ar https://, mailto: vai tel:.',
    unknownKeys: (k: unknown) => `Nezināmi lauki: ${k}.`,
    oneOf: (v: unknown) => `Atļautās vērtības: ${v}.`,
    invalid: 'Nederīga vērtība.',
  },
  en: {
    required: 'Required.',
    type: (e: unknown) => `Expected ${e}.`,
    minString: (n: unknown) => `Must have at least ${n} characters.`,
    maxString: (n: unknown) => `At most ${n} characters.`,
    minArray: (n: unknown) => `Must have at least ${n} items.`,
    maxArray: (n: unknown) => `At most ${n} items.`,
    minNumber: (n: unknown) => `Must be at least ${n}.`,
    maxNumber: (n: unknown) => `Must be at most ${n}.`,
    format: (f: unknown) => `Invalid format (${f}).`,
    url: 'Only links starting with https://, mailto: or tel: are allowed.',
    unknownKeys: (k: unknown) => `Unknown fields: ${k}.`,
    oneOf: (v: unknown) => `Allowed values: ${v}.`,
    invalid: 'Invalid value.',
  },
};

/** A Zod issue (as fastify-type-provider-zod reports it) in words of the request's language. */
export function issueMessage(locale: Locale, issue: IssueLike): string {
  const m = L[locale];
  const p = { ...(issue.params ?? {}), ...issue };
  const code = (issue.keyword ?? issue.code) as string;
  switch (code) {
    case 'invalid_type':
      return p.input === undefined || /received undefined/.test(String(issue.message)) ? m.required : m.type(p.expected);
    case 'too_small':
      return p.origin === 'string' ? m.minString(p.minimum) : p.origin === 'array' || p.origin === 'set' ? m.minArray(p.minimum) : m.minNumber(p.minimum);
    case 'too_big':
      return p.origin === 'string' ? m.maxString(p.maximum) : p.origin === 'array' || p.origin === 'set' ? m.maxArray(p.maximum) : m.maxNumber(p.maximum);
    case 'invalid_format':
      return p.format === 'url' ? m.url : m.format(p.format);
    case 'unrecognized_keys':
      return m.unknownKeys(Array.isArray(p.keys) ? p.keys.join(', ') : p.keys);
    case 'invalid_value':
      return m.oneOf(Array.isArray(p.values) ? p.values.join(', ') : p.values);
    case 'custom':
      return issue.message ?? m.invalid;
    default:
      return locale === 'en' && issue.message ? issue.message : m.invalid;
  }
}

/** Turns "/a/0/b" into "a[0].b", the register's path notation. */
export function pointerToPath(pointer: string, prefix?: string): string {
  const parts = pointer.split('/').filter(Boolean);
  let out = prefix ?? '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}
