/**
 * Links the register stores and shows (service contacts and legal basis,
 * channel points, institutions' websites, the policy's catalogue links).
 *
 * Allowed: `https:` web addresses, `mailto:` and `tel:`. Plain `http:` is not:
 * the policy (policy-v1.md) and the domain model name no case for it, every
 * state and municipal portal and likumi.lv serve https, and a plain-http link in
 * the catalogue or open data invites a downgrade. Everything else (`javascript:`,
 * `data:`, `vbscript:`, `file:`, relative addresses) is refused on input and
 * never emitted as a link on output, also for rows stored before the rule.
 */
export const ALLOWED_URL_SCHEMES = ['https:', 'mailto:', 'tel:'] as const;

/** Longest stored link. */
export const MAX_URL_LENGTH = 1000;

// Browsers drop C0 controls, spaces, tabs and line breaks from URLs ("java\tscript:"),
// so any such character makes a value unsafe rather than being trimmed silently.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/u;
const TEL = /^tel:\+?[0-9][0-9().-]{1,30}$/i;
const MAILTO = /^mailto:[^@/?#]+@[^@/?#]+\.[^@/?#]+(\?[^#]*)?$/i;

/** Whether `value` is a link the register accepts and may show as a link (see the module comment). */
export function isAllowedLinkUrl(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return false;
  if (UNSAFE_CHARS.test(value)) return false;
  const lower = value.toLowerCase();
  if (lower.startsWith('tel:')) return TEL.test(value);
  if (lower.startsWith('mailto:')) return MAILTO.test(value);
  if (!lower.startsWith('https://')) return false;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
}

/** The value when it is an allowed link, else null: for output of rows stored before the rule. */
export const allowedLinkOrNull = (value: string | null | undefined): string | null => (isAllowedLinkUrl(value) ? value : null);
