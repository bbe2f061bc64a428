/**
 * Profiles for national-scale institutions that have no demo model (defence,
 * foreign affairs, culture, hospitals, schools, kindergartens, culture centres,
 * care homes, municipal police, parish administrations), extra needs they meet,
 * and extra unified municipal services. Channel point codes starting with "@"
 * stand for the institution's own channel point of that type ("@institutionCentre").
 */
import type { NeedSpec } from './life-situations.js';
import { svc, tpl, RB, SR, type Law, type ServiceSpec } from './service-spec.js';

export interface Profile {
  code: string;
  directions: [string, string, string][];
  support: { hours: number; channels: string[] };
  /** Channel types each institution of the profile gets a channel point of. */
  channels: string[];
  services: ServiceSpec[];
}

/** Needs the profiles' services meet, tied to the demo life situations (R40). */
export const NATIONAL_NEEDS: NeedSpec[] = [
  { code: 'N-AIZSARDZIBA', nameLv: 'Valsts aizsardzības pienākuma izpilde', nameEn: 'Fulfilling the duty of national defence', situations: ['LIDZDALIBA'] },
  { code: 'N-KONSULARA-PALIDZIBA', nameLv: 'Palīdzība, nonākot grūtībās ārvalstīs', nameEn: 'Help when in difficulty abroad', situations: ['DARBS-ARVALSTIS'] },
  { code: 'N-KULTURAS-MANTOJUMS', nameLv: 'Kultūras pieminekļa saglabāšana', nameEn: 'Preserving a cultural monument', situations: ['NEKUSTAMA-IPASUMA-IEGADE', 'BUVNIECIBA'] },
  { code: 'N-ARHIVA-IZZINA', nameLv: 'Apliecinājums par agrāku darba stāžu', nameEn: 'Proof of past employment', situations: ['PENSIONESANAS'] },
  { code: 'N-VALODAS-PRASME', nameLv: 'Valsts valodas prasmes apliecinājums', nameEn: 'Proof of state language skills', situations: ['IMIGRACIJA', 'DARBINIEKU-PIENEMSANA'] },
  { code: 'N-BIBLIOTEKA', nameLv: 'Piekļuve grāmatām un zināšanām', nameEn: 'Access to books and knowledge', situations: ['STUDIJAS', 'SKOLAS-GAITAS'] },
  { code: 'N-STACIONARS', nameLv: 'Ārstēšana slimnīcā', nameEn: 'Hospital treatment', situations: ['SLIMIBA', 'VESELIBAS-APRUPE'] },
  { code: 'N-INTERESU-IZGLITIBA', nameLv: 'Interešu izglītība bērniem un jauniešiem', nameEn: 'Hobby education for children and young people', situations: ['SKOLAS-GAITAS'] },
  { code: 'N-KULTURAS-PASAKUMI', nameLv: 'Kultūras pasākumi tuvu dzīvesvietai', nameEn: 'Cultural events close to home', situations: ['LIDZDALIBA'] },
  { code: 'N-IEPIRKUMI', nameLv: 'Centralizēti iepirkumi', nameEn: 'Centralised procurement', situations: ['IESTADES-ATBALSTA-FUNKCIJAS'] },
];

const PASV: Law = ['Pašvaldību likums', '4. pants'];
const SPSPL = (a: string): Law => ['Sociālo pakalpojumu un sociālās palīdzības likums', a];
const IZGL = (a: string): Law => ['Izglītības likums', a];
const OFFICE = ['@institutionCentre'];

const profile = (code: string, directions: [string, string, string][], channels: string[], services: ServiceSpec[], hours = 40): Profile => ({
  code,
  directions,
  support: { hours, channels: ['phone', 'email'] },
  channels,
  services,
});

export const PROFILES: Profile[] = [
  profile('P-DEFENCE', [['AIZSARDZIBA', 'Valsts aizsardzības spēju stiprināšana', 'Strengthening defence capabilities'], ['DIENESTS', 'Valsts aizsardzības dienests', 'National defence service']], ['institutionCentre', 'institutionPortal', 'email'], [
    svc('P-DEFENCE', 'IESAUKSANA', 'Valsts aizsardzības dienesta iesaukuma organizēšana', 'Organising national defence service call-up', { dir: 'DIENESTS', needs: ['N-AIZSARDZIBA'], req: ['@institutionPortal', ...OFFICE], rec: ['EADRESE'], proc: 'mixed', days: 30, law: ['Valsts aizsardzības dienesta likums', '5. pants'] }),
    svc('P-DEFENCE', 'JAUNSARGI', 'Jaunsargu apmācība valsts aizsardzībā', 'Youth guard training', { dir: 'AIZSARDZIBA', needs: ['N-AIZSARDZIBA'], req: ['@institutionPortal'], rec: OFFICE, proc: 'physical', days: 30, law: ['Jaunsardzes likums', '4. pants'] }),
    svc('P-DEFENCE', 'SASKANOSANA', 'Būvniecības saskaņošana pie aizsardzības objektiem', 'Approval of construction near defence sites', { dir: 'AIZSARDZIBA', needs: ['N-BUVATLAUJA'], req: ['BIS', '@email'], rec: ['BIS'], proc: 'mixed', days: 20, law: ['Nacionālās drošības likums', '13. pants'], tg: RB }),
    svc('P-DEFENCE', 'IEPIRKUMI', 'Centralizēto iepirkumu nodrošināšana aizsardzības iestādēm', 'Central procurement for defence institutions', { t: 'II', dir: 'AIZSARDZIBA', needs: ['N-IEPIRKUMI'], req: ['VIRSIS'], rec: ['EADRESE'], proc: 'mixed', days: 60, law: ['Publisko iepirkumu likums', '17. pants'] }),
  ]),
  profile('P-FOREIGN', [['KONSULARAIS', 'Konsulārā palīdzība', 'Consular assistance'], ['DIPLOMATIJA', 'Ārpolitika un diplomātija', 'Foreign policy and diplomacy']], ['institutionCentre', 'email', 'phone'], [
    svc('P-FOREIGN', 'PASE', 'Pases izsniegšana ārvalstīs dzīvojošiem pilsoņiem', 'Passports for citizens living abroad', { dir: 'KONSULARAIS', needs: ['N-PASE-CELOSANAI'], req: OFFICE, rec: [...OFFICE, 'POST'], proc: 'physical', days: 30, fee: 45, law: ['Konsulārais reglaments', '35. pants'] }),
    svc('P-FOREIGN', 'PALIDZIBA', 'Konsulārās palīdzības sniegšana ārkārtas situācijā', 'Consular assistance in an emergency', { dir: 'KONSULARAIS', needs: ['N-KONSULARA-PALIDZIBA'], req: ['@phone', '@email'], rec: OFFICE, proc: 'physical', days: 1, law: ['Konsulārais reglaments', '19. pants'] }, ),
    svc('P-FOREIGN', 'LEGALIZACIJA', 'Publisku dokumentu legalizācija', 'Legalisation of public documents', { dir: 'KONSULARAIS', needs: ['N-APLIECINAJUMS'], req: [...OFFICE, 'POST'], rec: [...OFFICE, 'POST'], proc: 'physical', days: 5, fee: 15, law: ['Dokumentu legalizācijas likums', '6. pants'], tg: RB }),
    svc('P-FOREIGN', 'VIZA', 'Šengenas vīzas izsniegšana ārzemniekam', 'Schengen visa', { dir: 'KONSULARAIS', needs: ['N-UZTURESANAS'], req: OFFICE, rec: OFFICE, proc: 'physical', days: 15, fee: 90, law: ['Imigrācijas likums', '12. pants'] }),
  ]),
  profile('P-CULTURE', [['MANTOJUMS', 'Kultūras mantojuma aizsardzība', 'Heritage protection'], ['KRAJUMI', 'Bibliotēku un arhīvu krājumi', 'Library and archive holdings'], ['VALODA', 'Valsts valodas politika', 'State language policy']], ['institutionCentre', 'institutionPortal', 'email'], [
    svc('P-CULTURE', 'PIEMINEKLIS', 'Kultūras pieminekļa statusa noteikšana', 'Designation of a cultural monument', { dir: 'MANTOJUMS', needs: ['N-KULTURAS-MANTOJUMS'], req: ['@email', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 60, law: ['Kultūras mantojuma likums', '17. pants'], tg: RB }),
    svc('P-CULTURE', 'DARBI', 'Atļaujas izsniegšana darbiem kultūras piemineklī', 'Permit for works on a monument', { dir: 'MANTOJUMS', needs: ['N-KULTURAS-MANTOJUMS'], req: ['BIS', '@email'], rec: ['BIS', 'EADRESE'], proc: 'mixed', days: 30, law: ['Kultūras mantojuma likums', '22. pants'], tg: RB }),
    svc('P-CULTURE', 'ARHIVS', 'Arhīva izziņas par darba stāžu izsniegšana', 'Archive statement of past employment', { dir: 'KRAJUMI', needs: ['N-ARHIVA-IZZINA'], req: ['LVPORTAL', ...OFFICE], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 30, law: ['Arhīvu likums', '15. pants'] }),
    svc('P-CULTURE', 'VALODA', 'Valsts valodas prasmes pārbaude', 'State language proficiency test', { dir: 'VALODA', needs: ['N-VALODAS-PRASME'], req: ['@institutionPortal'], rec: OFFICE, proc: 'physical', days: 30, fee: 20, law: ['Valsts valodas likums', '6. pants'] }),
    svc('P-CULTURE', 'LASITAVA', 'Lasītāju apkalpošana bibliotēkā', 'Library reader services', { dir: 'KRAJUMI', needs: ['N-BIBLIOTEKA'], req: ['@institutionPortal', ...OFFICE], rec: OFFICE, proc: 'physical', days: 1, law: ['Bibliotēku likums', '8. pants'] }),
    svc('P-CULTURE', 'DIGITALAIS', 'Digitālo kultūras kolekciju pieejamības nodrošināšana', 'Access to digital cultural collections', { t: 'PG', dir: 'KRAJUMI', needs: ['N-BIBLIOTEKA'], req: ['@institutionPortal'], rec: ['@institutionPortal'], proc: 'electronic', law: ['Bibliotēku likums', '4. pants'], tg: SR }),
  ]),
  profile('P-HOSPITAL', [['STACIONARS', 'Stacionārā veselības aprūpe', 'Inpatient care'], ['AMBULATORA', 'Ambulatorā veselības aprūpe', 'Outpatient care']], ['institutionCentre', 'phone', 'institutionPortal'], [
    svc('P-HOSPITAL', 'STACIONARS', 'Plānveida stacionārās ārstēšanas nodrošināšana', 'Planned inpatient treatment', { dir: 'STACIONARS', needs: ['N-STACIONARS'], req: ['@phone', '@institutionPortal'], rec: OFFICE, proc: 'physical', days: 60, law: ['Ārstniecības likums', '17. pants'] }, ),
    svc('P-HOSPITAL', 'SPECIALISTS', 'Speciālista konsultācija poliklīnikā', 'Specialist consultation at the outpatient clinic', { dir: 'AMBULATORA', needs: ['N-ARSTESANA'], req: ['@phone', '@institutionPortal', 'EVESELIBA'], rec: OFFICE, proc: 'physical', days: 30, law: ['Ārstniecības likums', '17. pants'] }),
    svc('P-HOSPITAL', 'IZZINA', 'Medicīniskās izziņas izsniegšana transportlīdzekļa vadītājam', 'Medical certificate for drivers', { dir: 'AMBULATORA', needs: ['N-VADITAJA-APLIECIBA'], req: OFFICE, rec: ['EVESELIBA'], proc: 'mixed', days: 1, fee: 30, law: ['Ceļu satiksmes likums', '23. pants'] }),
  ], 168),
  // ── Municipal institutions ───────────────────────────────────────────────
  profile('P-SCHOOL', [['IZGLITIBA', 'Vispārējā izglītība', 'General education'], ['INTERESES', 'Interešu izglītība', 'Hobby education']], ['institutionCentre', 'email'], [
    svc('P-SCHOOL', 'UZNEMSANA', 'Skolēnu uzņemšana pamatizglītības programmā', 'Admission to basic education', { dir: 'IZGLITIBA', needs: ['N-SKOLA'], req: ['@email', ...OFFICE], rec: ['@email'], proc: 'mixed', days: 10, law: IZGL('17. pants') }),
    svc('P-SCHOOL', 'INTERESES', 'Interešu izglītības nodarbību nodrošināšana', 'Hobby education classes', { dir: 'INTERESES', needs: ['N-INTERESU-IZGLITIBA'], req: OFFICE, rec: OFFICE, proc: 'physical', days: 10, law: IZGL('47. pants') }),
  ]),
  profile('P-KINDERGARTEN', [['PIRMSSKOLA', 'Pirmsskolas izglītība', 'Pre-school education']], ['institutionCentre', 'email'], [
    svc('P-KINDERGARTEN', 'PROGRAMMA', 'Pirmsskolas izglītības programmas īstenošana', 'Pre-school education programme', { dir: 'PIRMSSKOLA', needs: ['N-BERNUDARZS'], req: OFFICE, rec: OFFICE, proc: 'physical', law: IZGL('20. pants') }),
  ]),
  profile('P-CULTURE-CENTRE', [['KULTURA', 'Kultūras pakalpojumi', 'Cultural services']], ['institutionCentre', 'email', 'socialNetwork'], [
    svc('P-CULTURE-CENTRE', 'PASAKUMI', 'Kultūras pasākumu organizēšana iedzīvotājiem', 'Cultural events for residents', { t: 'PG', dir: 'KULTURA', needs: ['N-KULTURAS-PASAKUMI'], req: ['@socialNetwork'], rec: OFFICE, proc: 'physical', law: PASV, tg: SR }),
    svc('P-CULTURE-CENTRE', 'TELPAS', 'Telpu iznomāšana publiskiem pasākumiem', 'Renting premises for public events', { dir: 'KULTURA', needs: ['N-PASAKUMS'], req: ['@email', ...OFFICE], rec: OFFICE, proc: 'physical', days: 5, fee: 50, law: PASV, tg: RB }),
    svc('P-CULTURE-CENTRE', 'KOLEKTIVI', 'Amatiermākslas kolektīvu darbības nodrošināšana', 'Amateur art groups', { dir: 'KULTURA', needs: ['N-INTERESU-IZGLITIBA'], req: OFFICE, rec: OFFICE, proc: 'physical', law: ['Dziesmu un deju svētku likums', '9. pants'] }),
  ]),
  profile('P-CARE', [['APRUPE', 'Sociālā aprūpe institūcijā', 'Residential social care']], ['institutionCentre', 'phone'], [
    svc('P-CARE', 'ILGSTOSA', 'Ilgstošas sociālās aprūpes nodrošināšana institūcijā', 'Long-term residential care', { dir: 'APRUPE', needs: ['N-KOPSANA'], req: ['@phone', ...OFFICE], rec: OFFICE, proc: 'physical', days: 30, law: SPSPL('9. pants') }),
    svc('P-CARE', 'ISLAICIGA', 'Īslaicīgas sociālās aprūpes nodrošināšana', 'Short-term residential care', { dir: 'APRUPE', needs: ['N-APRUPE-MAJAS'], req: ['@phone', ...OFFICE], rec: OFFICE, proc: 'physical', days: 5, law: SPSPL('9. pants') }),
  ], 168),
  profile('P-MUNI-POLICE', [['KARTIBA', 'Sabiedriskā kārtība pašvaldībā', 'Municipal public order']], ['institutionCentre', 'phone', 'email'], [
    svc('P-MUNI-POLICE', 'KARTIBA', 'Sabiedriskās kārtības nodrošināšana pašvaldībā', 'Public order in the municipality', { t: 'PG', dir: 'KARTIBA', needs: ['N-DROSIBA'], req: ['@phone'], rec: OFFICE, proc: 'physical', law: ['Likums „Par policiju”', '19. pants'], tg: SR }),
    svc('P-MUNI-POLICE', 'EVAKUACIJA', 'Transportlīdzekļa pārvietošana un glabāšana', 'Towing and storing vehicles', { dir: 'KARTIBA', needs: ['N-STAVVIETA'], req: ['@phone'], rec: OFFICE, proc: 'physical', days: 1, fee: 70, law: ['Ceļu satiksmes likums', '43.2 pants'], tg: RB }),
  ], 168),
  profile('P-PARISH', [['IEDZ-APKALP', 'Iedzīvotāju apkalpošana pagastā', 'Resident services in the parish'], ['ZEME', 'Pašvaldības zemes pārvaldība', 'Municipal land management']], ['institutionCentre', 'email'], [
    svc('P-PARISH', 'DEKLARACIJAS', 'Dzīvesvietas deklarāciju pieņemšana pagasta pārvaldē', 'Accepting residence declarations at the parish office', { dir: 'IEDZ-APKALP', needs: ['N-DZIVESVIETA'], req: OFFICE, rec: [...OFFICE, 'EADRESE'], proc: 'mixed', days: 1, law: ['Dzīvesvietas deklarēšanas likums', '3. pants'] }),
    svc('P-PARISH', 'ZEMES-NOMA', 'Pašvaldības zemes iznomāšana pagastā', 'Lease of municipal land in the parish', { dir: 'ZEME', needs: ['N-ZEMES-NOMA'], req: ['@email', ...OFFICE], rec: OFFICE, proc: 'physical', days: 30, law: PASV, tg: RB }),
    svc('P-PARISH', 'APLIECINASANA', 'Dokumentu apliecināšana pagasta pārvaldē', 'Certification of documents at the parish office', { dir: 'IEDZ-APKALP', needs: ['N-APLIECINAJUMS'], req: OFFICE, rec: OFFICE, proc: 'physical', days: 1, fee: 5, law: ['Notariāta likums', '137. pants'], tg: RB }),
  ]),
];

/** Unified municipal services of the national register besides the demo's. */
export const NATIONAL_TEMPLATES: ServiceSpec[] = (
  [
    ['BERNA-PABALSTS', 'Bērna piedzimšanas pabalsta piešķiršana pašvaldībā', 'Municipal childbirth benefit', 'SOCIALA-JOMA', 'N-BERNA-PABALSTS', SPSPL('35. pants')],
    ['APBEDISANA', 'Apbedīšanas pabalsta piešķiršana pašvaldībā', 'Municipal funeral benefit', 'SOCIALA-JOMA', 'N-APBEDISANA', SPSPL('35. pants')],
    ['KRIZE', 'Krīzes situācijas pabalsta piešķiršana', 'Crisis benefit', 'SOCIALA-JOMA', 'N-KRIZES-PABALSTS', SPSPL('36. pants')],
    ['ASISTENTS', 'Asistenta pakalpojuma piešķiršana pašvaldībā', 'Municipal assistant service', 'SOCIALA-JOMA', 'N-ASISTENTS', SPSPL('9. pants')],
    ['SOC-DZIVOKLIS', 'Sociālā dzīvokļa izīrēšana', 'Renting a social apartment', 'SOCIALA-JOMA', 'N-SOC-DZIVOKLIS', ['Likums „Par sociālajiem dzīvokļiem un sociālajām dzīvojamām mājām”', '5. pants']],
    ['REHABILITACIJA', 'Sociālās rehabilitācijas pakalpojuma piešķiršana', 'Social rehabilitation', 'SOCIALA-JOMA', 'N-SOC-REHAB', SPSPL('9. pants')],
    ['SKOLENU-KOMPENSACIJA', 'Skolēnu pārvadājumu izdevumu kompensēšana', 'Reimbursement of school transport costs', 'IZGLITIBA', 'N-SKOLENU-TRANSPORTS', IZGL('17. pants')],
    ['SKOLA', 'Vietas piešķiršana vispārējās izglītības iestādē', 'A place in a general education school', 'IZGLITIBA', 'N-SKOLA', IZGL('17. pants')],
    ['IECERE', 'Būvniecības ieceres akceptēšana', 'Acceptance of a construction plan', 'BUVNIECIBA', 'N-BUVATLAUJA', ['Būvniecības likums', '14. pants']],
    ['ADRESE', 'Adreses piešķiršana vai maiņa', 'Assigning or changing an address', 'BUVNIECIBA', 'N-ADRESE', ['Ministru kabineta 2021. gada 7. decembra noteikumi Nr. 819 „Adresācijas noteikumi”', '2. punkts']],
    ['PASAKUMS', 'Publiska pasākuma atļaujas izsniegšana', 'Permit for a public event', 'IEDZ-APKALP', 'N-PASAKUMS', ['Publisku izklaides un svētku pasākumu drošības likums', '13. pants']],
    ['DZIMSANA', 'Dzimšanas reģistrācija dzimtsarakstu nodaļā', 'Birth registration at the registry office', 'IEDZ-APKALP', 'N-DZIMSANAS-REG', ['Civilstāvokļa aktu reģistrācijas likums', '17. pants']],
    ['MIRSANA', 'Miršanas reģistrācija dzimtsarakstu nodaļā', 'Death registration at the registry office', 'IEDZ-APKALP', 'N-NAVES-REG', ['Civilstāvokļa aktu reģistrācijas likums', '30. pants']],
  ] as [string, string, string, string, string, Law][]
).map(([suffix, lv, en, mdir, need, law]) =>
  tpl(`NT-${suffix}`, lv, en, { dir: 'PASVALDIBAS', mdir, needs: [need], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 10, law }),
);
