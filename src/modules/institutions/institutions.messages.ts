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
