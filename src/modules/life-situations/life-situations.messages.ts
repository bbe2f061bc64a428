import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'lifeSituations.needs.missing': 'Dzīves situācijai jābūt saistītai ar vismaz vienu vajadzību (R40). Norādiet esošas vajadzības vai izveidojiet jaunas.',
    'lifeSituations.needs.lastNeed': 'Vajadzību nevar atsaistīt no dzīves situācijas “{code}”, jo tā ir tās vienīgā vajadzība (R40).',
    'lifeSituations.code.duplicate': 'Dzīves situācija ar kodu “{code}” jau pastāv.',
    'needs.code.duplicate': 'Vajadzība ar kodu “{code}” jau pastāv.',
    'lifeSituations.need.unknown': 'Vajadzība ar identifikatoru {id} neeksistē.',
    'lifeSituations.lifeSituation.unknown': 'Dzīves situācija ar identifikatoru {id} neeksistē.',
    'lifeSituations.owner.unknown': 'Norādītā īpašniekiestāde neeksistē.',
  },
  en: {
    'lifeSituations.needs.missing': 'A life situation must be tied to at least one need (R40). Name existing needs or create new ones.',
    'lifeSituations.needs.lastNeed': 'The need cannot be removed from life situation “{code}” because it is its only need (R40).',
    'lifeSituations.code.duplicate': 'A life situation with code “{code}” already exists.',
    'needs.code.duplicate': 'A need with code “{code}” already exists.',
    'lifeSituations.need.unknown': 'There is no need with id {id}.',
    'lifeSituations.lifeSituation.unknown': 'There is no life situation with id {id}.',
    'lifeSituations.owner.unknown': 'The owner institution does not exist.',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.lifeSituation.create': 'jebkuras iestādes pakalpojumu kopuma vadītājs, nozares, pašvaldības vai valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.need.create': 'jebkuras iestādes pakalpojumu kopuma vadītājs, nozares, pašvaldības vai valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.lifeSituation.update': 'īpašnieces iestādes pakalpojumu kopuma vadītājs, valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.need.update': 'īpašnieces iestādes pakalpojumu kopuma vadītājs, valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.lifeSituation.changeOwner': 'valsts vadošā iestāde vai sistēmas administrators',
    'forbidden.need.changeOwner': 'valsts vadošā iestāde vai sistēmas administrators',
  },
  en: {
    'forbidden.lifeSituation.create': 'any institution’s portfolio manager, a sector, municipal or state lead, or a system administrator',
    'forbidden.need.create': 'any institution’s portfolio manager, a sector, municipal or state lead, or a system administrator',
    'forbidden.lifeSituation.update': 'the owning institution’s portfolio manager, the state lead or a system administrator',
    'forbidden.need.update': 'the owning institution’s portfolio manager, the state lead or a system administrator',
    'forbidden.lifeSituation.changeOwner': 'the state lead or a system administrator',
    'forbidden.need.changeOwner': 'the state lead or a system administrator',
  },
});
