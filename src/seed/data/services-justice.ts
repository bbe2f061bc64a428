/**
 * Demo services of registers and the justice system: the Register of
 * Enterprises, the Court Administration, the State Land Service, a district
 * court, a sworn notary and a sworn bailiff (the judiciary group).
 */
import { B, RB, svc, type Law, type ServiceSpec } from './service-spec.js';

const URL_: Law = ['Likums „Par Latvijas Republikas Uzņēmumu reģistru”', '4. pants'];
const CPL = (article: string): Law => ['Civilprocesa likums', article];
const NOT = (article: string): Law => ['Notariāta likums', article];
const KAD = (article: string): Law => ['Nekustamā īpašuma valsts kadastra likums', article];

export const JUSTICE_SERVICES: ServiceSpec[] = [
  // ── Register of Enterprises ───────────────────────────────────────────────
  svc('UR', 'REG', 'Komersanta reģistrācija komercreģistrā', 'Registration of a company in the Commercial Register', {
    dir: 'KOMERCREGISTRS', needs: ['N-UZNEMUMA-REG'], req: ['UR-PORTAL', 'UR-RIGA'], rec: ['UR-PORTAL', 'EADRESE'], proc: 'mixed', days: 3, fee: 150, fast: [1, 300],
    law: [['Komerclikums', '8. pants'], URL_], tg: B, rs: ['UR-IS', 'UR-KOMERCREG'], deps: ['VDAA-EID'],
    docs: [['Dibināšanas lēmums vai līgums', 'Founding decision or agreement'], ['Statūti', 'Articles of association']],
  }),
  svc('UR', 'IZMAINAS', 'Komercreģistra ierakstu grozījumu reģistrācija', 'Registration of amendments to the Commercial Register', {
    dir: 'KOMERCREGISTRS', needs: ['N-UZNEMUMA-IZMAINAS'], req: ['UR-PORTAL'], rec: ['UR-PORTAL', 'EADRESE'], proc: 'electronic', days: 3, fee: 35,
    law: ['Komerclikums', '12. pants'], tg: B, rs: ['UR-IS'], deps: ['VDAA-EID'],
  }),
  svc('UR', 'UZNEMUMS-PVN', 'Komersanta reģistrācija un PVN statusa piešķiršana', 'Company registration with VAT status', {
    cx: 'smart', dir: 'KOMERCREGISTRS', needs: ['N-UZNEMUMA-REG', 'N-PVN'], req: ['UR-PORTAL'], rec: ['UR-PORTAL', 'EADRESE'], proc: 'electronic', days: 3, fee: 150,
    law: [['Komerclikums', '8. pants'], ['Pievienotās vērtības nodokļa likums', '59. pants']], tg: B, comps: ['UR-REG', 'VID-PVN'], deps: ['VID-DATI', 'VDAA-EID'],
    desc: ['Dibinātājs vienā pieteikumā norāda, ka vēlas PVN maksātāja statusu; Uzņēmumu reģistrs datus nodod VID, un statusu piešķir kopā ar reģistrāciju.', 'The founder asks for VAT status in the same application; the Register passes the data to the SRS and the status is granted with the registration.'],
  }),
  svc('UR', 'BIEDRIBA', 'Biedrības reģistrācija biedrību un nodibinājumu reģistrā', 'Registration of an association', {
    dir: 'NVO-REGISTRS', needs: ['N-BIEDRIBA'], req: ['UR-PORTAL', 'UR-RIGA'], rec: ['UR-PORTAL', 'EADRESE'], proc: 'mixed', days: 7, fee: 21,
    law: ['Biedrību un nodibinājumu likums', '20. pants'], rs: ['UR-IS'],
  }),
  svc('UR', 'PARTIJA', 'Politiskās partijas reģistrācija', 'Registration of a political party', {
    dir: 'NVO-REGISTRS', needs: ['N-PARTIJA'], req: ['UR-RIGA'], rec: ['UR-RIGA', 'EADRESE'], proc: 'physical', days: 15, fee: 21, law: ['Politisko partiju likums', '13. pants'],
  }),
  svc('UR', 'IZSLEGSANA', 'Komersanta izslēgšana no komercreģistra', 'Removal of a company from the Commercial Register', {
    dir: 'KOMERCREGISTRS', needs: ['N-LIKVIDACIJA'], req: ['UR-PORTAL', 'UR-RIGA'], rec: ['UR-PORTAL', 'EADRESE'], proc: 'mixed', days: 5, fee: 20,
    law: ['Komerclikums', '317. pants'], tg: B, deps: ['VID-DATI'],
  }),
  svc('UR', 'INFO', 'Uzņēmumu reģistra informācijas izsniegšana', 'Information from the Register of Enterprises', {
    dir: 'INFORMACIJA', needs: ['N-REGISTRA-INFO'], req: ['UR-INFO'], rec: ['UR-INFO'], proc: 'electronic', days: 1, fee: 5, law: URL_, tg: RB, rs: ['UR-KOMERCREG'],
  }),

  // ── Court Administration and the district court ───────────────────────────
  svc('TA', 'UGF', 'Uzturlīdzekļu izmaksa no Uzturlīdzekļu garantiju fonda', 'Maintenance payments from the Maintenance Guarantee Fund', {
    dir: 'UZTURLIDZEKLI', needs: ['N-UZTURLIDZEKLI'], req: ['LVPORTAL', 'TA-CENTRE'], rec: ['LVPORTAL', 'EADRESE'], proc: 'mixed', days: 10,
    law: ['Uzturlīdzekļu garantiju fonda likums', '5. pants'], deps: ['PMLP-REGISTRS-DATI'], st: 'v2',
  }),
  svc('TA', 'ZG-INFO', 'Zemesgrāmatu informācijas izsniegšana', 'Land Register information', {
    dir: 'ZEMESGRAMATAS', needs: ['N-IPASUMA-INFO'], req: ['ZEMESGRAMATA'], rec: ['ZEMESGRAMATA'], proc: 'electronic', days: 1, fee: 5,
    law: ['Zemesgrāmatu likums', '1. pants'], tg: RB, rs: ['TA-ZGR'],
  }),
  svc('TA', 'E-LIETA', 'Tiesvedības materiālu elektroniskās piekļuves nodrošināšana', 'Electronic access to case files', {
    dir: 'TIESU-IS', needs: ['N-TIESVEDIBA'], req: ['E-LIETA'], rec: ['E-LIETA'], proc: 'electronic', days: 1, law: CPL('56.2 pants'), tg: RB, rs: ['TA-TIS'], deps: ['VDAA-EID'],
  }),
  svc('RRT', 'ZG-NOSTIPRINASANA', 'Īpašuma tiesību nostiprināšana zemesgrāmatā', 'Registration of ownership in the Land Register', {
    dir: 'ZEMESGRAMATAS', needs: ['N-IPASUMA-TIESIBAS'], req: ['RRT-ZGN', 'ZEMESGRAMATA'], rec: ['ZEMESGRAMATA', 'RRT-ZGN'], proc: 'mixed', days: 10, fee: 14,
    law: ['Zemesgrāmatu likums', '56.1 pants'], tg: RB, rs: ['TA-ZGR'], deps: ['VZD-DATI'],
    docs: [['Notariāli apliecināts nostiprinājuma lūgums', 'Notarised application for registration'], ['Tiesiskā pamata dokuments', 'Document of the legal basis']],
  }),
  svc('RRT', 'PRASIBA', 'Prasības pieteikuma izskatīšana civillietā', 'Hearing of a civil claim', {
    dir: 'CIVILLIETAS', needs: ['N-TIESVEDIBA'], req: ['E-LIETA', 'RRT-KANCELEJA'], rec: ['E-LIETA', 'EADRESE', 'RRT-KANCELEJA'], proc: 'mixed', days: 90, fee: 71,
    law: CPL('128. pants'), tg: RB, deps: ['TA-TIS'],
  }),
  svc('RRT', 'BRIDINAJUMS', 'Saistību bezstrīdus piespiedu izpildīšana brīdinājuma kārtībā', 'Enforcement of obligations by warning procedure', {
    dir: 'CIVILLIETAS', needs: ['N-PAREDU-PIEDZINA'], req: ['E-LIETA', 'RRT-KANCELEJA'], rec: ['E-LIETA', 'EADRESE'], proc: 'mixed', days: 20, fee: 40,
    law: CPL('406.1 pants'), tg: RB, deps: ['TA-TIS'],
  }),

  // ── State Land Service ────────────────────────────────────────────────────
  svc('VZD', 'KADASTRS', 'Kadastra datu aktualizēšana', 'Updating cadastral data', {
    dir: 'KADASTRS', needs: ['N-KADASTRA-DATI'], req: ['KADASTRS', 'VZD-CENTRE'], rec: ['KADASTRS', 'EADRESE'], proc: 'mixed', days: 20, fee: 20,
    law: KAD('33. pants'), tg: RB, rs: ['VZD-NIVKIS'],
  }),
  svc('VZD', 'ADRESES', 'Valsts adrešu reģistra datu izsniegšana', 'Data from the State Address Register', {
    dir: 'ADRESES', needs: ['N-ADRESU-DATI'], req: ['KADASTRS'], rec: ['KADASTRS'], proc: 'electronic', days: 1,
    law: ['Ministru kabineta 2021. gada 7. decembra noteikumi Nr. 819 „Adresācijas noteikumi”', '40. punkts'], tg: RB, rs: ['VZD-ADR'],
  }),
  svc('VZD', 'VERTIBA', 'Kadastrālās vērtības pārskatīšana', 'Review of a cadastral value', {
    dir: 'VERTESANA', needs: ['N-KADASTRA-DATI'], req: ['KADASTRS', 'VZD-CENTRE'], rec: ['EADRESE', 'VZD-CENTRE'], proc: 'mixed', days: 30, law: KAD('84. pants'), tg: RB,
    st: 'submitted',
  }),
  svc('VZD', 'DATU-KOPAS', 'Atvērto ģeotelpisko datu kopu nodrošināšana', 'Open geospatial datasets', {
    t: 'PG', dir: 'KADASTRS', needs: ['N-GEODATI'], req: ['KADASTRS'], rec: ['KADASTRS', 'GEOLATVIJA'], proc: 'electronic', law: KAD('80. pants'), tg: ['society', 'businesses'],
  }),

  // ── Sworn notary and sworn bailiff ────────────────────────────────────────
  svc('NOT-KALNINA', 'APLIECINASANA', 'Paraksta apliecināšana notāra birojā', 'Certification of a signature at the notary’s office', {
    dir: 'NOTARIALIE-AKTI', needs: ['N-APLIECINAJUMS'], req: ['NOT-BIROJS', 'NOT-VIDEO'], rec: ['NOT-BIROJS'], proc: 'physical', days: 1, fee: 15, law: NOT('107. pants'), tg: RB,
  }),
  svc('NOT-KALNINA', 'MANTOJUMS', 'Mantojuma lietas vešana un apliecības izsniegšana', 'Conduct of a succession case and certificate', {
    dir: 'MANTOJUMI', needs: ['N-MANTOJUMS'], req: ['NOT-BIROJS'], rec: ['NOT-BIROJS'], proc: 'physical', days: 90, fee: 100, law: NOT('261. pants'),
    deps: ['PMLP-REGISTRS-DATI'],
  }),
  svc('NOT-KALNINA', 'DARIJUMS', 'Notariālā akta sagatavošana darījumam', 'Notarial deed for a transaction', {
    dir: 'NOTARIALIE-AKTI', needs: ['N-NOTARIALS-DARIJUMS'], req: ['NOT-BIROJS', 'NOT-VIDEO'], rec: ['NOT-BIROJS'], proc: 'physical', days: 5, fee: 120, law: NOT('82. pants'), tg: RB,
    st: 'v2draft',
  }),
  svc('TI-OZOLS', 'PIEDZINA', 'Parāda piedziņas izpildu lietas vešana', 'Conduct of a debt enforcement case', {
    dir: 'PIEDZINA', needs: ['N-PAREDU-PIEDZINA'], req: ['TI-BIROJS', 'TI-EMAIL', 'EADRESE'], rec: ['TI-EMAIL', 'EADRESE'], proc: 'mixed', days: 30, fee: 50,
    law: ['Tiesu izpildītāju likums', '74. pants'], tg: RB, rs: ['TI-IZSOLES'], deps: ['TA-IZSOLES'],
  }),
  svc('TI-OZOLS', 'IZSOLE', 'Nekustamā īpašuma izsoles rīkošana', 'Holding a real estate auction', {
    dir: 'IZSOLES', needs: ['N-PAREDU-PIEDZINA'], req: ['IZSOLES'], rec: ['IZSOLES'], proc: 'electronic', days: 30, fee: 100, law: CPL('605. pants'), tg: RB,
    rs: ['TI-IZSOLES'], deps: ['TA-IZSOLES'],
  }),
];
