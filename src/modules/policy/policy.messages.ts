import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'policy.code.duplicate': 'Kods sadaļā “{section}” atkārtojas: {code}.',
    'policy.reference.unknown': 'Nezināma atsauce uz sadaļu “{section}”: {code}.',
    'policy.task.groupPrefix': 'Uzdevuma kodam {code} jāsākas ar grupas kodu {group}.',
    'policy.criterion.prefix': 'Kritērija kodam {code} jāsākas ar {parent}.',
    'policy.criterion.leaf': 'Kritērijs {code} ir gala kritērijs tikai tad, ja tam nav apakškritēriju.',
    'policy.matrix.notColumn': 'Loma {code} nav atbildības matricas kolonna.',
    'policy.channel.digitalPhysical': 'Fiziskās vides kanāla veids {code} nevar būt elektronisks.',
    'policy.id.mismatch': 'Dokumenta identifikatoram jāsakrīt ar versiju adresē ({id}).',
    'policy.id.duplicate': 'Politikas versija {id} jau pastāv.',
    'policy.file.invalid': 'Politikas datu fails {file} nav derīgs: {issues}',
  },
  en: {
    'policy.code.duplicate': 'Duplicate code in section “{section}”: {code}.',
    'policy.reference.unknown': 'Unknown reference to section “{section}”: {code}.',
    'policy.task.groupPrefix': 'Task code {code} must start with its group code {group}.',
    'policy.criterion.prefix': 'Criterion code {code} must start with {parent}.',
    'policy.criterion.leaf': 'Criterion {code} is a leaf exactly when it has no sub-criteria.',
    'policy.matrix.notColumn': 'Role {code} is not a column of the responsibility matrix.',
    'policy.channel.digitalPhysical': 'Channel type {code} is in a physical environment, so it cannot count as electronic.',
    'policy.id.mismatch': 'The document id must match the version in the address ({id}).',
    'policy.id.duplicate': 'Policy version {id} already exists.',
    'policy.file.invalid': 'Policy data file {file} is not valid: {issues}',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.policyVersion.create': 'pakalpojumu pārvaldības valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.policyVersion.update': 'pakalpojumu pārvaldības valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.policyVersion.activate': 'tikai pakalpojumu pārvaldības valsts vadošā iestāde (PU1-1)',
  },
  en: {
    'forbidden.policyVersion.create': 'the state lead of service management or a system administrator',
    'forbidden.policyVersion.update': 'the state lead of service management or a system administrator',
    'forbidden.policyVersion.activate': 'only the state lead of service management (PU1-1)',
  },
});
