import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'dependencies.impact.oneTarget': 'Norādiet tieši vienu no laukiem resourceId un serviceId.',
    'dependencies.csv.code': 'Pakalpojuma kods',
    'dependencies.csv.nameLv': 'Nosaukums latviski',
    'dependencies.csv.nameEn': 'Nosaukums angliski',
    'dependencies.csv.status': 'Statuss',
    'dependencies.csv.depth': 'Attālums',
    'dependencies.csv.via': 'Saites veids',
    'dependencies.csv.path': 'Atkarības ķēde',
    'dependencies.csv.ownerCode': 'Īpašnieces iestādes kods',
    'dependencies.csv.ownerName': 'Īpašniece iestāde',
    'dependencies.csv.managerName': 'Pakalpojuma vadītājs',
    'dependencies.csv.managerEmail': 'Pakalpojuma vadītāja e-pasts',
  },
  en: {
    'dependencies.impact.oneTarget': 'Give exactly one of resourceId and serviceId.',
    'dependencies.csv.code': 'Service code',
    'dependencies.csv.nameLv': 'Name in Latvian',
    'dependencies.csv.nameEn': 'Name in English',
    'dependencies.csv.status': 'Status',
    'dependencies.csv.depth': 'Depth',
    'dependencies.csv.via': 'Link kind',
    'dependencies.csv.path': 'Dependency chain',
    'dependencies.csv.ownerCode': 'Owner institution code',
    'dependencies.csv.ownerName': 'Owner institution',
    'dependencies.csv.managerName': 'Service manager',
    'dependencies.csv.managerEmail': 'Service manager e-mail',
  },
});
