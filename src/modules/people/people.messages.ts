import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'people.email.duplicate': 'Šāda e-pasta adrese jau ir reģistrēta citai personai: {email}.',
    'people.active.rolesHeld': 'Personu nevar deaktivizēt, kamēr tā pilda lomas ({count}). Vispirms izbeidziet vai nododiet tās citai personai.',
    'people.institution.rolesHeld': 'Personu nevar pārcelt uz citu iestādi, kamēr tā pilda šīs iestādes lomas ({count}). Vispirms izbeidziet vai nododiet tās.',
    'people.account.exists': 'Šai personai jau ir pieteikšanās konts.',
    'people.account.loginTaken': 'Lietotājvārds jau ir aizņemts: {login}.',
    'people.account.inactive': 'Deaktivizētai personai nevar izveidot pieteikšanās kontu.',
  },
  en: {
    'people.email.duplicate': 'This e-mail address is already registered for another person: {email}.',
    'people.active.rolesHeld': 'The person cannot be deactivated while they perform roles ({count}). End them or hand them over first.',
    'people.institution.rolesHeld': 'The person cannot move to another institution while they perform roles of this one ({count}). End them or hand them over first.',
    'people.account.exists': 'This person already has a sign-in account.',
    'people.account.loginTaken': 'This login is already taken: {login}.',
    'people.account.inactive': 'A deactivated person cannot get a sign-in account.',
  },
});
