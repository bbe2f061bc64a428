import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type UserActor } from '../../platform/actor.js';
import { isInterInstitutional, RECIPIENT_TYPES } from '../../shared/enums.js';
import { canSeeService, canSeeVersion, PUBLIC_RECIPIENT_TYPES } from './services.visibility.js';

const OWNER = '11111111-1111-1111-1111-111111111111';
const user = (institutionId: string): UserActor => ({
  kind: 'user',
  accountId: 'a',
  personId: 'p',
  institutionId,
  isSystemAdmin: false,
  roles: [],
  leadScopeInstitutionIds: new Set(),
  via: 'session',
});
const outsider = user('22222222-2222-2222-2222-222222222222');
const staff = user(OWNER);
const published = (rt: string | null) => ({ status: 'published', ownerInstitutionId: OWNER, publishedRecipientType: rt });

describe('services visibility rule', () => {
  it('public recipient types are exactly the recipient types that are not inter-institutional', () => {
    expect([...PUBLIC_RECIPIENT_TYPES].sort()).toEqual(RECIPIENT_TYPES.filter((t) => !isInterInstitutional(t)).sort());
  });

  it('shows anonymous callers published public services only', () => {
    expect(canSeeService(ANONYMOUS, published('publicIndividual'))).toBe(true);
    expect(canSeeService(ANONYMOUS, published('publicGeneral'))).toBe(true);
    expect(canSeeService(ANONYMOUS, published('interInstitutionalShared'))).toBe(false);
    expect(canSeeService(ANONYMOUS, published('interInstitutionalIndividual'))).toBe(false);
    expect(canSeeService(ANONYMOUS, published(null))).toBe(false);
    expect(canSeeService(ANONYMOUS, { ...published('publicIndividual'), status: 'draft' })).toBe(false);
  });

  it('shows signed-in users of any institution published inter-institutional services, drafts only to the owner', () => {
    expect(canSeeService(outsider, published('interInstitutionalShared'))).toBe(true);
    expect(canSeeService(outsider, { ...published('interInstitutionalShared'), status: 'draft' })).toBe(false);
    expect(canSeeService(staff, { ...published(null), status: 'draft' })).toBe(true);
  });

  it('hides from anonymous callers an old published version whose recipient type was inter-institutional', () => {
    const s = published('publicIndividual');
    expect(canSeeVersion(ANONYMOUS, s, { publishedAt: new Date(), recipientType: 'interInstitutionalShared' })).toBe(false);
    expect(canSeeVersion(ANONYMOUS, s, { publishedAt: new Date(), recipientType: null })).toBe(true);
    expect(canSeeVersion(ANONYMOUS, s, { publishedAt: null, recipientType: 'publicIndividual' })).toBe(false);
    expect(canSeeVersion(outsider, s, { publishedAt: new Date(), recipientType: 'interInstitutionalShared' })).toBe(true);
  });
});
