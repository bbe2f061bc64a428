/**
 * Demo welfare, employment and health services: pensions and benefits (VSAA,
 * also provided at municipal VPVKAC one-stop centres), unemployment (NVA),
 * disability (VDEĀVK), health (NVD) and sign-language interpretation by an
 * association doing a delegated task.
 */
import { B, svc, type Law, type ServiceSpec } from './service-spec.js';

const VSPL = (article: string): Law => ['Valsts sociālo pabalstu likums', article];
const MSAL = (article: string): Law => ['Likums „Par maternitātes un slimības apdrošināšanu”', article];
const PENS = (article: string): Law => ['Likums „Par valsts pensijām”', article];
const BDAL = (article: string): Law => ['Bezdarbnieku un darba meklētāju atbalsta likums', article];
const VAFL = (article: string): Law => ['Veselības aprūpes finansēšanas likums', article];
/** VSAA services are also accepted at the municipal one-stop centres. */
const VPVKAC = ['VALMIERA-VPVKAC', 'RUJIENA-VPVKAC', 'LUDZA-VPVKAC', 'ZILUPE-VPVKAC', 'KULDIGA-VPVKAC'];
const VSAA_REQ = ['LVPORTAL', 'VSAA-CENTRE', ...VPVKAC];
const VSAA_REC = ['LVPORTAL', 'EADRESE'];
const VPVKAC_PROVIDERS = ['VALMIERA', 'LUDZA', 'KULDIGA'];
const VSAA_RS = ['VSAA-SAIS', 'VSAA-DC'];

export const WELFARE_SERVICES: ServiceSpec[] = [
  // ── VSAA: pensions ────────────────────────────────────────────────────────
  svc('VSAA', 'VECUMA-PENSIJA', 'Vecuma pensijas piešķiršana', 'Granting of an old-age pension', {
    dir: 'PENSIJAS', needs: ['N-VECUMA-PENSIJA'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: PENS('11. pants'), prov: VPVKAC_PROVIDERS,
    rs: [...VSAA_RS, 'PMLP-PERSONU-DATI-VSAA'], deps: ['PMLP-REGISTRS-DATI', 'LP-PENSIJU-PIEGADE'], st: 'v2',
    out: ['Piešķirta vecuma pensija; lēmums nosūtīts uz e-adresi, pensiju izmaksā uz kontu vai piegādā mājās.', 'An old-age pension is granted; the decision goes to the e-address and the pension is paid to an account or delivered home.'],
  }),
  svc('VSAA', 'PROGNOZE', 'Pensijas apmēra prognozes sagatavošana', 'Pension amount forecast', {
    dir: 'PENSIJAS', needs: ['N-PENSIJAS-PLANOSANA'], req: ['LVPORTAL'], rec: ['LVPORTAL'], proc: 'electronic', days: 1, law: PENS('12. pants'), rs: ['VSAA-SAIS'], deps: ['VDAA-EID'],
  }),
  svc('VSAA', 'PENSIONESANAS', 'Vecuma pensijas piešķiršana bez iesnieguma', 'Old-age pension without an application', {
    cx: 'smart', dir: 'PENSIJAS', needs: ['N-VECUMA-PENSIJA', 'N-PENSIJAS-PLANOSANA'], req: ['LVPORTAL', 'VSAA-CENTRE'], rec: VSAA_REC, proc: 'electronic', days: 10,
    law: [PENS('11. pants'), PENS('12. pants')], comps: ['VSAA-VECUMA-PENSIJA', 'VSAA-PROGNOZE'], rs: VSAA_RS, deps: ['PMLP-REGISTRS-DATI'], stage: 'maintainImprove',
    desc: ['Trīs mēnešus pirms pensijas vecuma VSAA paziņo prognozēto apmēru; ja persona piekrīt, pensiju piešķir bez iesnieguma no pensijas vecuma sasniegšanas dienas.', 'Three months before pension age the SSIA sends the forecast; if the person agrees, the pension is granted from that day without an application.'],
  }),
  svc('VSAA', 'PENSIJA-ARVALSTIS', 'Pensijas izmaksa ārvalstīs', 'Payment of a pension abroad', {
    dir: 'PENSIJAS', needs: ['N-PENSIJA-ARVALSTIS'], req: ['LVPORTAL', 'VSAA-CENTRE', 'POST'], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 30, law: PENS('27. pants'),
  }),
  svc('VSAA', 'APDROSINASANA', 'Apdrošināšanas periodu apliecinājuma izsniegšana', 'Certificate of insurance periods', {
    dir: 'PENSIJAS', needs: ['N-APDROSINASANAS-IZZINA'], req: ['LVPORTAL', 'VSAA-CENTRE'], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 10, law: PENS('9. pants'),
  }),
  svc('VSAA', 'APGADNIEKS', 'Apgādnieka zaudējuma pensijas piešķiršana', 'Survivor’s pension', {
    dir: 'PENSIJAS', needs: ['N-APGADNIEKS'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: PENS('16. pants'), prov: VPVKAC_PROVIDERS, rs: VSAA_RS,
  }),
  svc('VSAA', 'INVALIDITATES-PENSIJA', 'Invaliditātes pensijas piešķiršana', 'Disability pension', {
    dir: 'PENSIJAS', needs: ['N-INVALIDITATES-PENSIJA'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: PENS('16. pants'), rs: VSAA_RS,
  }),
  svc('VSAA', 'PARREKINS', 'Pensijas pārrēķināšana pēc stāža papildināšanas', 'Recalculation of a pension after added service', {
    dir: 'PENSIJAS', needs: ['N-VECUMA-PENSIJA'], req: ['LVPORTAL', 'VSAA-CENTRE'], rec: VSAA_REC, proc: 'mixed', days: 20, law: PENS('30. pants'), st: 'submitted',
  }),

  // ── VSAA: family and other benefits ──────────────────────────────────────
  svc('VSAA', 'BERNA-PIEDZIMSANA', 'Bērna piedzimšanas pabalsta piešķiršana', 'Childbirth benefit', {
    dir: 'VALSTS-PABALSTI', needs: ['N-BERNA-PABALSTS'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: VSPL('10. pants'), prov: VPVKAC_PROVIDERS, rs: VSAA_RS,
  }),
  svc('VSAA', 'MATERNITATE', 'Maternitātes pabalsta piešķiršana', 'Maternity benefit', {
    dir: 'PABALSTI', needs: ['N-MATERNITATE'], req: ['LVPORTAL', 'VSAA-CENTRE'], rec: VSAA_REC, proc: 'electronic', days: 10, law: MSAL('13. pants'), rs: VSAA_RS,
    deps: ['NVD-VESELIBA-DATI'],
  }),
  svc('VSAA', 'VECAKU', 'Vecāku pabalsta piešķiršana', 'Parental benefit', {
    dir: 'PABALSTI', needs: ['N-VECAKU-PABALSTS'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: MSAL('10.1 pants'), prov: VPVKAC_PROVIDERS, rs: VSAA_RS,
  }),
  svc('VSAA', 'GIMENES', 'Ģimenes valsts pabalsta piešķiršana', 'State family benefit', {
    dir: 'VALSTS-PABALSTI', needs: ['N-GIMENES-PABALSTS'], req: ['LVPORTAL'], rec: VSAA_REC, proc: 'electronic', days: 10, law: VSPL('6. pants'), rs: VSAA_RS,
  }),
  svc('VSAA', 'BERNA-KOPSANA', 'Bērna kopšanas pabalsta piešķiršana', 'Childcare benefit', {
    dir: 'VALSTS-PABALSTI', needs: ['N-VECAKU-PABALSTS'], req: ['VSAA-CENTRE', 'POST'], rec: ['POST'], proc: 'physical', days: 10, law: VSPL('7. pants'), st: 'archived', stage: 'terminated',
  }),
  svc('VSAA', 'GIMENES-ATBALSTS', 'Ģimenes atbalsta piešķiršana bērna piedzimšanas gadījumā', 'Family support on the birth of a child', {
    cx: 'smart', dir: 'VALSTS-PABALSTI', needs: ['N-BERNA-PABALSTS', 'N-GIMENES-PABALSTS', 'N-VECAKU-PABALSTS'], req: ['LVPORTAL', 'VSAA-CENTRE'], rec: VSAA_REC, proc: 'electronic',
    days: 10, law: [VSPL('10. pants'), VSPL('6. pants'), MSAL('10.1 pants')], comps: ['VSAA-BERNA-PIEDZIMSANA', 'VSAA-GIMENES', 'VSAA-VECAKU'],
    merges: ['VSAA-BERNA-KOPSANA'], rs: VSAA_RS, deps: ['PMLP-REGISTRS-DATI'],
    desc: ['Pēc bērna dzimšanas reģistrācijas VSAA pati piedāvā piedzimšanas, vecāku un ģimenes pabalstus; vecāki tikai apstiprina izvēles portālā Latvija.gov.lv.', 'Once the birth is registered the SSIA offers the childbirth, parental and family benefits itself; parents only confirm their choices on Latvija.gov.lv.'],
  }),
  svc('VSAA', 'SLIMIBA', 'Slimības pabalsta piešķiršana', 'Sickness benefit', {
    dir: 'PABALSTI', needs: ['N-SLIMIBAS-PABALSTS'], req: ['LVPORTAL'], rec: ['LVPORTAL'], proc: 'electronic', days: 10, law: MSAL('17. pants'), rs: VSAA_RS, deps: ['NVD-VESELIBA-DATI'],
  }),
  svc('VSAA', 'BEZDARBA', 'Bezdarbnieka pabalsta piešķiršana', 'Unemployment benefit', {
    dir: 'PABALSTI', needs: ['N-BEZDARBA-IENAKUMI'], req: ['LVPORTAL', 'VSAA-CENTRE', 'NVA-RIGA'], rec: VSAA_REC, proc: 'mixed', days: 10,
    law: ['Likums „Par apdrošināšanu bezdarba gadījumam”', '7. pants'], rs: VSAA_RS,
  }),
  svc('VSAA', 'APBEDISANA', 'Apbedīšanas pabalsta piešķiršana', 'Funeral benefit', {
    dir: 'VALSTS-PABALSTI', needs: ['N-APBEDISANA'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 5, law: VSPL('17. pants'), prov: VPVKAC_PROVIDERS,
  }),
  svc('VSAA', 'KOPSANA', 'Pabalsta personas ar invaliditāti kopšanai piešķiršana', 'Benefit for the care of a disabled person', {
    dir: 'VALSTS-PABALSTI', needs: ['N-KOPSANA'], req: VSAA_REQ, rec: VSAA_REC, proc: 'mixed', days: 10, law: VSPL('12. pants'),
  }),
  svc('VSAA', 'PROAKTIVA-APBEDISANA', 'Apbedīšanas pabalsta izmaksa bez iesnieguma', 'Funeral benefit without an application', {
    dir: 'VALSTS-PABALSTI', needs: ['N-APBEDISANA'], req: ['LVPORTAL'], rec: ['LVPORTAL'], proc: 'electronic', days: 5, law: VSPL('17. pants'), st: 'draft', stage: 'plan',
  }),
  // ── NVA: unemployment and employers ─────────────────────────────────────
  svc('NVA', 'STATUSS', 'Bezdarbnieka statusa piešķiršana', 'Granting unemployed status', {
    dir: 'BEZDARBS', needs: ['N-BEZDARBNIEKA-STATUSS'], req: ['NVA-CVVP', 'NVA-RIGA', 'NVA-LUDZA', 'LVPORTAL'], rec: ['NVA-CVVP', 'EADRESE'], proc: 'mixed', days: 3,
    law: BDAL('8. pants'), rs: ['NVA-BURVIS'], deps: ['VID-DATI'],
  }),
  svc('NVA', 'VAKANCES', 'Piemērotu vakanču piedāvāšana bezdarbniekiem', 'Offering suitable vacancies to the unemployed', {
    dir: 'DARBA-MEKLETAJI', needs: ['N-DARBA-ATRASANA'], req: ['NVA-CVVP', 'NVA-RIGA', 'NVA-PHONE'], rec: ['NVA-CVVP', 'NVA-VIDEO', 'NVA-RIGA'], proc: 'mixed', days: 10,
    law: BDAL('12. pants'), rs: ['NVA-BURVIS'],
  }),
  svc('NVA', 'MACIBAS', 'Profesionālās pārkvalifikācijas apmācība bezdarbniekiem', 'Vocational retraining for the unemployed', {
    dir: 'BEZDARBS', needs: ['N-PARKVALIFIKACIJA'], req: ['NVA-CVVP', 'NVA-RIGA', 'NVA-LUDZA'], rec: ['NVA-MACIBAS'], proc: 'physical', days: 30, law: BDAL('3. pants'),
  }),
  svc('NVA', 'ATBALSTS', 'Bezdarbnieka atbalsta nodrošināšana darba meklēšanā', 'Support for the unemployed in finding work', {
    cx: 'smart', dir: 'BEZDARBS', needs: ['N-BEZDARBNIEKA-STATUSS', 'N-DARBA-ATRASANA', 'N-PARKVALIFIKACIJA', 'N-BEZDARBA-IENAKUMI'], req: ['NVA-CVVP', 'NVA-RIGA', 'LVPORTAL'],
    rec: ['NVA-CVVP', 'EADRESE', 'NVA-RIGA'], proc: 'mixed', days: 10, law: [BDAL('8. pants'), BDAL('12. pants')], comps: ['NVA-STATUSS', 'NVA-VAKANCES', 'NVA-MACIBAS', 'VSAA-BEZDARBA'],
    rs: ['NVA-BURVIS'], deps: ['VID-DATI'],
    desc: ['Vienā pieteikumā persona iegūst bezdarbnieka statusu; NVA sagatavo individuālo darba meklēšanas plānu, piedāvā vakances un mācības, bet VSAA pabalstu piešķir bez atsevišķa iesnieguma.', 'One application gives unemployed status; the SEA prepares a job-search plan, offers vacancies and training, and the SSIA grants the benefit without a separate application.'],
  }),
  svc('NVA', 'DARBINIEKU-ATLASE', 'Vakanču reģistrācija un darbinieku atlase', 'Vacancy registration and recruitment', {
    dir: 'DARBA-DEVEJI', needs: ['N-DARBINIEKI'], req: ['NVA-CVVP'], rec: ['NVA-CVVP'], proc: 'electronic', days: 5, law: BDAL('14. pants'), tg: B, rs: ['NVA-BURVIS'],
  }),
  svc('NVA', 'SUBSIDETAS', 'Subsidētu darbvietu izveides atbalsta piešķiršana', 'Support for creating subsidised jobs', {
    dir: 'DARBA-DEVEJI', needs: ['N-DARBINIEKI'], req: ['NVA-CVVP'], rec: ['EADRESE'], proc: 'mixed', days: 30, law: BDAL('3. pants'), tg: B, st: 'draft', stage: 'create',
  }),

  // ── VDEĀVK: disability ───────────────────────────────────────────────────
  svc('VDEAVK', 'INVALIDITATE', 'Invaliditātes ekspertīze un noteikšana', 'Disability assessment', {
    dir: 'INVALIDITATE', needs: ['N-INVALIDITATE'], req: ['VDEAVK-CENTRE', 'LVPORTAL'], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 30, law: ['Invaliditātes likums', '7. pants'],
    deps: ['NVD-VESELIBA-DATI'],
  }),
  svc('VDEAVK', 'INVALIDITATE-PENSIJA', 'Invaliditātes noteikšana un pensijas piešķiršana', 'Disability assessment with a disability pension', {
    cx: 'complex', dir: 'INVALIDITATE', needs: ['N-INVALIDITATE', 'N-INVALIDITATES-PENSIJA'], req: ['VDEAVK-CENTRE', 'LVPORTAL'], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 40,
    law: [['Invaliditātes likums', '7. pants'], PENS('16. pants')], comps: ['VDEAVK-INVALIDITATE', 'VSAA-INVALIDITATES-PENSIJA'], deps: ['NVD-VESELIBA-DATI'],
  }),

  // ── NVD: health care ─────────────────────────────────────────────────────
  svc('NVD', 'EVAK', 'Eiropas veselības apdrošināšanas kartes izsniegšana', 'European Health Insurance Card', {
    dir: 'VESELIBAS-APRUPE', needs: ['N-EVAK'], req: ['LVPORTAL', 'EVESELIBA', 'NVD-CENTRE'], rec: ['POST', 'NVD-CENTRE'], proc: 'mixed', days: 10, law: VAFL('8. pants'),
  }),
  svc('NVD', 'GIMENES-ARSTS', 'Pacienta reģistrācija ģimenes ārsta praksē', 'Registration with a family doctor', {
    dir: 'VESELIBAS-APRUPE', needs: ['N-ARSTESANA'], req: ['GP-PRAKSES'], rec: ['GP-PRAKSES'], proc: 'physical', days: 1, law: VAFL('11. pants'), rs: ['NVD-VIS'],
  }),
  svc('NVD', 'KOMP-ZALES', 'Kompensējamo zāļu apmaksa', 'Reimbursement of medicines', {
    dir: 'ZALES', needs: ['N-KOMP-ZALES'], req: ['APTIEKAS'], rec: ['APTIEKAS'], proc: 'mixed', days: 1, law: VAFL('9. pants'), rs: ['NVD-EVESELIBA'],
  }),
  svc('NVD', 'ARSTESANA', 'Ārstēšanas un kompensējamo zāļu nodrošināšana', 'Treatment and reimbursable medicines', {
    cx: 'complex', dir: 'VESELIBAS-APRUPE', needs: ['N-ARSTESANA', 'N-KOMP-ZALES'], req: ['GP-PRAKSES'], rec: ['GP-PRAKSES', 'APTIEKAS', 'EVESELIBA'], proc: 'mixed', days: 1,
    law: [VAFL('9. pants'), VAFL('11. pants')], comps: ['NVD-GIMENES-ARSTS', 'NVD-KOMP-ZALES'], rs: ['NVD-EVESELIBA'],
  }),
  svc('NVD', 'EVESELIBA', 'Veselības datu piekļuves nodrošināšana E-veselībā', 'Access to health data in E-health', {
    dir: 'E-VESELIBA', needs: ['N-EVESELIBA'], req: ['EVESELIBA'], rec: ['EVESELIBA'], proc: 'electronic', days: 1, law: ['Pacientu tiesību likums', '10. pants'],
    rs: ['NVD-EVESELIBA'], deps: ['VDAA-EID'],
  }),
  svc('NVD', 'PARROBEZU', 'Pārrobežu veselības aprūpes izdevumu atmaksāšana', 'Reimbursement of cross-border health care', {
    dir: 'VESELIBAS-APRUPE', needs: ['N-ARSTESANA-ARVALSTIS'], req: ['LVPORTAL', 'NVD-CENTRE', 'POST'], rec: ['EADRESE', 'POST'], proc: 'mixed', days: 60, law: VAFL('13. pants'),
  }),
  svc('NVD', 'VESELIBA-DATI', 'Veselības datu izsniegšana iestādēm', 'Health data for institutions', {
    t: 'II', dir: 'E-VESELIBA', needs: ['N-DATU-APMAINA'], req: ['VIRSIS'], rec: ['VISS-API'], proc: 'electronic', days: 5, law: ['Pacientu tiesību likums', '10. pants'],
    rs: ['NVD-EVESELIBA'], deps: ['VDAA-VISS'],
  }),

  // ── An association doing a delegated public task ─────────────────────────
  svc('LNS', 'SURDOTULKS', 'Zīmju valodas tulka pakalpojuma nodrošināšana', 'Sign language interpreting', {
    dir: 'SURDOTULKOSANA', needs: ['N-SURDOTULKS'], req: ['LNS-SMS', 'LNS-VIDEO', 'LNS-CENTRE'], rec: ['LNS-VIDEO', 'LNS-HOME', 'LNS-CENTRE'], proc: 'physical', days: 2,
    law: [['Invaliditātes likums', '12. pants'], ['Ministru kabineta 2015. gada 15. decembra noteikumi Nr. 695 „Surdotulka pakalpojuma noteikumi”', '2. punkts']],
  }),
];
