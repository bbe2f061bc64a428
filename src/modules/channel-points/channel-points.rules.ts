import type { FieldIssue } from '../../platform/errors.js';
import type { ChannelEnvironment } from '../../shared/enums.js';

/** What the rules need to know about a channel type (from the active policy version). */
export interface ChannelTypeMeaning {
  code: string;
  environment: ChannelEnvironment;
  digital: boolean;
}

/** The contact fields a channel point may carry. */
export type ContactField = 'address' | 'url' | 'phone' | 'email';

/** Types reached through a web address: portals, request systems, mobile apps. */
const URL_TYPES = new Set(['centralPortal', 'institutionPortal', 'centralRequestSystem', 'institutionRequestSystem', 'mobileApp']);
const PHONE_TYPES = new Set(['phone', 'sms']);
const EMAIL_TYPES = new Set(['email']);
/**
 * In-person types are places, so they need an address; the recipient's own
 * premises are the exception: the provider comes to wherever the recipient is.
 */
const IN_PERSON_WITHOUT_ADDRESS = new Set(['recipientPremises']);

/** The contact fields a channel point of this type must have. */
export function requiredFieldsFor(type: ChannelTypeMeaning): ContactField[] {
  const out: ContactField[] = [];
  if (type.environment === 'inPerson' && !IN_PERSON_WITHOUT_ADDRESS.has(type.code)) out.push('address');
  if (URL_TYPES.has(type.code)) out.push('url');
  if (PHONE_TYPES.has(type.code)) out.push('phone');
  if (EMAIL_TYPES.has(type.code)) out.push('email');
  return out;
}

export interface ChannelPointContact {
  channelType: string;
  url?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

/**
 * Checks a channel point's type against the active policy version and the
 * contact fields its type needs (an office needs an address, a portal an
 * https address, a phone line a number, an e-mail channel an e-mail address).
 */
export function checkChannelPointFields(cp: ChannelPointContact, types: ReadonlyMap<string, ChannelTypeMeaning>): FieldIssue[] {
  const type = types.get(cp.channelType);
  if (!type) {
    return [{ path: 'channelType', code: 'unknownChannelType', message: 'channelPoints.channelType.unknown', params: { type: cp.channelType, allowed: [...types.keys()].join(', ') } }];
  }
  const issues: FieldIssue[] = [];
  for (const field of requiredFieldsFor(type)) {
    const v = cp[field];
    if (v === null || v === undefined || String(v).trim() === '') {
      issues.push({ path: field, code: 'requiredForType', message: `channelPoints.${field}.requiredForType`, params: { type: type.code } });
    }
  }
  if (cp.url && !/^https:\/\//i.test(cp.url)) {
    issues.push({ path: 'url', code: 'httpsRequired', message: 'channelPoints.url.https', params: {} });
  }
  return issues;
}

/** Minutes since midnight of "HH:MM"; 24:00 is allowed as the end of a day. */
function minutes(hhmm: string, allow24: boolean): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (h < 24) return h * 60 + min;
  return allow24 && h === 24 && min === 0 ? 24 * 60 : null;
}

/** Parses "HH:MM-HH:MM" into minutes; null when malformed. Start < end is checked separately. */
export function parseInterval(s: string): { start: number; end: number } | null {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(s.trim());
  if (!m) return null;
  const start = minutes(m[1], false);
  const end = minutes(m[2], true);
  if (start === null || end === null) return null;
  return { start, end };
}

export interface OpeningHoursLike {
  weekly: Partial<Record<string, string[] | undefined>>;
}

/**
 * Checks weekly opening hours: each interval is "HH:MM-HH:MM", starts before it
 * ends, and does not overlap another interval of the same day.
 */
export function checkOpeningHours(oh: OpeningHoursLike | null | undefined, basePath = 'openingHours'): FieldIssue[] {
  if (!oh) return [];
  const issues: FieldIssue[] = [];
  for (const [day, intervals] of Object.entries(oh.weekly ?? {})) {
    if (!/^[1-7]$/.test(day)) {
      issues.push({ path: `${basePath}.weekly.${day}`, code: 'invalidWeekday', message: 'channelPoints.openingHours.weekday', params: { day } });
      continue;
    }
    const parsed: { start: number; end: number; i: number }[] = [];
    (intervals ?? []).forEach((raw, i) => {
      const path = `${basePath}.weekly.${day}[${i}]`;
      const iv = parseInterval(raw);
      if (!iv) {
        issues.push({ path, code: 'invalidInterval', message: 'channelPoints.openingHours.format', params: { value: raw } });
      } else if (iv.start >= iv.end) {
        issues.push({ path, code: 'intervalOrder', message: 'channelPoints.openingHours.order', params: { value: raw } });
      } else {
        parsed.push({ ...iv, i });
      }
    });
    parsed.sort((a, b) => a.start - b.start);
    for (let k = 1; k < parsed.length; k++) {
      if (parsed[k].start < parsed[k - 1].end) {
        issues.push({
          path: `${basePath}.weekly.${day}[${parsed[k].i}]`,
          code: 'intervalOverlap',
          message: 'channelPoints.openingHours.overlap',
          params: { value: (intervals ?? [])[parsed[k].i], other: (intervals ?? [])[parsed[k - 1].i] },
        });
      }
    }
  }
  return issues;
}
