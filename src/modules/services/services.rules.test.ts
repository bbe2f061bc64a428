import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleViolation } from '../../platform/errors.js';
import { CHANNEL_PHASES, COMPLEXITIES, LIFECYCLE_STAGES, PROCESSING_MODES, RECIPIENT_TYPES, TARGET_GROUPS } from '../../shared/enums.js';
import type { ChannelTypeInfo, ChannelUse, RuleContext, ServiceDescription, ServiceLevelTermsSet } from './services.model.js';
import { checkServiceRules, deriveDigitalStatus, diffDescriptions, resolveEffectiveDescription } from './services.rules.js';

// ---------------------------------------------------------------------------
// Builders: a description and context that pass every rule; each test breaks one thing.
// ---------------------------------------------------------------------------

const OWNER = 'inst-owner';
const PROVIDER = 'inst-provider';
const SELF = 'svc-self';

const CHANNEL_TYPES: Record<string, ChannelTypeInfo> = {
  'cp-portal': { code: 'nationalPortal', environment: 'remoteElectronic', digital: true },
  'cp-eaddress': { code: 'eAddress', environment: 'remoteElectronic', digital: true },
  'cp-email': { code: 'email', environment: 'remoteElectronic', digital: true },
  'cp-system': { code: 'specialisedSystem', environment: 'remoteElectronic', digital: true },
  'cp-phone': { code: 'phone', environment: 'remoteElectronic', digital: false },
  'cp-post': { code: 'post', environment: 'remotePhysical', digital: false },
  'cp-centre': { code: 'institutionCentre', environment: 'inPerson', digital: false },
};
const channelTypes = (): Map<string, ChannelTypeInfo> => new Map(Object.entries(CHANNEL_TYPES));

function standardTerms(): ServiceLevelTermsSet[] {
  return [
    {
      nameLv: 'Standarta',
      indicators: [
        { kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 10, unit: 'darba dienas' },
        { kind: 'supportHours', nameLv: 'Atbalsta laiks', target: 40, unit: 'h nedēļā' },
        { kind: 'supportChannels', nameLv: 'Atbalsta kanāli', target: null, unit: null, values: ['phone', 'email'] },
      ],
    },
  ];
}

function baseDescription(): ServiceDescription {
  return {
    nameLv: 'Sociālā pabalsta piešķiršana iedzīvotājiem',
    nameEn: 'Granting the social benefit to residents',
    nameParts: null,
    descriptionLv: 'Pašvaldība piešķir sociālo pabalstu personām ar zemiem ienākumiem.',
    descriptionEn: 'The municipality grants a social benefit to people with low income.',
    recipientType: 'publicIndividual',
    targetGroups: ['residents'],
    complexity: 'simple',
    lifecycleStage: 'provide',
    activityDirectionId: 'dir-social',
    processingMode: 'mixed',
    serviceLevelTerms: standardTerms(),
    fee: { free: true },
    legalBasis: [{ act: 'Sociālo pakalpojumu un sociālās palīdzības likums', article: '35' }],
    prerequisites: [{ lv: 'Trūcīgas personas statuss', en: 'Needy person status' }],
    requiredDocuments: [{ lv: 'Iesniegums' }],
    resultLv: 'Lēmums par pabalsta piešķiršanu',
    resultEn: 'Decision on the benefit',
    contacts: { phone: '+371 67000000', email: 'info@example.lv' },
    keywords: ['pabalsts', 'ienākumi'],
    needIds: ['need-income'],
    channelPoints: [
      { channelPointId: 'cp-portal', phase: 'request' },
      { channelPointId: 'cp-centre', phase: 'request' },
      { channelPointId: 'cp-eaddress', phase: 'receipt' },
    ],
    providers: [],
    resourceIds: ['res-eapp'],
    componentIds: [],
    dependsOnIds: [],
    replacesIds: [],
    mergesIds: [],
  };
}

function baseContext(): RuleContext {
  return {
    service: { id: SELF, ownerInstitutionId: OWNER, isTemplate: false, templateServiceId: null },
    owner: { id: OWNER, activityDirectionIds: ['dir-social', 'dir-housing'], portfolioManagerPersonId: 'person-pm' },
    serviceManagerCount: 1,
    channelPoints: channelTypes(),
    needLifeSituations: new Map([
      ['need-income', ['ls-poverty']],
      ['need-housing', ['ls-poverty', 'ls-moving']],
      ['need-job', ['ls-unemployment']],
    ]),
    providerPeople: new Map([[PROVIDER, 2]]),
    componentGraph: new Map(),
    dependencyRecipientTypes: new Map(),
  };
}

const describe_ = (patch: Partial<ServiceDescription>): ServiceDescription => ({ ...baseDescription(), ...patch });
const context = (patch: Partial<RuleContext>): RuleContext => ({ ...baseContext(), ...patch });
const publish = (d: ServiceDescription, ctx: RuleContext = baseContext()) => checkServiceRules(d, ctx, 'publish');
const errors = (vs: RuleViolation[]) => vs.filter((v) => v.severity === 'error');
const byCode = (vs: RuleViolation[], code: string) => vs.filter((v) => v.code === code);
const one = (vs: RuleViolation[], code: string): RuleViolation => {
  const found = byCode(vs, code);
  expect(found, `expected exactly one ${code} in ${JSON.stringify(vs.map((v) => v.code))}`).toHaveLength(1);
  return found[0];
};
const uses = (request: string[], receipt: string[]): ChannelUse[] => [
  ...request.map((id) => ({ channelPointId: id, phase: 'request' as const })),
  ...receipt.map((id) => ({ channelPointId: id, phase: 'receipt' as const })),
];

describe('the base description', () => {
  it('passes every rule in publish mode with no findings', () => {
    expect(publish(baseDescription())).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Rules, one test (or a few) per rule, named after it
// ---------------------------------------------------------------------------

describe('checkServiceRules', () => {
  it('R01 refuses to publish a service that meets no need', () => {
    const v = one(publish(describe_({ needIds: [] })), 'service.needs.missing');
    expect(v).toMatchObject({ rule: 'R01', severity: 'error', path: 'needIds' });
    expect(v.message.lv).toContain('vajadzīb');
    expect(v.message.en).toContain('need');
  });

  it('R02 refuses a service without a core activity direction of its owner', () => {
    expect(one(publish(describe_({ activityDirectionId: null })), 'service.activityDirection.missing')).toMatchObject({
      rule: 'R02',
      severity: 'error',
      path: 'activityDirectionId',
    });
    expect(one(publish(describe_({ activityDirectionId: 'dir-of-someone-else' })), 'service.activityDirection.notOwners')).toMatchObject({
      rule: 'R02',
      severity: 'error',
    });
  });

  it.each([
    ['Konsultēšana par iestādes pakalpojumiem', 'ownServiceSupport'],
    ['Skaidrojošas informācijas publicēšana tīmekļvietnē', 'generalInformation'],
    ['Lietvedības nodrošināšana iestādē', 'internalSupport'],
    ['Atbildes uz iedzīvotāju iesniegumiem', 'administrative'],
    ['Normatīvo aktu izstrāde', 'administrative'],
    ['Kontrole un uzraudzība būvniecībā', 'administrative'],
  ])('R03 warns, but never blocks, that “%s” may not be a service', (nameLv, category) => {
    const vs = publish(describe_({ nameLv }));
    expect(one(vs, `service.notAService.${category}`)).toMatchObject({ rule: 'R03', severity: 'warning', path: 'nameLv' });
    expect(byCode(vs, `service.notAService.${category}`).every((v) => v.severity === 'warning')).toBe(true);
  });

  it('R03 reads the first sentence of the description and spares shared-service centres', () => {
    const fromDescription = publish(describe_({ descriptionLv: 'Grāmatvedības uzskaites kārtošana iestādes vajadzībām. Cits teikums.' }));
    expect(one(fromDescription, 'service.notAService.internalSupport').path).toBe('descriptionLv');
    // Accounting done for other institutions is a legitimate inter-institutional service.
    const shared = publish(
      describe_({ nameLv: 'Grāmatvedības pakalpojumu sniegšana pašvaldības iestādēm', recipientType: 'interInstitutionalShared', targetGroups: ['institutions'] }),
    );
    expect(byCode(shared, 'service.notAService.internalSupport')).toEqual([]);
    // A later sentence that mentions consultations does not make the service suspect.
    const later = publish(describe_({ descriptionLv: 'Pašvaldība piešķir pabalstu. Konsultācijas par pakalpojumu sniedz pa tālruni.' }));
    expect(byCode(later, 'service.notAService.ownServiceSupport')).toEqual([]);
  });

  it('R05 refuses PLVN without support terms (support hours or channels)', () => {
    const terms: ServiceLevelTermsSet[] = [{ nameLv: 'Standarta', indicators: [{ kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 10, unit: 'darba dienas' }] }];
    expect(one(publish(describe_({ serviceLevelTerms: terms })), 'service.plvn.supportMissing')).toMatchObject({
      rule: 'R05',
      severity: 'error',
      path: 'serviceLevelTerms',
    });
    // Support channels alone are enough.
    const channelsOnly: ServiceLevelTermsSet[] = [
      { nameLv: 'Standarta', indicators: [{ kind: 'supportChannels', nameLv: 'Atbalsta kanāli', target: null, unit: null, values: ['phone'] }] },
    ];
    expect(byCode(publish(describe_({ serviceLevelTerms: channelsOnly })), 'service.plvn.supportMissing')).toEqual([]);
  });

  it('R06 refuses a provider PLVN that lowers the owner’s processing time', () => {
    const providerTerms = standardTerms();
    providerTerms[0].indicators[0].target = 15; // owner: 10 working days
    const d = describe_({ providers: [{ institutionId: OWNER, serviceLevelTerms: null }, { institutionId: PROVIDER, serviceLevelTerms: providerTerms }] });
    const v = one(publish(d), 'service.provider.plvnLower');
    expect(v).toMatchObject({ rule: 'R06', severity: 'error', path: 'providers[1].serviceLevelTerms[0].indicators[0].target' });
    expect(v.message.lv).toContain(PROVIDER);
    expect(v.message.lv).toContain('Standarta');
    expect(v.message.lv).toContain('Izskatīšanas laiks');
    expect(v.message.en).toContain('15 darba dienas');
  });

  it('R06 allows a provider to raise the owner’s terms', () => {
    const better = standardTerms();
    better[0].indicators[0].target = 5;
    better[0].indicators[1].target = 60;
    better[0].indicators[2].values = ['phone', 'email', 'video'];
    expect(publish(describe_({ providers: [{ institutionId: PROVIDER, serviceLevelTerms: better }] }))).toEqual([]);
  });

  it('R06 refuses a provider that drops a support channel or shortens support hours', () => {
    const worse = standardTerms();
    worse[0].indicators[1].target = 20;
    worse[0].indicators[2].values = ['phone'];
    const vs = byCode(publish(describe_({ providers: [{ institutionId: PROVIDER, serviceLevelTerms: worse }] })), 'service.provider.plvnLower');
    expect(vs.map((v) => v.path)).toEqual([
      'providers[0].serviceLevelTerms[0].indicators[1].target',
      'providers[0].serviceLevelTerms[0].indicators[2].values',
    ]);
  });

  it('R06 compares provider sets with the owner’s set of the same name, else with the owner’s first set', () => {
    const owner: ServiceLevelTermsSet[] = [
      ...standardTerms(),
      { nameLv: 'Steidzami', indicators: [{ kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 2, unit: 'darba dienas' }] },
    ];
    const provider: ServiceLevelTermsSet[] = [
      // Same name as the owner's urgent set: 3 days is worse than its 2.
      { nameLv: 'steidzami', indicators: [{ kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 3, unit: 'darba dienas' }] },
      // Unknown name: compared with the owner's first set (10 days): 8 is fine.
      { nameLv: 'Reģionos', indicators: [...standardTerms()[0].indicators.slice(1), { kind: 'processingTime', nameLv: 'Laiks', target: 8, unit: 'darba dienas' }] },
    ];
    const vs = publish(describe_({ serviceLevelTerms: owner, providers: [{ institutionId: PROVIDER, serviceLevelTerms: provider }] }));
    expect(errors(vs).map((v) => v.path)).toEqual(['providers[0].serviceLevelTerms[0].indicators[0].target']);
  });

  it('R06 warns when a provider set leaves out an owner indicator or uses another unit', () => {
    const provider: ServiceLevelTermsSet[] = [
      {
        nameLv: 'Standarta',
        indicators: [
          { kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 1, unit: 'mēneši' },
          { kind: 'supportHours', nameLv: 'Atbalsta laiks', target: 40, unit: 'h nedēļā' },
        ],
      },
    ];
    const vs = publish(describe_({ providers: [{ institutionId: PROVIDER, serviceLevelTerms: provider }] }));
    expect(errors(vs)).toEqual([]);
    expect(one(vs, 'service.provider.plvnIncomparable')).toMatchObject({ rule: 'R06', severity: 'warning', path: 'providers[0].serviceLevelTerms[0].indicators[0].unit' });
    expect(one(vs, 'service.provider.plvnIndicatorMissing')).toMatchObject({ rule: 'R06', severity: 'warning', path: 'providers[0].serviceLevelTerms[0].indicators' });
  });

  it('R07 refuses a service without a name', () => {
    expect(one(publish(describe_({ nameLv: '  ' })), 'service.name.missing')).toMatchObject({ rule: 'R07', severity: 'error', path: 'nameLv' });
  });

  it('R07 refuses a name that does not match its object + action parts', () => {
    const parts = { object: 'Sociālā pabalsta', action: 'piešķiršana', info: 'iedzīvotājiem' };
    expect(publish(describe_({ nameParts: parts }))).toEqual([]);
    expect(publish(describe_({ nameParts: parts, nameLv: '  sociālā   pabalsta piešķiršana iedzīvotājiem ' }))).toEqual([]);
    const v = one(publish(describe_({ nameParts: { ...parts, info: 'pensionāriem' } })), 'service.name.partsMismatch');
    expect(v).toMatchObject({ rule: 'R07', severity: 'error', path: 'nameLv' });
    expect(v.message.lv).toContain('Sociālā pabalsta piešķiršana pensionāriem');
    expect(one(publish(describe_({ nameParts: { object: 'Sociālā pabalsta', action: ' ' } })), 'service.name.partsIncomplete').path).toBe('nameParts.action');
  });

  it('R07 refuses a name without an action of the provider', () => {
    expect(one(publish(describe_({ nameLv: 'Sociālais pabalsts iedzīvotājiem' })), 'service.name.noAction')).toMatchObject({ rule: 'R07', severity: 'error' });
    for (const nameLv of ['Transportlīdzekļu valsts tehniskā apskate', 'Juridiskās konsultācijas maznodrošinātajiem', 'Dokumentu legalizācija ārvalstīm', 'Uzņēmumu reģistra informācijas pieejamības nodrošināšana uzņēmējiem'])
      expect(byCode(publish(describe_({ nameLv })), 'service.name.noAction'), nameLv).toEqual([]);
  });

  it('R08 warns when a name is shorter than 3 or longer than 6 words', () => {
    expect(one(publish(describe_({ nameLv: 'Pabalsta piešķiršana' })), 'service.name.wordCount')).toMatchObject({ rule: 'R08', severity: 'warning', path: 'nameLv' });
    const long = publish(describe_({ nameLv: 'Sociālā pabalsta piešķiršana iedzīvotājiem ar zemiem ienākumiem pašvaldībā' }));
    expect(one(long, 'service.name.wordCount').message.en).toContain('now 8');
    expect(errors(long)).toEqual([]);
  });

  it('R08 warns when the name describes what the recipient does', () => {
    const v = one(publish(describe_({ nameLv: 'Pieteikšanās sociālajam pabalstam' })), 'service.name.recipientAction');
    expect(v).toMatchObject({ rule: 'R08', severity: 'warning', path: 'nameLv' });
    expect(v.message.lv).toContain('Pabalsta piešķiršana');
    expect(one(publish(describe_({ nameLv: 'Covid-19 sertifikāta saņemšana iedzīvotājiem' })), 'service.name.recipientAction').message.en).toContain('saņemšana');
    // A proactive service "without applying" is fine.
    expect(byCode(publish(describe_({ nameLv: 'Pabalsta piešķiršana bez pieteikšanās' })), 'service.name.recipientAction')).toEqual([]);
  });

  it('R12 refuses a service without an owner', () => {
    const ctx = baseContext();
    ctx.service.ownerInstitutionId = '';
    expect(one(publish(baseDescription(), ctx), 'service.owner.missing')).toMatchObject({ rule: 'R12', severity: 'error', path: 'ownerInstitutionId' });
  });

  it('R13 refuses a service without a service manager or with a second one', () => {
    expect(one(publish(baseDescription(), context({ serviceManagerCount: 0 })), 'service.manager.missing')).toMatchObject({ rule: 'R13', severity: 'error' });
    const v = one(publish(baseDescription(), context({ serviceManagerCount: 2 })), 'service.manager.multiple');
    expect(v).toMatchObject({ rule: 'R13', severity: 'error', path: 'serviceManager' });
    expect(v.message.en).toContain('2');
  });

  it('R14 refuses to publish when the owner has no portfolio manager', () => {
    const ctx = baseContext();
    ctx.owner.portfolioManagerPersonId = null;
    expect(one(publish(baseDescription(), ctx), 'service.portfolioManager.missing')).toMatchObject({ rule: 'R14', severity: 'error' });
  });

  it('R19 refuses a provider institution without a responsible person; the owner need not be listed', () => {
    const d = describe_({ providers: [{ institutionId: OWNER, serviceLevelTerms: null }, { institutionId: 'inst-nobody', serviceLevelTerms: null }] });
    const v = one(publish(d), 'service.provider.noResponsiblePerson');
    expect(v).toMatchObject({ rule: 'R19', severity: 'error', path: 'providers[1]' });
    expect(v.message.lv).toContain('inst-nobody');
    expect(publish(describe_({ providers: [{ institutionId: PROVIDER, serviceLevelTerms: null }] }))).toEqual([]);
    expect(one(publish(describe_({ providers: [{ institutionId: PROVIDER, serviceLevelTerms: null }, { institutionId: PROVIDER, serviceLevelTerms: null }] })), 'service.provider.duplicate').path).toBe(
      'providers[1]',
    );
  });

  it('R20 refuses to publish without a PLVN set with an indicator', () => {
    expect(one(publish(describe_({ serviceLevelTerms: null })), 'service.plvn.missing')).toMatchObject({ rule: 'R20', severity: 'error', path: 'serviceLevelTerms' });
    const empty = publish(describe_({ serviceLevelTerms: [...standardTerms(), { nameLv: 'Tukšs', indicators: [] }] }));
    expect(one(empty, 'service.plvn.emptySet')).toMatchObject({ rule: 'R20', severity: 'error', path: 'serviceLevelTerms[1].indicators' });
    const noTarget = standardTerms();
    noTarget[0].indicators[0].target = null;
    expect(one(publish(describe_({ serviceLevelTerms: noTarget })), 'service.plvn.indicatorTargetMissing').path).toBe('serviceLevelTerms[0].indicators[0].target');
    const badKind = standardTerms();
    badKind[0].indicators[0].kind = 'sla';
    expect(one(publish(describe_({ serviceLevelTerms: badKind })), 'service.plvn.indicatorKindUnknown').path).toBe('serviceLevelTerms[0].indicators[0].kind');
  });

  it('R21 allows several PLVN sets', () => {
    const sets: ServiceLevelTermsSet[] = [
      ...standardTerms(),
      { ...standardTerms()[0], nameLv: 'Personām ar invaliditāti', appliesToLv: 'Personām ar I un II grupas invaliditāti' },
      { ...standardTerms()[0], nameLv: 'Steidzami' },
    ];
    expect(publish(describe_({ serviceLevelTerms: sets }))).toEqual([]);
  });

  it('R21 refuses several PLVN sets with the same name or none', () => {
    const sets = [...standardTerms(), { ...standardTerms()[0], nameLv: ' standarta ' }, { ...standardTerms()[0], nameLv: '' }];
    const vs = publish(describe_({ serviceLevelTerms: sets }));
    expect(one(vs, 'service.plvn.setNameDuplicate')).toMatchObject({ rule: 'R21', severity: 'error', path: 'serviceLevelTerms[1].nameLv' });
    expect(one(vs, 'service.plvn.setNameMissing')).toMatchObject({ rule: 'R21', severity: 'error', path: 'serviceLevelTerms[2].nameLv' });
  });

  it('R24 refuses a service without a recipient type', () => {
    expect(one(publish(describe_({ recipientType: null })), 'service.recipientType.missing')).toMatchObject({ rule: 'R24', severity: 'error', path: 'recipientType' });
    expect(one(publish(describe_({ recipientType: 'citizen' as never })), 'service.recipientType.invalid').message.en).toContain('citizen');
  });

  it.each([
    ['publicGeneral', ['residents'], true],
    ['publicGeneral', ['society', 'residents'], false],
    ['publicIndividual', ['society'], true],
    ['publicIndividual', ['institutions'], true],
    ['publicIndividual', ['residents', 'businesses', 'institutions'], false],
    ['interInstitutionalShared', ['institutions', 'residents'], true],
    ['interInstitutionalIndividual', ['institutions'], false],
  ] as const)('R24 checks that a %s service has fitting target groups %j (mismatch: %s)', (recipientType, targetGroups, mismatch) => {
    const vs = byCode(publish(describe_({ recipientType, targetGroups: [...targetGroups] })), 'service.targetGroups.mismatch');
    expect(vs).toHaveLength(mismatch ? 1 : 0);
    if (mismatch) expect(vs[0]).toMatchObject({ rule: 'R24', severity: 'error', path: 'targetGroups' });
  });

  it('R24 warns when no target group is named', () => {
    const vs = publish(describe_({ targetGroups: [] }));
    expect(one(vs, 'service.targetGroups.missing')).toMatchObject({ rule: 'R24', severity: 'warning', path: 'targetGroups' });
    expect(errors(vs)).toEqual([]);
  });

  it('R25 refuses a simple service that meets more than one need', () => {
    const v = one(publish(describe_({ needIds: ['need-income', 'need-housing'] })), 'service.complexity.simpleNeeds');
    expect(v).toMatchObject({ rule: 'R25', severity: 'error', path: 'needIds' });
    expect(one(publish(describe_({ complexity: null })), 'service.complexity.missing')).toMatchObject({ rule: 'R25', severity: 'error', path: 'complexity' });
  });

  it('R25 warns when a complex or smart service meets fewer than two needs or needs of no common life situation', () => {
    expect(one(publish(describe_({ complexity: 'complex' })), 'service.complexity.fewNeeds')).toMatchObject({ rule: 'R25', severity: 'warning' });
    expect(publish(describe_({ complexity: 'smart', needIds: ['need-income', 'need-housing'] }))).toEqual([]);
    const apart = publish(describe_({ complexity: 'complex', needIds: ['need-income', 'need-job'] }));
    expect(one(apart, 'service.complexity.noCommonLifeSituation')).toMatchObject({ rule: 'R25', severity: 'warning', path: 'needIds' });
    expect(errors(apart)).toEqual([]);
  });

  it('R27 does not let a resource (an e-application) change the findings or the status', () => {
    const without = describe_({ resourceIds: [] });
    expect(publish(without)).toEqual(publish(baseDescription()));
    expect(deriveDigitalStatus(without, channelTypes())).toEqual(deriveDigitalStatus(baseDescription(), channelTypes()));
  });
});

describe('composition, dependencies and lifecycle', () => {
  it('refuses components on a simple service', () => {
    expect(one(publish(describe_({ componentIds: ['svc-a'] })), 'service.components.notAllowed')).toMatchObject({ rule: 'composition', severity: 'error', path: 'componentIds' });
    const complex = describe_({ complexity: 'complex', needIds: ['need-income', 'need-housing'], componentIds: ['svc-a', 'svc-b'] });
    expect(publish(complex)).toEqual([]);
  });

  it('refuses a service that bundles itself', () => {
    const d = describe_({ complexity: 'complex', needIds: ['need-income', 'need-housing'], componentIds: ['svc-a', SELF] });
    expect(one(publish(d), 'service.components.self')).toMatchObject({ rule: 'composition', severity: 'error', path: 'componentIds[1]' });
  });

  it('refuses a cycle through other services’ components and names its path', () => {
    const graph = new Map([
      ['svc-a', ['svc-b']],
      ['svc-b', ['svc-c']],
      ['svc-c', [SELF]],
      ['svc-x', ['svc-y']],
      ['svc-y', ['svc-x']], // someone else's cycle: not this service's problem
    ]);
    const d = describe_({ complexity: 'complex', needIds: ['need-income', 'need-housing'], componentIds: ['svc-x', 'svc-a'] });
    const v = one(publish(d, context({ componentGraph: graph })), 'service.components.cycle');
    expect(v).toMatchObject({ rule: 'composition', severity: 'error', path: 'componentIds[1]' });
    expect(v.message.en).toContain(`${SELF} → svc-a → svc-b → svc-c → ${SELF}`);
    // The draft's own edges replace the stored ones for this service.
    const stale = new Map([
      [SELF, ['svc-z']],
      ['svc-z', [SELF]],
    ]);
    expect(publish(describe_({ complexity: 'complex', needIds: ['need-income', 'need-housing'], componentIds: ['svc-a'] }), context({ componentGraph: stale }))).toEqual([]);
  });

  it('refuses a dependency on a service that is not inter-institutional', () => {
    const ctx = context({
      dependencyRecipientTypes: new Map([
        ['svc-shared', 'interInstitutionalShared'],
        ['svc-public', 'publicIndividual'],
        ['svc-untyped', null],
      ]),
    });
    const vs = publish(describe_({ dependsOnIds: ['svc-shared', 'svc-public', 'svc-untyped', SELF] }), ctx);
    expect(one(vs, 'service.dependencies.notInterInstitutional')).toMatchObject({ rule: 'dependencies', severity: 'error', path: 'dependsOnIds[1]' });
    expect(one(vs, 'service.dependencies.unknown').path).toBe('dependsOnIds[2]');
    expect(one(vs, 'service.dependencies.self').path).toBe('dependsOnIds[3]');
  });

  it('requires a lifecycle stage and refuses to publish a terminated service', () => {
    expect(one(publish(describe_({ lifecycleStage: null })), 'service.lifecycle.missing')).toMatchObject({ rule: 'lifecycle', severity: 'error', path: 'lifecycleStage' });
    expect(one(publish(describe_({ lifecycleStage: 'terminated' })), 'service.lifecycle.terminated').severity).toBe('error');
  });
});

describe('modes, ordering, templates', () => {
  it('reports hard rules as warnings on a draft and as errors on publish; soft rules stay warnings', () => {
    const d = describe_({ needIds: [], nameLv: 'Pabalsta piešķiršana' });
    const draft = checkServiceRules(d, baseContext(), 'draft');
    expect(draft.every((v) => v.severity === 'warning')).toBe(true);
    expect(draft.map((v) => v.code).sort()).toEqual(['service.name.wordCount', 'service.needs.missing']);
    const pub = publish(d);
    expect(one(pub, 'service.needs.missing').severity).toBe('error');
    expect(one(pub, 'service.name.wordCount').severity).toBe('warning');
  });

  it('sorts errors first, then by rule id, and never throws on an empty draft', () => {
    const empty: ServiceDescription = {
      ...Object.fromEntries(Object.keys(baseDescription()).map((k) => [k, null])),
      needIds: [],
      channelPoints: [],
      providers: [],
      resourceIds: [],
      componentIds: [],
      dependsOnIds: [],
      replacesIds: [],
      mergesIds: [],
    } as unknown as ServiceDescription;
    const ctx = context({ serviceManagerCount: 0 });
    const vs = publish(empty, ctx);
    const firstWarning = vs.findIndex((v) => v.severity === 'warning');
    expect(vs.slice(0, firstWarning === -1 ? vs.length : firstWarning).every((v) => v.severity === 'error')).toBe(true);
    const errorRules = errors(vs).map((v) => v.rule);
    expect(errorRules).toEqual(['R01', 'R02', 'R05', 'R07', 'R13', 'R20', 'R24', 'R25', 'lifecycle']);
    expect(checkServiceRules(empty, ctx, 'draft').every((v) => v.severity === 'warning')).toBe(true);
  });

  it('checks a unified-service template with the same rules', () => {
    const ctx = baseContext();
    ctx.service.isTemplate = true;
    expect(publish(baseDescription(), ctx)).toEqual([]);
    expect(one(publish(baseDescription(), { ...ctx, serviceManagerCount: 0 }), 'service.manager.missing').severity).toBe('error');
  });
});

// ---------------------------------------------------------------------------
// R27 digital status
// ---------------------------------------------------------------------------

describe('deriveDigitalStatus (R27)', () => {
  const status = (request: string[], receipt: string[], processingMode: ServiceDescription['processingMode']) =>
    deriveDigitalStatus({ channelPoints: uses(request, receipt), processingMode }, channelTypes());

  it('R27 an e-app-like specialised system only for the request with receipt by post is not an e-service', () => {
    expect(status(['cp-system'], ['cp-post'], 'electronic')).toEqual({
      status: 'none',
      byPhase: { request: 'electronic', processing: 'electronic', receipt: 'physical' },
    });
  });

  it('R27 portal request and e-address receipt with a physical centre as well is an e-service', () => {
    expect(status(['cp-portal', 'cp-centre'], ['cp-eaddress', 'cp-centre'], 'mixed')).toEqual({
      status: 'eService',
      byPhase: { request: 'mixed', processing: 'mixed', receipt: 'mixed' },
    });
  });

  it('R27 only electronic request, processing and receipt is a d-service', () => {
    expect(status(['cp-portal'], ['cp-eaddress', 'cp-email'], 'electronic').status).toBe('dService');
    // Electronic channels but physical processing: an e-service, not a d-service.
    expect(status(['cp-portal'], ['cp-eaddress'], 'physical').status).toBe('eService');
  });

  it('R27 a phone-only service is neither', () => {
    expect(status(['cp-phone'], ['cp-phone'], 'electronic')).toEqual({
      status: 'none',
      byPhase: { request: 'physical', processing: 'electronic', receipt: 'physical' },
    });
  });

  it('R27 a service without channels is none; unknown channel points are ignored', () => {
    expect(status([], [], null)).toEqual({ status: 'none', byPhase: { request: 'none', processing: 'none', receipt: 'none' } });
    expect(status(['cp-portal', 'cp-gone'], ['cp-eaddress'], 'electronic').status).toBe('dService');
  });

  it('R27 the status depends only on channels and processing (property)', () => {
    const channelIds = Object.keys(CHANNEL_TYPES);
    const arbUses = fc.array(fc.record({ channelPointId: fc.constantFrom(...channelIds), phase: fc.constantFrom(...CHANNEL_PHASES) }), { maxLength: 8 });
    const arbMode = fc.constantFrom(null, ...PROCESSING_MODES);
    fc.assert(
      fc.property(arbUses, arbMode, fc.array(fc.string(), { maxLength: 4 }), (channelPoints, processingMode, resourceIds) => {
        const d = { ...baseDescription(), channelPoints, processingMode, resourceIds };
        const r = deriveDigitalStatus(d, channelTypes());
        // Resources never matter.
        const withoutResources: ServiceDescription = { ...d, resourceIds: [] };
        expect(deriveDigitalStatus(withoutResources, channelTypes())).toEqual(r);
        // The definitions of policy-v1 B9.
        const digital = (phase: string) => channelPoints.filter((c) => c.phase === phase).map((c) => CHANNEL_TYPES[c.channelPointId].digital);
        const onlyElectronic = (phase: string) => digital(phase).length > 0 && digital(phase).every(Boolean);
        const someElectronic = (phase: string) => digital(phase).some(Boolean);
        const isD = onlyElectronic('request') && onlyElectronic('receipt') && processingMode === 'electronic';
        expect(r.status === 'dService').toBe(isD);
        expect(r.status === 'eService').toBe(!isD && someElectronic('request') && someElectronic('receipt'));
        // Order of the channel list does not matter.
        expect(deriveDigitalStatus({ ...d, channelPoints: [...channelPoints].reverse() }, channelTypes())).toEqual(r);
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Properties of checkServiceRules
// ---------------------------------------------------------------------------

describe('checkServiceRules properties', () => {
  it('a valid base never gets errors when only descriptive fields change', () => {
    const text = fc.option(fc.string({ maxLength: 40 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          nameEn: text,
          descriptionEn: text,
          resultLv: text,
          resultEn: text,
          keywords: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }), { nil: null }),
          fee: fc.option(fc.record({ free: fc.boolean(), amountEur: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }) }), { nil: null }),
          contacts: fc.option(fc.record({ phone: text, email: text }), { nil: null }),
          legalBasis: fc.option(fc.array(fc.record({ act: fc.string({ maxLength: 20 }) }), { maxLength: 3 }), { nil: null }),
          resourceIds: fc.array(fc.uuid(), { maxLength: 3 }),
          processingMode: fc.constantFrom(null, ...PROCESSING_MODES),
          channelPoints: fc.array(fc.record({ channelPointId: fc.constantFrom(...Object.keys(CHANNEL_TYPES)), phase: fc.constantFrom(...CHANNEL_PHASES) }), { maxLength: 5 }),
        }),
        (patch) => {
          expect(errors(publish(describe_(patch)))).toEqual([]);
        },
      ),
    );
  });

  it('never throws and never reports an error on a draft, whatever the content', () => {
    const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    // Braces removed so that a left-over `{param}` in a message can only be ours.
    const str = (maxLength: number) => fc.string({ maxLength }).map((s) => s.replace(/[{}]/g, ''));
    const ids = fc.array(fc.constantFrom('need-income', 'need-housing', 'need-job', 'svc-a', SELF, 'x'), { maxLength: 4 });
    const indicator = fc.record({
      kind: fc.constantFrom('processingTime', 'supportHours', 'supportChannels', 'availability', 'other', 'bogus'),
      nameLv: str(8),
      target: nullable(fc.integer({ min: -5, max: 50 })),
      unit: nullable(fc.constantFrom('h', 'dienas', 'H')),
      values: fc.option(fc.array(fc.constantFrom('phone', 'email', 'video'), { maxLength: 3 }), { nil: undefined }),
    });
    const sets = nullable(fc.array(fc.record({ nameLv: str(6), indicators: fc.array(indicator, { maxLength: 3 }) }), { maxLength: 3 }));
    const arbDescription = fc.record({
      nameLv: nullable(str(60)),
      nameParts: nullable(fc.record({ object: str(10), action: str(10), info: nullable(str(10)) })),
      descriptionLv: nullable(str(60)),
      recipientType: nullable(fc.constantFrom(...RECIPIENT_TYPES)),
      targetGroups: nullable(fc.subarray([...TARGET_GROUPS])),
      complexity: nullable(fc.constantFrom(...COMPLEXITIES)),
      lifecycleStage: nullable(fc.constantFrom(...LIFECYCLE_STAGES)),
      activityDirectionId: nullable(fc.constantFrom('dir-social', 'dir-other')),
      serviceLevelTerms: sets,
      needIds: ids,
      componentIds: ids,
      dependsOnIds: ids,
      providers: fc.array(fc.record({ institutionId: fc.constantFrom(OWNER, PROVIDER, 'inst-other'), serviceLevelTerms: sets }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbDescription, fc.integer({ min: 0, max: 3 }), (patch, managers) => {
        const d = describe_(patch as Partial<ServiceDescription>);
        const ctx = context({ serviceManagerCount: managers, componentGraph: new Map([['svc-a', [SELF]], ['x', ['x']]]) });
        const draft = checkServiceRules(d, ctx, 'draft');
        expect(draft.every((v) => v.severity === 'warning')).toBe(true);
        const pub = checkServiceRules(d, ctx, 'publish');
        // The same findings in both modes, only the severity differs.
        expect(pub.map((v) => v.code).sort()).toEqual(draft.map((v) => v.code).sort());
        for (const v of pub) {
          expect(v.message.lv).not.toMatch(/^services\.rules\./);
          expect(v.message.en).not.toMatch(/^services\.rules\./);
          expect(v.message.lv).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// Unified services and diffs
// ---------------------------------------------------------------------------

describe('resolveEffectiveDescription', () => {
  it('takes everything from the template except the overridable fields the instance sets', () => {
    const template = baseDescription();
    const instance: ServiceDescription = {
      ...describe_({
        nameLv: 'Cits nosaukums, ko instance nedrīkst mainīt',
        needIds: ['need-job'],
        channelPoints: [{ channelPointId: 'cp-centre', phase: 'request' }],
        contacts: { phone: '+371 60000000' },
        activityDirectionId: 'dir-local',
        providers: [],
        serviceLevelTerms: null,
        fee: null,
        lifecycleStage: 'plan',
      }),
    };
    const eff = resolveEffectiveDescription(template, instance);
    expect(eff.nameLv).toBe(template.nameLv);
    expect(eff.needIds).toEqual(template.needIds);
    expect(eff.channelPoints).toEqual(instance.channelPoints);
    expect(eff.contacts).toEqual(instance.contacts);
    expect(eff.activityDirectionId).toBe('dir-local');
    expect(eff.lifecycleStage).toBe('plan');
    // null or an empty list means "inherit".
    expect(eff.providers).toEqual(template.providers);
    expect(eff.serviceLevelTerms).toEqual(template.serviceLevelTerms);
    expect(eff.fee).toEqual(template.fee);
    expect(Object.keys(eff).sort()).toEqual(Object.keys(template).sort());
  });

  it('returns the instance itself without a template', () => {
    const instance = baseDescription();
    expect(resolveEffectiveDescription(null, instance)).toBe(instance);
  });
});

describe('diffDescriptions', () => {
  it('reports nothing between equal descriptions, and ignores the order of set-like lists', () => {
    const a = describe_({ needIds: ['n1', 'n2'], targetGroups: ['residents', 'businesses'] });
    const b = describe_({ needIds: ['n2', 'n1'], targetGroups: ['businesses', 'residents'], channelPoints: [...a.channelPoints].reverse() });
    expect(diffDescriptions(a, a)).toEqual([]);
    expect(diffDescriptions(a, b)).toEqual([]);
    // An optional JSON key left out equals null.
    expect(diffDescriptions(describe_({ fee: { free: true, amountEur: null } }), describe_({ fee: { free: true } }))).toEqual([]);
  });

  it('reports no change "empty → empty": null, undefined, a blank string, [] and an object of empty parts are one empty', () => {
    const terms = standardTerms();
    const withValues = standardTerms();
    (terms[0].indicators[0] as { values?: string[] | null }).values = null;
    (withValues[0].indicators[0] as { values?: string[] | null }).values = [];
    const a = describe_({
      nameEn: null,
      resultLv: '',
      legalBasis: null,
      prerequisites: [],
      requiredDocuments: null,
      contacts: null,
      keywords: null,
      serviceLevelTerms: terms,
      providers: [{ institutionId: 'p1', serviceLevelTerms: null }],
    });
    const b = describe_({
      nameEn: '',
      resultLv: null,
      legalBasis: [],
      prerequisites: null,
      requiredDocuments: [],
      contacts: { phone: null, email: '', url: null },
      keywords: [],
      serviceLevelTerms: withValues,
      providers: [{ institutionId: 'p1', serviceLevelTerms: [] }],
    });
    expect(diffDescriptions(a, b)).toEqual([]);
    expect(diffDescriptions(b, a)).toEqual([]);
    // A real change next to an empty one is reported with the empty side as null.
    const c = describe_({ ...b, nameEn: 'Social benefit', legalBasis: [{ act: 'Likums' }] });
    expect(diffDescriptions(a, c)).toEqual([
      { path: 'nameEn', before: null, after: 'Social benefit' },
      { path: 'legalBasis', before: null, after: [{ act: 'Likums' }] },
    ]);
  });

  it('reports scalar fields, sets and deep JSON paths in field order', () => {
    const a = baseDescription();
    const terms = standardTerms();
    terms[0].indicators[1].target = 50;
    terms.push({ nameLv: 'Steidzami', indicators: [] });
    const b = describe_({
      nameLv: 'Sociālā pabalsta izmaksa iedzīvotājiem',
      serviceLevelTerms: terms,
      needIds: ['need-income', 'need-housing'],
      channelPoints: [...a.channelPoints, { channelPointId: 'cp-post', phase: 'receipt' }],
      fee: { free: false, amountEur: 5 },
    });
    expect(diffDescriptions(a, b)).toEqual([
      { path: 'nameLv', before: a.nameLv, after: b.nameLv },
      { path: 'serviceLevelTerms[0].indicators[1].target', before: 40, after: 50 },
      { path: 'serviceLevelTerms[1]', before: null, after: terms[1] },
      { path: 'fee.free', before: true, after: false },
      { path: 'fee.amountEur', before: null, after: 5 },
      { path: 'needIds', before: a.needIds, after: b.needIds },
      { path: 'channelPoints', before: a.channelPoints, after: b.channelPoints },
    ]);
  });

  it('reports providers by institution: added, removed and a changed own PLVN', () => {
    const terms = standardTerms();
    const a = describe_({ providers: [{ institutionId: 'p1', serviceLevelTerms: null }, { institutionId: 'p2', serviceLevelTerms: terms }] });
    const changed = standardTerms();
    changed[0].indicators[0].target = 7;
    const b = describe_({ providers: [{ institutionId: 'p2', serviceLevelTerms: changed }, { institutionId: 'p3', serviceLevelTerms: null }] });
    expect(diffDescriptions(a, b)).toEqual([
      { path: 'providers[0]', before: a.providers[0], after: null },
      { path: 'providers[0].serviceLevelTerms[0].indicators[0].target', before: 10, after: 7 },
      { path: 'providers[1]', before: null, after: b.providers[1] },
    ]);
  });

  it('reports a JSON field that appears or disappears whole', () => {
    const a = describe_({ nameParts: null, contacts: { phone: '1' } });
    const b = describe_({ nameParts: { object: 'Sociālā pabalsta', action: 'piešķiršana', info: 'iedzīvotājiem' }, contacts: null });
    expect(diffDescriptions(a, b)).toEqual([
      { path: 'nameParts', before: null, after: b.nameParts },
      { path: 'contacts', before: a.contacts, after: null },
    ]);
  });

  it('is empty exactly when the descriptions are equal (property)', () => {
    fc.assert(
      fc.property(fc.subarray(['n1', 'n2', 'n3']), fc.subarray(['n1', 'n2', 'n3']), fc.integer({ min: 1, max: 30 }), (needsA, needsB, days) => {
        const terms = standardTerms();
        terms[0].indicators[0].target = days;
        const a = describe_({ needIds: needsA });
        const b = describe_({ needIds: [...needsB].reverse(), serviceLevelTerms: terms });
        const diff = diffDescriptions(a, b);
        const sameNeeds = needsA.length === needsB.length && needsA.every((n) => needsB.includes(n));
        expect(diff.length === 0).toBe(sameNeeds && days === 10);
        expect(diffDescriptions(b, a).map((c) => c.path)).toEqual(diff.map((c) => c.path));
      }),
    );
  });
});
