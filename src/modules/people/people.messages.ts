import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'people.email.duplicate': 'Šāda e-pasta adrese jau ir reģistrēta citai personai: {email}.',
    'people.active.rolesHeld': 'Personu nevar deaktivizēt, kamēr tā pilda lomas ({count}). Vispirms izbeidziet vai nododiet tās citai personai.',
    'people.institution.rolesHeld': 'Personu nevar pārcelt uz citu iestādi, kamēr tā pilda šīs iestādes lomas ({count}). Vispirms izbeidziet vai nododiet tās.',
    'people.account.exists': 'Šai personai jau ir pieteikšanās konts.',
    'people.account.loginTaken': 'Lietotājvārds jau ir aizņemts: {login}.',
    'people.account.inactive': 'Deaktivizētai personai nevar izveidot pieteikšanās kontu.',
    'people.active.lastSystemAdmin':
      'Šī ir vienīgā aktīvā sistēmas administratora persona, un to nevar deaktivizēt: tad neviens vairs nevarētu izveidot kontus. Vispirms piešķiriet sistēmas administratora tiesības vēl kādai personai.',
    'people.forbidden.systemAdmin': 'Sistēmas administratora datus var labot un sistēmas administratoru deaktivizēt tikai sistēmas administrators (darbības kods: {action}).',
    'people.forbidden.allInstitutions':
      'Šī persona pilda valsts mēroga lomu, tāpēc to var labot vai deaktivizēt tikai sistēmas administrators vai pakalpojumu pārvaldības valsts vadošās iestādes atbildīgā persona (darbības kods: {action}).',
    'people.forbidden.institutions':
      'Šo personu var labot vai deaktivizēt tikai sistēmas administrators, valsts vadošās iestādes atbildīgā persona vai tas, kurš kā pakalpojumu kopuma vai resursu kopuma vadītājs pārzina visas šīs iestādes: {institutions} (darbības kods: {action}).',
  },
  en: {
    'people.email.duplicate': 'This e-mail address is already registered for another person: {email}.',
    'people.active.rolesHeld': 'The person cannot be deactivated while they perform roles ({count}). End them or hand them over first.',
    'people.institution.rolesHeld': 'The person cannot move to another institution while they perform roles of this one ({count}). End them or hand them over first.',
    'people.account.exists': 'This person already has a sign-in account.',
    'people.account.loginTaken': 'This login is already taken: {login}.',
    'people.account.inactive': 'A deactivated person cannot get a sign-in account.',
    'people.active.lastSystemAdmin':
      'This is the only active system administrator and cannot be deactivated: nobody could create accounts any more. Give another person system administrator rights first.',
    'people.forbidden.systemAdmin': 'Only a system administrator may edit or deactivate a system administrator (action code: {action}).',
    'people.forbidden.allInstitutions':
      'This person performs a state-wide role, so only a system administrator or the state lead’s responsible person may edit or deactivate them (action code: {action}).',
    'people.forbidden.institutions':
      'Only a system administrator, the state lead’s responsible person, or someone who keeps the people of all of these institutions as their portfolio or resource-portfolio manager may edit or deactivate this person: {institutions} (action code: {action}).',
  },
});
