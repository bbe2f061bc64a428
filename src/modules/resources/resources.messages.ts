import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'resources.virtual.readOnly': 'Lauku “virtual” nevar iestatīt ar roku: resurss vai spēja ir virtuāla tad, ja norādīts piegādātāja pakalpojums (supplierServiceId) (R42).',
    'resources.supplierService.unknown': 'Piegādātāja pakalpojums ar identifikatoru {id} neeksistē.',
    'resources.institution.unknown': 'Norādītā iestāde neeksistē.',
    'resources.code.duplicate': 'Resurss ar kodu “{code}” jau pastāv.',
    'resources.r15.missing': 'Iestādei ir resursi, bet nav iecelts Resursu kopuma vadītājs (R15).',
    'resources.r15.multiple': 'Iestādei ir {count} Resursu kopuma vadītāji; jābūt tieši vienam (R15).',
    'resources.r16.missing': 'Resursam “{code}” nav iecelts Resursa vadītājs (R16).',
    'resources.r16.multiple': 'Resursam “{code}” ir {count} Resursa vadītāji; jābūt tieši vienam (R16).',
  },
  en: {
    'resources.virtual.readOnly': 'The field “virtual” cannot be set by hand: a resource or capability is virtual when a supplier service (supplierServiceId) is named (R42).',
    'resources.supplierService.unknown': 'There is no supplier service with id {id}.',
    'resources.institution.unknown': 'The institution does not exist.',
    'resources.code.duplicate': 'A resource with code “{code}” already exists.',
    'resources.r15.missing': 'The institution holds resources but has no resource-portfolio manager (R15).',
    'resources.r15.multiple': 'The institution has {count} resource-portfolio managers; there must be exactly one (R15).',
    'resources.r16.missing': 'Resource “{code}” has no resource manager (R16).',
    'resources.r16.multiple': 'Resource “{code}” has {count} resource managers; there must be exactly one (R16).',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.resource.create': 'iestādes resursu kopuma vadītājs (R15) vai sistēmas administrators',
    'forbidden.resource.update': 'resursa vadītājs, iestādes resursu kopuma vadītājs vai sistēmas administrators',
    'forbidden.resource.move': 'abu iestāžu resursu kopuma vadītājs vai sistēmas administrators',
    'forbidden.capability.create': 'iestādes resursu kopuma vadītājs (R15) vai sistēmas administrators',
    'forbidden.capability.update': 'iestādes resursu kopuma vadītājs (R15) vai sistēmas administrators',
  },
  en: {
    'forbidden.resource.create': 'the institution’s resource-portfolio manager (R15) or a system administrator',
    'forbidden.resource.update': 'the resource manager, the institution’s resource-portfolio manager or a system administrator',
    'forbidden.resource.move': 'the resource-portfolio manager of both institutions or a system administrator',
    'forbidden.capability.create': 'the institution’s resource-portfolio manager (R15) or a system administrator',
    'forbidden.capability.update': 'the institution’s resource-portfolio manager (R15) or a system administrator',
  },
});
