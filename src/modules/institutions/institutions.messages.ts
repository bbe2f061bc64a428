import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'institutions.parent.cycle': 'Iestāde nevar būt pakļauta pati sev vai savai padotajai iestādei.',
    'institutions.parent.kind': 'Iestāde ar veidu “{kind}” nevar būt pakļauta iestādei ar veidu “{parentKind}”.',
    'institutions.activityDirection.duplicate': 'Pamatdarbības virziena kods atkārtojas: {code}.',
    'institutions.activityDirection.inUse': 'Pamatdarbības virzienu nevar izņemt, jo to izmanto pakalpojumi: {codes}.',
  },
  en: {
    'institutions.parent.cycle': 'An institution cannot be subordinate to itself or to one of its own subordinates.',
    'institutions.parent.kind': 'An institution of kind “{kind}” cannot be subordinate to one of kind “{parentKind}”.',
    'institutions.activityDirection.duplicate': 'Duplicate core activity direction code: {code}.',
    'institutions.activityDirection.inUse': 'These core activity directions cannot be removed because services use them: {codes}.',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.institution.create': 'sistēmas administrators vai valsts vadošā iestāde',
    'forbidden.institution.update': 'iestādes pakalpojumu kopuma vadītājs (nosaukumus, kontaktus un darbības virzienus), sistēmas administrators vai valsts vadošā iestāde (arī kodu, grupu, veidu un augstāko iestādi)',
  },
  en: {
    'forbidden.institution.create': 'a system administrator or the state lead',
    'forbidden.institution.update': 'the institution’s portfolio manager (names, contacts and activity directions), a system administrator or the state lead (also code, group, kind and parent)',
  },
});
