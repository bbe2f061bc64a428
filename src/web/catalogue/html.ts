/**
 * A tiny HTML templating helper for the server-rendered catalogue. Every
 * interpolated value is escaped unless it is already `SafeHtml` (produced by
 * `html` itself or by an explicit `raw()` for trusted fragments). Arrays are
 * joined; `null`, `undefined` and `false` render as nothing.
 */
import { isAllowedLinkUrl } from '../../shared/urls.js';

/** A fragment of HTML that is safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

/** Marks a trusted fragment (never user or database text) as HTML. */
export const raw = (value: string): SafeHtml => new SafeHtml(value);

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/**
 * Attribute value for an external link: only the links the register allows
 * (https:, mailto:, tel:; `src/shared/urls.ts`) pass, also for rows stored
 * before the rule; anything else, including values with control characters or
 * spaces a browser would drop ("java\tscript:"), becomes "#".
 */
export function safeUrl(url: string | null | undefined): string {
  const u = url?.trim();
  return isAllowedLinkUrl(u) ? u : '#';
}
