/**
 * People, sign-in accounts and role assignments of a seeded register. People
 * are created on first use per institution and "slot" (what they do), so every
 * role is performed by someone the holding institution employs (B5), and the
 * single-holder roles get exactly one person per scope (R13–R17).
 */
import type { Role, ScopeType } from '../shared/enums.js';
import type { DemoAccount, DemoSlot } from './demo-accounts.js';
import type { RegisterRows } from './rows.js';
import { asciiFold } from './support.js';

/** Deterministic ids: the same kind and key give the same id within one seed run. */
export type IdFn = (kind: string, key: string) => string;

/** What a person does; demo accounts use the same slots. */
export type Slot = DemoSlot;

export const GIVEN_M = ['Jānis', 'Andris', 'Pēteris', 'Aivars', 'Māris', 'Edgars', 'Guntis', 'Raimonds', 'Valdis', 'Kārlis', 'Roberts', 'Artūrs', 'Uldis', 'Oskars', 'Dainis', 'Ivars', 'Gatis', 'Rihards', 'Toms', 'Mārtiņš'];
export const FAMILY_M = ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Liepiņš', 'Krūmiņš', 'Balodis', 'Zariņš', 'Pētersons', 'Vītols', 'Kļaviņš', 'Ozols', 'Eglītis', 'Lapiņš', 'Grīnbergs', 'Siliņš', 'Bērziņš', 'Rozenbergs', 'Āboliņš', 'Vanags', 'Caune', 'Zvirbulis', 'Dreimanis', 'Sproģis'];
export const GIVEN_F = ['Anna', 'Kristīne', 'Inese', 'Ilze', 'Līga', 'Dace', 'Laura', 'Sandra', 'Iveta', 'Zane', 'Baiba', 'Ieva', 'Agnese', 'Linda', 'Marta', 'Evija', 'Aija', 'Solvita', 'Daiga', 'Elīna'];
export const FAMILY_F = ['Bērziņa', 'Kalniņa', 'Ozoliņa', 'Jansone', 'Liepiņa', 'Krūmiņa', 'Balode', 'Zariņa', 'Pētersone', 'Vītola', 'Kļaviņa', 'Ozola', 'Eglīte', 'Lapiņa', 'Grīnberga', 'Siliņa', 'Rozenberga', 'Āboliņa', 'Vanaga', 'Caune', 'Zvirbule', 'Dreimane', 'Sproģe', 'Skuja'];

/** Job titles per slot [lv]; people's titles say what they do. */
const JOB_TITLES: Record<Slot, string> = {
  admin: 'Reģistra sistēmas administrators',
  stateLead: 'Valsts sekretāra vietnieks pakalpojumu pārvaldības jautājumos',
  sectorLead: 'Nozares pakalpojumu pārvaldības koordinators',
  municipalLead: 'Pašvaldības izpilddirektora vietnieks',
  portfolio: 'Pakalpojumu kopuma vadītājs',
  service: 'Pakalpojumu vadītājs',
  resourcePortfolio: 'Resursu kopuma vadītājs',
  resource: 'Informācijas sistēmu vadītājs',
  provider: 'Klientu apkalpošanas speciālists',
};

/** An institution as the people builder needs it. */
export interface InstitutionRef {
  id: string;
  code: string;
  domain: string;
}

/**
 * Creates people, their accounts and their role assignments into `rows`.
 * `demo` accounts take the person of their institution and slot; only they get
 * sign-in accounts (with the one `passwordHash`).
 */
export class PeopleBuilder {
  private readonly byKey = new Map<string, string>();
  private readonly emails = new Set<string>();
  private readonly demo = new Map<string, DemoAccount>();
  private readonly assigned = new Set<string>();
  private seq = 0;
  private readonly passwordHash: string | null;
  private readonly createdAt: Date;

  constructor(
    private readonly rows: RegisterRows,
    private readonly idOf: IdFn,
    private readonly institution: (code: string) => InstitutionRef,
    opts: { demo?: DemoAccount[]; passwordHash?: string; createdAt?: Date } = {},
  ) {
    for (const a of opts.demo ?? []) this.demo.set(`${a.institution}|${a.slot}|0`, a);
    this.passwordHash = opts.passwordHash ?? null;
    this.createdAt = opts.createdAt ?? new Date('2025-01-06T08:00:00Z');
  }

  /** Number of people created so far. */
  get count(): number {
    return this.byKey.size;
  }

  /** The `n`-th person of an institution in a slot (created on first use), as a person id. */
  person(code: string, slot: Slot, n = 0): string {
    const key = `${code}|${slot}|${n}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const inst = this.institution(code);
    const id = this.idOf('person', key);
    const demo = this.demo.get(key);
    const i = this.seq++;
    const female = i % 2 === 0;
    const givenName = demo?.givenName ?? (female ? GIVEN_F : GIVEN_M)[i % 20];
    const familyName = demo?.familyName ?? (female ? FAMILY_F : FAMILY_M)[Math.floor(i / 20) % 24];
    const email = demo?.login ?? this.uniqueEmail(`${asciiFold(givenName)}.${asciiFold(familyName)}`, inst.domain);
    this.emails.add(email);
    this.rows.people.push({
      id,
      givenName,
      familyName,
      email,
      phone: `+371 6${String(7000000 + ((i * 7919) % 2999999)).padStart(7, '0')}`,
      jobTitle: demo?.roleLv ?? JOB_TITLES[slot],
      institutionId: inst.id,
      active: true,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    if (demo && this.passwordHash) {
      this.rows.accounts.push({
        id: this.idOf('account', demo.login),
        personId: id,
        login: demo.login,
        passwordHash: this.passwordHash,
        isSystemAdmin: slot === 'admin',
        createdAt: this.createdAt,
      });
    }
    this.byKey.set(key, id);
    return id;
  }

  private uniqueEmail(local: string, domain: string): string {
    let email = `${local}@${domain}`;
    for (let k = 2; this.emails.has(email); k++) email = `${local}${k}@${domain}`;
    return email;
  }

  /**
   * Appoints the person in `slot` of institution `code` to `role` in a scope
   * (the holder is the employer, B5). Appointing the same role, person and
   * scope twice is a no-op.
   */
  appoint(role: Role, code: string, slot: Slot, scopeType: ScopeType, scopeId: string | null, n = 0): void {
    const personId = this.person(code, slot, n);
    const key = `${role}|${scopeId ?? 'state'}|${personId}`;
    if (this.assigned.has(key)) return;
    this.assigned.add(key);
    this.rows.roleAssignments.push({
      id: this.idOf('role', key),
      role,
      institutionId: this.institution(code).id,
      personId,
      scopeType,
      scopeId,
      createdAt: this.createdAt,
      endedAt: null,
    });
  }

  /** Creates every demo account's person, so each account exists even without a role. */
  ensureDemoPeople(): void {
    for (const key of this.demo.keys()) {
      const [code, slot, n] = key.split('|');
      this.person(code, slot as Slot, Number(n));
    }
  }
}
