import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'channelPoints.channelType.unknown': 'Kanāla veids “{type}” nav aktīvajā politikas versijā. Atļautie veidi: {allowed}.',
    'channelPoints.address.requiredForType': 'Kanāla veidam “{type}” jānorāda adrese.',
    'channelPoints.url.requiredForType': 'Kanāla veidam “{type}” jānorāda tīmekļa adrese (https).',
    'channelPoints.phone.requiredForType': 'Kanāla veidam “{type}” jānorāda tālruņa numurs.',
    'channelPoints.email.requiredForType': 'Kanāla veidam “{type}” jānorāda e-pasta adrese.',
    'channelPoints.url.https': 'Tīmekļa adresei jāsākas ar https://.',
    'channelPoints.openingHours.weekday': 'Nederīga nedēļas diena “{day}”: izmantojiet 1 (pirmdiena) līdz 7 (svētdiena).',
    'channelPoints.openingHours.format': 'Nederīgs laika intervāls “{value}”: izmantojiet formātu SS:MM-SS:MM, piemēram, 08:30-17:00.',
    'channelPoints.openingHours.order': 'Laika intervāla “{value}” sākumam jābūt pirms beigām.',
    'channelPoints.openingHours.overlap': 'Laika intervāls “{value}” pārklājas ar “{other}”.',
    'channelPoints.institution.unknown': 'Norādītā iestāde neeksistē.',
    'channelPoints.code.duplicate': 'Apkalpošanas vieta ar kodu “{code}” jau pastāv.',
  },
  en: {
    'channelPoints.channelType.unknown': 'Channel type “{type}” is not in the active policy version. Allowed types: {allowed}.',
    'channelPoints.address.requiredForType': 'A channel point of type “{type}” needs an address.',
    'channelPoints.url.requiredForType': 'A channel point of type “{type}” needs a web address (https).',
    'channelPoints.phone.requiredForType': 'A channel point of type “{type}” needs a phone number.',
    'channelPoints.email.requiredForType': 'A channel point of type “{type}” needs an e-mail address.',
    'channelPoints.url.https': 'The web address must start with https://.',
    'channelPoints.openingHours.weekday': 'Invalid weekday “{day}”: use 1 (Monday) to 7 (Sunday).',
    'channelPoints.openingHours.format': 'Invalid time interval “{value}”: use HH:MM-HH:MM, e.g. 08:30-17:00.',
    'channelPoints.openingHours.order': 'The interval “{value}” must start before it ends.',
    'channelPoints.openingHours.overlap': 'The interval “{value}” overlaps “{other}”.',
    'channelPoints.institution.unknown': 'The institution does not exist.',
    'channelPoints.code.duplicate': 'A channel point with code “{code}” already exists.',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.channelPoint.create': 'iestādes pakalpojumu kopuma vadītājs, valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.channelPoint.update': 'iestādes pakalpojumu kopuma vadītājs (pārvietojot — abu iestāžu), valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.channelPoint.deactivate': 'iestādes pakalpojumu kopuma vadītājs, valsts vadošā iestāde vai sistēmas administrators',
  },
  en: {
    'forbidden.channelPoint.create': 'the institution’s portfolio manager, the state lead or a system administrator',
    'forbidden.channelPoint.update': 'the institution’s portfolio manager (when moving it, of both institutions), the state lead or a system administrator',
    'forbidden.channelPoint.deactivate': 'the institution’s portfolio manager, the state lead or a system administrator',
  },
});
