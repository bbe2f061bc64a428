import { describe, expect, it } from 'vitest';
import {
  CAPABILITY_KINDS,
  CHANNEL_ENVIRONMENTS,
  COMPLEXITIES,
  INDICATOR_KINDS,
  INDICATOR_KIND_CODES,
  INSTITUTION_GROUPS,
  LIFECYCLE_STAGES,
  RECIPIENT_TYPES,
  RESOURCE_KINDS,
  ROLES,
  ROLE_SCOPE,
  SINGLE_HOLDER_ROLES,
} from '../../shared/enums.js';
import { channelTypeMap, comparePolicyAge, loadPolicyFiles } from './policy.data.js';
import { PolicyDocument } from './policy.schemas.js';
import { diffPolicyDocuments, policyDocumentIssues } from './policy.rules.js';

const [v1File] = loadPolicyFiles();
const v1 = v1File.document;
const copy = (): PolicyDocument => structuredClone(v1);
const leafCriteria = (d: PolicyDocument): { code: string; leaf: boolean }[] => d.conditions.flatMap((c) => c.criteria.flatMap((k): { code: string; leaf: boolean }[] => (k.leaf ? [k] : k.criteria)));

describe('policy v1 data file', () => {
  it('is the only shipped file and validates as a complete policy document', () => {
    expect(loadPolicyFiles().map((f) => f.file)).toEqual(['v1.json']);
    const parsed = PolicyDocument.safeParse(v1);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(policyDocumentIssues(v1)).toEqual([]);
    expect(v1.id).toBe('v1');
    expect(v1.titleLv).toBe('Pakalpojumu pārvaldības politika, 1. versija (PVPP 2024–2027)');
    expect(v1.effectiveFrom).toBe('2024-06-04');
  });

  it('holds the 32 management tasks: 5 policy-level, 23 core and provisioning, 4 at all levels', () => {
    expect(v1.tasks).toHaveLength(32);
    const byGroup = (g: string) => v1.tasks.filter((t) => t.group === g).length;
    expect([byGroup('PU1'), byGroup('PU2'), byGroup('PU3')]).toEqual([5, 23, 4]);
    expect(v1.tasks.every((t) => /^PU[123]-\d+$/.test(t.code))).toBe(true);
    expect(v1.tasks.find((t) => t.code === 'PU2-7')?.titleLv).toBe('Pakalpojumu aprakstu veidošana, reģistrēšana un uzturēšana');
    expect(v1.tasks.find((t) => t.code === 'PU3-4')?.levels).toEqual(['policy', 'coreActivity', 'provisioning']);
  });

  it('PU2-9 and PU2-17 share a short name, yet every task code is unique', () => {
    const pu29 = v1.tasks.find((t) => t.code === 'PU2-9')!;
    const pu217 = v1.tasks.find((t) => t.code === 'PU2-17')!;
    expect(pu29.shortNameLv).toBe('Pakalpojumu līmeņu pārvaldība');
    expect(pu217.shortNameLv).toBe(pu29.shortNameLv);
    expect(new Set(v1.tasks.map((t) => t.code)).size).toBe(32);
  });

  it('holds the 10 conditions with 23 first-level and 30 leaf criteria, leaves marked', () => {
    expect(v1.conditions).toHaveLength(10);
    expect(v1.conditions.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(v1.conditions.flatMap((c) => c.criteria)).toHaveLength(23);
    const leaves = leafCriteria(v1);
    expect(leaves).toHaveLength(30);
    expect(leaves.every((l) => l.leaf)).toBe(true);
    expect(new Set(leaves.map((l) => l.code)).size).toBe(30);
    const parents = v1.conditions.flatMap((c) => c.criteria).filter((k) => !k.leaf).map((k) => k.code);
    expect(parents).toEqual(['5.1', '8.1', '9.1', '10.1']);
    expect(leaves.map((l) => l.code)).toContain('10.1.3');
    expect(v1.conditions[2].nameLv).toBe('Piekļūstamība');
  });

  it('holds the 10 roles with the English ids, the scopes and the 7 single-holder roles', () => {
    expect(v1.roles.map((r) => r.code)).toEqual([...ROLES]);
    for (const r of v1.roles) expect(r.scale, r.code).toBe(ROLE_SCOPE[r.code]);
    const single = v1.roles.filter((r) => r.singleHolder).map((r) => r.code);
    expect(single).toHaveLength(7);
    expect(single.sort()).toEqual([...SINGLE_HOLDER_ROLES].sort());
    expect(v1.roles.find((r) => r.code === 'portfolioOwner')?.performerTitleLv).toBe('Pakalpojumu kopuma vadītājs');
    expect(v1.roles.find((r) => r.code === 'stateLead')?.nameLv).toBe('Pakalpojumu pārvaldības valsts vadošā iestāde');
  });

  it('R41 fills only the PU1-1 row of the matrix: A for the state lead, L for four others', () => {
    const m = v1.responsibilityMatrix;
    expect(m.columns).toEqual(['stateLead', 'sectorLead', 'municipalLead', 'portfolioOwner', 'serviceOwner', 'resourcePortfolioOwner', 'resourceOwner']);
    expect(Object.keys(m.rows).sort()).toEqual(v1.tasks.map((t) => t.code).sort());
    const filled = Object.entries(m.rows).filter(([, row]) => Object.keys(row).length > 0);
    expect(filled.map(([task]) => task)).toEqual(['PU1-1']);
    expect(m.rows['PU1-1']).toEqual({ stateLead: 'A', sectorLead: 'L', municipalLead: 'L', portfolioOwner: 'L', resourcePortfolioOwner: 'L' });
  });

  it('R41 has no "exactly one A" rule: a task with two A or none still validates', () => {
    const d = copy();
    d.responsibilityMatrix.rows['PU2-1'] = { portfolioOwner: 'A', serviceOwner: 'A' };
    d.responsibilityMatrix.rows['PU2-2'] = { serviceOwner: 'L' };
    expect(PolicyDocument.safeParse(d).success).toBe(true);
  });

  it('R27 channel types: 19 in three environments; only post and in-person kinds, phone and video are not electronic', () => {
    expect(v1.channelEnvironments.map((e) => e.code)).toEqual([...CHANNEL_ENVIRONMENTS]);
    expect(v1.channelTypes).toHaveLength(19);
    const codes = (env: string) => v1.channelTypes.filter((c) => c.environment === env).map((c) => c.code);
    expect(codes('remoteElectronic')).toEqual(['centralPortal', 'institutionPortal', 'centralRequestSystem', 'institutionRequestSystem', 'specialisedSystem', 'mobileApp', 'eAddress', 'email', 'api', 'sms', 'phone', 'videoCall', 'socialNetwork']);
    expect(codes('remotePhysical')).toEqual(['post']);
    expect(codes('inPerson')).toEqual(['institutionCentre', 'municipalCentre', 'vpvkac', 'providerPremises', 'recipientPremises']);
    const notDigital = v1.channelTypes.filter((c) => !c.digital).map((c) => c.code);
    expect(notDigital).toEqual(['phone', 'videoCall', 'post', 'institutionCentre', 'municipalCentre', 'vpvkac', 'providerPremises', 'recipientPremises']);
    expect(v1.channelTypes.find((c) => c.code === 'phone')?.noteEn).toMatch(/not an electronic request or receipt/);
    const map = channelTypeMap(v1);
    expect(map.get('eAddress')).toEqual({ code: 'eAddress', environment: 'remoteElectronic', digital: true });
    expect(map.get('vpvkac')).toEqual({ code: 'vpvkac', environment: 'inPerson', digital: false });
  });

  it('holds the other reference lists with the codes the register uses', () => {
    expect(v1.institutionGroups.map((g) => g.code)).toEqual([...INSTITUTION_GROUPS]);
    expect(v1.institutionGroups[0].nameLv).toBe('Valsts tiešās pārvaldes iestādes');
    expect(v1.institutionGroups.find((g) => g.code === 'judiciary')?.members).toHaveLength(5);
    expect(v1.capabilityKinds.map((c) => c.code)).toEqual([...CAPABILITY_KINDS]);
    expect(v1.resourceKinds.map((c) => c.code)).toEqual([...RESOURCE_KINDS]);
    expect(v1.recipientTypes.flatMap((r) => r.children.map((c) => c.code))).toEqual([...RECIPIENT_TYPES]);
    expect(v1.complexities.map((c) => c.code)).toEqual([...COMPLEXITIES]);
    expect(v1.lifecycleStages.map((s) => s.code)).toEqual([...LIFECYCLE_STAGES]);
    expect(v1.provisioningStages.map((s) => s.code)).toEqual(['plan', 'create', 'implement', 'use', 'maintainImprove', 'endUse']);
    expect(v1.maturityLevels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(v1.managementStates.map((s) => s.nameLv)).toEqual(['Pakalpojumu pārvaldība nenotiek', 'Pakalpojumu pārvaldība notiek nepilnīgi', 'Pakalpojumu pārvaldība notiek pilnvērtīgi']);
    expect(v1.notServiceCategories.map((c) => c.code)).toEqual(['ownServiceSupport', 'generalInformation', 'internalSupportFunctions', 'administrativeFunctions']);
    expect(v1.notServiceCategories[3].subTypes).toHaveLength(3);
  });

  it('names the indicator kinds; only support hours and channels come from the policy itself', () => {
    expect(v1.indicatorKinds.map((k) => k.code)).toEqual(INDICATOR_KIND_CODES);
    for (const k of v1.indicatorKinds) expect(k.better, k.code).toBe(INDICATOR_KINDS[k.code as keyof typeof INDICATOR_KINDS].better);
    expect(v1.indicatorKinds.filter((k) => k.fromSeeds).map((k) => k.code)).toEqual(['supportHours', 'supportChannels']);
  });
});

describe('policy document validation', () => {
  const paths = (d: PolicyDocument) => policyDocumentIssues(d).map((i) => i.path);

  it('refuses matrix cells of roles that are not columns and rows of unknown tasks', () => {
    const d = copy();
    d.responsibilityMatrix.rows['PU1-1'].serviceProvider = 'L';
    d.responsibilityMatrix.rows['PU9-9'] = {};
    expect(paths(d)).toEqual(['responsibilityMatrix.rows.PU1-1.serviceProvider', 'responsibilityMatrix.rows.PU9-9']);
  });

  it('refuses duplicate codes, a criterion outside its parent, a wrong leaf flag and a task in the wrong group', () => {
    const d = copy();
    d.channelTypes[1].code = 'centralPortal';
    d.conditions[0].criteria[1].code = '2.9';
    d.conditions[4].criteria[0].leaf = true;
    d.tasks[0].group = 'PU2';
    expect(paths(d).sort()).toEqual(['channelTypes[1].code', 'conditions[0].criteria[1].code', 'conditions[4].criteria[0].leaf', 'tasks[0].code'].sort());
  });

  it('refuses an undeclared channel environment, a physical channel counted as electronic and unknown levels', () => {
    const d = copy();
    d.channelEnvironments = d.channelEnvironments.filter((e) => e.code !== 'remotePhysical');
    d.channelTypes.find((c) => c.code === 'vpvkac')!.digital = true;
    d.roles[0].levels = ['policy', 'nowhere'];
    expect(paths(d).sort()).toEqual(['channelTypes[13].environment', 'channelTypes[16].digital', 'roles[0].levels[1]'].sort());
    const zod = PolicyDocument.safeParse(d);
    expect(zod.success).toBe(false);
    expect(zod.error!.issues.map((i) => i.path.join('/')).sort()).toEqual(['channelTypes/13/environment', 'channelTypes/16/digital', 'roles/0/levels/1'].sort());
  });

  it('refuses codes the register does not know, and unknown fields', () => {
    const bad = { ...copy(), extra: 1 } as unknown as PolicyDocument;
    bad.channelTypes[0].environment = 'telepathy' as never;
    bad.roles[0].code = 'king' as never;
    const r = PolicyDocument.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('/')).sort()).toEqual(['', 'channelTypes/0/environment', 'roles/0/code']);
  });
});

describe('policy version diff and ordering', () => {
  it('finds nothing between a document and itself', () => {
    const r = diffPolicyDocuments(v1, copy());
    expect(r.identical).toBe(true);
    expect(r.sections).toEqual([]);
  });

  it('lists added, removed and changed entries per section by code, field by field', () => {
    const v2 = copy();
    v2.id = 'v2';
    v2.titleEn = 'Version 2';
    v2.channelTypes = v2.channelTypes.filter((c) => c.code !== 'sms');
    v2.channelTypes.push({ code: 'chatBot', environment: 'remoteElectronic', order: 20, nameLv: 'tērzēšanas roboti', nameEn: 'Chat bots', digital: true });
    v2.tasks[0].titleEn = 'Planning the policy';
    v2.conditions[9].criteria[0].criteria[1].nameEn = 'Dependability';
    v2.responsibilityMatrix.rows['PU2-1'] = { portfolioOwner: 'A' };
    const r = diffPolicyDocuments(v1, v2);
    expect(r.identical).toBe(false);
    expect(r.document).toEqual([{ path: 'titleEn', before: v1.titleEn, after: 'Version 2' }]);
    const channels = r.sections.find((s) => s.section === 'channelTypes')!;
    expect(channels.added.map((a) => a.code)).toEqual(['chatBot']);
    expect(channels.removed.map((a) => a.code)).toEqual(['sms']);
    const tasks = r.sections.find((s) => s.section === 'tasks')!;
    expect(tasks.changed).toEqual([{ code: 'PU1-1', changes: [{ path: 'titleEn', before: v1.tasks[0].titleEn, after: 'Planning the policy' }] }]);
    const conditions = r.sections.find((s) => s.section === 'conditions')!;
    expect(conditions.changed[0]).toEqual({ code: '10', changes: [{ path: 'criteria[10.1].criteria[10.1.2].nameEn', before: 'Reliability', after: 'Dependability' }] });
    const matrix = r.sections.find((s) => s.section === 'responsibilityMatrix')!;
    expect(matrix.changed).toEqual([{ code: 'PU2-1', changes: [{ path: 'portfolioOwner', before: null, after: 'A' }] }]);
    expect(r.sections.map((s) => s.section).sort()).toEqual(['channelTypes', 'conditions', 'responsibilityMatrix', 'tasks']);
  });

  it('orders versions by effective date, then by id with numbers as numbers; undated drafts are newest', () => {
    const list = [
      { id: 'v10', effectiveFrom: '2028-01-01' },
      { id: 'v2', effectiveFrom: '2028-01-01' },
      { id: 'v3', effectiveFrom: null },
      { id: 'v1', effectiveFrom: '2024-06-04' },
    ].sort(comparePolicyAge);
    expect(list.map((v) => v.id)).toEqual(['v1', 'v2', 'v10', 'v3']);
  });
});
