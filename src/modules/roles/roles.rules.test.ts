import { describe, expect, it } from 'vitest';
import { checkAppointment, checkAppointmentShape, checkHolder, checkPerformer, checkSingleHolder, evaluateInstitutionRoles, singleHolderRule, type AppointmentFacts } from './roles.rules.js';

const ministry = { id: 'm1', kind: 'ministry' };
const otherMinistry = { id: 'm2', kind: 'ministry' };
const municipality = { id: 'p1', kind: 'municipality' };
const agency = { id: 'a1', kind: 'stateInstitution' };
const other = { id: 'a2', kind: 'stateInstitution' };
const staffOf = (institutionId: string, active = true) => ({ id: `person-of-${institutionId}`, institutionId, active });

const facts = (f: Partial<AppointmentFacts> & Pick<AppointmentFacts, 'role' | 'holder' | 'scope'>): AppointmentFacts => ({ person: staffOf(f.holder.id), ...f });
const rulesOf = (vs: { rule: string }[]) => vs.map((v) => v.rule);

describe('role rules', () => {
  it('R12 lets only the service’s owner institution hold the service owner role', () => {
    const scope = { type: 'service' as const, id: 's1', ownerInstitutionId: agency.id };
    expect(checkHolder(facts({ role: 'serviceOwner', holder: agency, scope }))).toEqual([]);
    const v = checkHolder(facts({ role: 'serviceOwner', holder: other, scope }));
    expect(rulesOf(v)).toEqual(['R12']);
    expect(v[0].path).toBe('institutionId');
  });

  it('R13 refuses a second service manager for one service', () => {
    expect(singleHolderRule('serviceOwner')).toBe('R13');
    expect(checkSingleHolder('serviceOwner', [])).toEqual([]);
    const v = checkSingleHolder('serviceOwner', [{ id: 'ra1' }]);
    expect(rulesOf(v)).toEqual(['R13']);
    expect(v[0].message.lv).toContain('Pakalpojuma vadītājs');
    expect(v[0].message.en).toContain('service manager');
    expect(v[0].message.en).toContain('/role-assignments/ra1/replace');
  });

  it('R14 refuses a second portfolio manager and keeps the role inside the institution itself', () => {
    expect(rulesOf(checkSingleHolder('portfolioOwner', [{ id: 'ra1' }]))).toEqual(['R14']);
    expect(checkHolder(facts({ role: 'portfolioOwner', holder: agency, scope: { type: 'institution', institution: agency } }))).toEqual([]);
    expect(rulesOf(checkHolder(facts({ role: 'portfolioOwner', holder: agency, scope: { type: 'institution', institution: other } })))).toEqual(['R14']);
    // The overview reports it: required only for institutions that hold services.
    const base = { institutionId: agency.id, resourceCount: 0, resourcePortfolioManagers: 0, services: [], resources: [], providedServices: [] };
    const r14 = (serviceCount: number, portfolioManagers: number) => evaluateInstitutionRoles({ ...base, serviceCount, portfolioManagers }).find((c) => c.rule === 'R14')!.status;
    expect(r14(0, 0)).toBe('notApplicable');
    expect(r14(3, 0)).toBe('broken');
    expect(r14(3, 1)).toBe('met');
    expect(r14(3, 2)).toBe('broken');
  });

  it('R15 refuses a second resource-portfolio manager and requires one where resources are held', () => {
    expect(rulesOf(checkSingleHolder('resourcePortfolioOwner', [{ id: 'ra1' }]))).toEqual(['R15']);
    expect(rulesOf(checkHolder(facts({ role: 'resourcePortfolioOwner', holder: agency, scope: { type: 'institution', institution: other } })))).toEqual(['R15']);
    const base = { institutionId: agency.id, serviceCount: 0, portfolioManagers: 0, services: [], resources: [], providedServices: [] };
    const r15 = (resourceCount: number, resourcePortfolioManagers: number) => evaluateInstitutionRoles({ ...base, resourceCount, resourcePortfolioManagers }).find((c) => c.rule === 'R15')!.status;
    expect(r15(0, 0)).toBe('notApplicable');
    expect(r15(2, 0)).toBe('broken');
    expect(r15(2, 1)).toBe('met');
  });

  it('R16 refuses a second resource manager and lets only the resource’s institution hold the resource owner role', () => {
    expect(rulesOf(checkSingleHolder('resourceOwner', [{ id: 'ra1' }]))).toEqual(['R16']);
    const scope = { type: 'resource' as const, id: 'r1', institutionId: agency.id };
    expect(checkHolder(facts({ role: 'resourceOwner', holder: agency, scope }))).toEqual([]);
    expect(rulesOf(checkHolder(facts({ role: 'resourceOwner', holder: other, scope })))).toEqual(['R16']);
    const checks = evaluateInstitutionRoles({ institutionId: agency.id, serviceCount: 0, portfolioManagers: 0, resourceCount: 2, resourcePortfolioManagers: 1, services: [], resources: [{ id: 'r1', managers: 1 }, { id: 'r2', managers: 0 }], providedServices: [] });
    expect(checks.filter((c) => c.rule === 'R16').map((c) => [c.scopeId, c.status])).toEqual([['r1', 'met'], ['r2', 'broken']]);
  });

  it('R17 lets only a ministry be the state lead, for the whole state', () => {
    expect(checkHolder(facts({ role: 'stateLead', holder: ministry, scope: { type: 'state' } }))).toEqual([]);
    expect(rulesOf(checkHolder(facts({ role: 'stateLead', holder: agency, scope: { type: 'state' } })))).toEqual(['R17']);
    expect(rulesOf(checkSingleHolder('stateLead', [{ id: 'ra1' }]))).toEqual(['R17']);
    expect(checkAppointmentShape('stateLead', 'p', 'some-scope').map((i) => i.path)).toEqual(['scopeId']);
    expect(checkAppointmentShape('stateLead', 'p', null)).toEqual([]);
  });

  it('R17 lets only the sector’s own ministry lead the sector', () => {
    expect(checkHolder(facts({ role: 'sectorLead', holder: ministry, scope: { type: 'sector', institution: ministry } }))).toEqual([]);
    expect(rulesOf(checkHolder(facts({ role: 'sectorLead', holder: ministry, scope: { type: 'sector', institution: otherMinistry } })))).toEqual(['R17']);
    expect(rulesOf(checkHolder(facts({ role: 'sectorLead', holder: agency, scope: { type: 'sector', institution: agency } })))).toEqual(['R17']);
  });

  it('R17 lets only the municipality itself lead the municipality', () => {
    expect(checkHolder(facts({ role: 'municipalLead', holder: municipality, scope: { type: 'municipality', institution: municipality } }))).toEqual([]);
    expect(rulesOf(checkHolder(facts({ role: 'municipalLead', holder: ministry, scope: { type: 'municipality', institution: ministry } })))).toEqual(['R17']);
    expect(rulesOf(checkHolder(facts({ role: 'municipalLead', holder: municipality, scope: { type: 'municipality', institution: { id: 'p2', kind: 'municipality' } } })))).toEqual(['R17']);
  });

  it('R18 allows one institution to hold several roles at once', () => {
    const roles: AppointmentFacts[] = [
      facts({ role: 'stateLead', holder: ministry, scope: { type: 'state' } }),
      facts({ role: 'sectorLead', holder: ministry, scope: { type: 'sector', institution: ministry } }),
      facts({ role: 'portfolioOwner', holder: ministry, scope: { type: 'institution', institution: ministry } }),
      facts({ role: 'resourcePortfolioOwner', holder: ministry, scope: { type: 'institution', institution: ministry } }),
      facts({ role: 'serviceOwner', holder: ministry, scope: { type: 'service', id: 's1', ownerInstitutionId: ministry.id } }),
      facts({ role: 'serviceProvider', holder: ministry, scope: { type: 'service', id: 's2', ownerInstitutionId: other.id } }),
      facts({ role: 'resourceOwner', holder: ministry, scope: { type: 'resource', id: 'r1', institutionId: ministry.id } }),
      facts({ role: 'resourceUser', holder: ministry, scope: { type: 'resource', id: 'r2', institutionId: other.id } }),
    ];
    for (const f of roles) expect(checkAppointment(f), f.role).toEqual([]);
    // Uniqueness is per role and scope: holding one role never blocks another.
    expect(checkSingleHolder('portfolioOwner', [])).toEqual([]);
  });

  it('R19 lets the owner or another institution provide a service, and reports a provider without a responsible person', () => {
    const scope = { type: 'service' as const, id: 's1', ownerInstitutionId: agency.id };
    expect(checkHolder(facts({ role: 'serviceProvider', holder: agency, scope }))).toEqual([]);
    expect(checkHolder(facts({ role: 'serviceProvider', holder: other, scope }))).toEqual([]);
    const checks = evaluateInstitutionRoles({
      institutionId: other.id,
      serviceCount: 0,
      portfolioManagers: 0,
      resourceCount: 0,
      resourcePortfolioManagers: 0,
      services: [],
      resources: [],
      providedServices: [{ id: 's1', people: 2 }, { id: 's9', people: 0 }],
    });
    expect(checks.filter((c) => c.rule === 'R19').map((c) => [c.scopeId, c.status, c.holders])).toEqual([['s1', 'met', 2], ['s9', 'broken', 0]]);
  });

  it('R13 reports each owned service without a manager in the institution overview', () => {
    const checks = evaluateInstitutionRoles({ institutionId: agency.id, serviceCount: 2, portfolioManagers: 1, resourceCount: 0, resourcePortfolioManagers: 0, services: [{ id: 's1', managers: 1 }, { id: 's2', managers: 0 }], resources: [], providedServices: [] });
    expect(checks.filter((c) => c.rule === 'R13').map((c) => [c.scopeId, c.status])).toEqual([['s1', 'met'], ['s2', 'broken']]);
  });

  it('requires the person to work for the holding institution and to be active', () => {
    const scope = { type: 'institution' as const, institution: agency };
    expect(checkPerformer(facts({ role: 'portfolioOwner', holder: agency, scope }))).toEqual([]);
    expect(checkPerformer(facts({ role: 'portfolioOwner', holder: agency, scope, person: staffOf(other.id) })).map((v) => v.code)).toEqual(['role.person.employer']);
    expect(checkPerformer(facts({ role: 'portfolioOwner', holder: agency, scope, person: staffOf(agency.id, false) })).map((v) => v.code)).toEqual(['role.person.inactive']);
    expect(checkPerformer(facts({ role: 'portfolioOwner', holder: agency, scope, person: null })).map((v) => v.code)).toEqual(['role.person.required']);
  });

  it('keeps the service recipient a generic designation without a person', () => {
    const scope = { type: 'service' as const, id: 's1', ownerInstitutionId: agency.id };
    expect(checkPerformer(facts({ role: 'serviceRecipient', holder: other, scope, person: null }))).toEqual([]);
    expect(checkPerformer(facts({ role: 'serviceRecipient', holder: other, scope })).map((v) => v.path)).toEqual(['personId']);
    expect(checkAppointmentShape('serviceRecipient', 'someone', 's1').map((i) => [i.path, i.code])).toEqual([['personId', 'mustBeNull']]);
    expect(checkAppointmentShape('serviceOwner', null, null).map((i) => [i.path, i.code])).toEqual([['scopeId', 'required'], ['personId', 'required']]);
  });

  it('lets several people provide or use, with no single-holder limit', () => {
    expect(singleHolderRule('serviceProvider')).toBeNull();
    expect(singleHolderRule('resourceUser')).toBeNull();
    expect(checkSingleHolder('serviceProvider', [{ id: 'a' }, { id: 'b' }])).toEqual([]);
  });
});
