/**
 * Demo channel points: central portals (Latvija.gov.lv, Business.gov.lv,
 * Virsis.gov.lv), E-adrese, institutions' portals and specialised systems,
 * phone lines, customer service centres with opening hours and accessibility
 * notes, VPVKAC one-stop centres in the municipalities, post, and the
 * provider's and recipient's premises. Phone numbers and some addresses are
 * illustrative.
 */
import type { OpeningHours } from '../../modules/channel-points/channel-points.table.js';

export interface ChannelPointSpec {
  code: string;
  institution: string;
  /** Channel type code of the active policy (B8). */
  type: string;
  nameLv: string;
  nameEn: string;
  url?: string;
  address?: string;
  phone?: string;
  email?: string;
  openingHours?: OpeningHours;
  accessibilityLv?: string;
  accessibilityEn?: string;
}

const OFFICE: OpeningHours = {
  weekly: { '1': ['08:30-17:00'], '2': ['08:30-17:00'], '3': ['08:30-17:00'], '4': ['08:30-18:00'], '5': ['08:30-15:00'] },
};
const VPVKAC_HOURS: OpeningHours = {
  weekly: { '1': ['08:00-12:00', '12:30-18:00'], '2': ['08:00-12:00', '12:30-17:00'], '3': ['08:00-12:00', '12:30-17:00'], '4': ['08:00-12:00', '12:30-17:00'], '5': ['08:00-14:00'] },
  notesLv: 'Pirmdienās pagarināts darba laiks līdz 18.00; pieņemšana arī bez iepriekšēja pieraksta.',
  notesEn: 'Open until 18.00 on Mondays; walk-in customers are welcome.',
};
const PHONE_HOURS: OpeningHours = {
  weekly: { '1': ['08:30-17:00'], '2': ['08:30-17:00'], '3': ['08:30-17:00'], '4': ['08:30-17:00'], '5': ['08:30-16:00'] },
};
const ALWAYS: OpeningHours = {
  weekly: { '1': ['00:00-24:00'], '2': ['00:00-24:00'], '3': ['00:00-24:00'], '4': ['00:00-24:00'], '5': ['00:00-24:00'], '6': ['00:00-24:00'], '7': ['00:00-24:00'] },
};
const STEP_FREE_LV = 'Ieeja bez pakāpieniem, pielāgota tualete, stāvvieta personām ar invaliditāti.';
const STEP_FREE_EN = 'Step-free entrance, accessible toilet, disabled parking.';

const cp = (code: string, institution: string, type: string, nameLv: string, nameEn: string, extra: Partial<ChannelPointSpec> = {}): ChannelPointSpec => ({
  code,
  institution,
  type,
  nameLv,
  nameEn,
  ...extra,
});

export const CHANNEL_POINTS: ChannelPointSpec[] = [
  // Central channels (VDAA)
  cp('LVPORTAL', 'VDAA', 'centralPortal', 'Latvija.gov.lv e-pakalpojumi', 'Latvija.gov.lv e-services', { url: 'https://www.latvija.gov.lv' }),
  cp('VIRSIS-PORTAL', 'VDAA', 'centralPortal', 'Virsis.gov.lv starpiestāžu pakalpojumu katalogs', 'Virsis.gov.lv inter-institutional service catalogue', { url: 'https://www.virsis.gov.lv' }),
  cp('VIRSIS', 'VDAA', 'centralRequestSystem', 'Valsts vienotā pieteikumu vadības sistēma (VIRSIS)', 'State unified request management system (VIRSIS)', { url: 'https://virsis.gov.lv/pieteikumi' }),
  cp('EADRESE', 'VDAA', 'eAddress', 'Oficiālā elektroniskā adrese (E-adrese)', 'Official electronic address (E-adrese)', { url: 'https://www.latvija.gov.lv/e-adrese' }),
  cp('VISS-API', 'VDAA', 'api', 'Valsts informācijas sistēmu savietotāja API', 'State information system integrator API', { url: 'https://api.viss.gov.lv' }),
  cp('VDAA-PHONE', 'VDAA', 'phone', 'Latvija.gov.lv lietotāju atbalsta tālrunis', 'Latvija.gov.lv user support line', { phone: '+371 67101010', openingHours: PHONE_HOURS }),
  cp('VDAA-EMAIL', 'VDAA', 'email', 'VDAA lietotāju atbalsta e-pasts', 'VDAA user support e-mail', { email: 'atbalsts@vdaa.gov.lv' }),
  cp('VDAA-RS', 'VDAA', 'institutionRequestSystem', 'VDAA lietotāju atbalsta pieteikumu sistēma', 'VDAA user support request system', { url: 'https://atbalsts.vdaa.gov.lv' }),
  cp('BUSINESS-GOV', 'LIAA', 'centralPortal', 'Business.gov.lv uzņēmēju portāls', 'Business.gov.lv business portal', { url: 'https://www.business.gov.lv' }),

  // VPVKAC one-stop centres and municipal channels
  cp('VALMIERA-VPVKAC', 'VALMIERA', 'vpvkac', 'Valmieras novada VPVKAC (Valmiera)', 'Valmiera one-stop centre (Valmiera)', {
    address: 'Lāčplēša iela 2, Valmiera, LV-4201',
    phone: '+371 64207101',
    email: 'vpvkac@valmierasnovads.lv',
    openingHours: VPVKAC_HOURS,
    accessibilityLv: `${STEP_FREE_LV} Indukcijas cilpa klientu apkalpošanas zālē.`,
    accessibilityEn: `${STEP_FREE_EN} Hearing loop at the service desks.`,
  }),
  cp('RUJIENA-VPVKAC', 'VALMIERA', 'vpvkac', 'Valmieras novada VPVKAC (Rūjiena)', 'Valmiera one-stop centre (Rūjiena)', {
    address: 'Rīgas iela 9, Rūjiena, Valmieras novads, LV-4240',
    phone: '+371 64207102',
    email: 'vpvkac.rujiena@valmierasnovads.lv',
    openingHours: VPVKAC_HOURS,
    accessibilityLv: 'Ieeja ar uzbrauktuvi; apkalpošana pirmajā stāvā.',
    accessibilityEn: 'Ramped entrance; service on the ground floor.',
  }),
  cp('LUDZA-VPVKAC', 'LUDZA', 'vpvkac', 'Ludzas novada VPVKAC (Ludza)', 'Ludza one-stop centre (Ludza)', {
    address: 'Raiņa iela 16, Ludza, LV-5701',
    phone: '+371 65707130',
    email: 'vpvkac@ludzasnovads.lv',
    openingHours: VPVKAC_HOURS,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('ZILUPE-VPVKAC', 'LUDZA', 'vpvkac', 'Ludzas novada VPVKAC (Zilupe)', 'Ludza one-stop centre (Zilupe)', {
    address: 'Raiņa iela 13, Zilupe, Ludzas novads, LV-5751',
    phone: '+371 65707131',
    email: 'vpvkac.zilupe@ludzasnovads.lv',
    openingHours: VPVKAC_HOURS,
    accessibilityLv: 'Apkalpošana pirmajā stāvā; pēc pieprasījuma darbinieks pieņem klientu pie ieejas.',
    accessibilityEn: 'Ground-floor service; on request staff meet the customer at the entrance.',
  }),
  cp('KULDIGA-VPVKAC', 'KULDIGA', 'vpvkac', 'Kuldīgas novada VPVKAC (Kuldīga)', 'Kuldīga one-stop centre (Kuldīga)', {
    address: 'Baznīcas iela 1, Kuldīga, LV-3301',
    phone: '+371 63322210',
    email: 'vpvkac@kuldigasnovads.lv',
    openingHours: VPVKAC_HOURS,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('RIGA-APC', 'RIGA', 'municipalCentre', 'Rīgas pašvaldības Apmeklētāju pieņemšanas centrs', 'Riga City Visitor Reception Centre', {
    address: 'Dzirnavu iela 140, Rīga, LV-1050',
    phone: '+371 80000800',
    email: 'riga@riga.lv',
    openingHours: OFFICE,
    accessibilityLv: `${STEP_FREE_LV} Vieglās valodas informācija pie ieejas.`,
    accessibilityEn: `${STEP_FREE_EN} Easy-to-read information at the entrance.`,
  }),
  cp('RIGA-PORTAL', 'RIGA', 'institutionPortal', 'Rīgas pašvaldības e-pakalpojumi (eriga.lv)', 'Riga City e-services (eriga.lv)', { url: 'https://eriga.lv' }),
  cp('RIGA-PHONE', 'RIGA', 'phone', 'Rīgas pašvaldības informatīvais tālrunis', 'Riga City information line', { phone: '+371 80000800', openingHours: PHONE_HOURS }),
  cp('VALMIERA-PORTAL', 'VALMIERA', 'institutionPortal', 'Valmieras novada pašvaldības e-pakalpojumi', 'Valmiera Municipality e-services', { url: 'https://e.valmierasnovads.lv' }),
  cp('LUDZA-EMAIL', 'LUDZA', 'email', 'Ludzas novada pašvaldības e-pasts', 'Ludza Municipality e-mail', { email: 'dome@ludzasnovads.lv' }),
  cp('KULDIGA-PORTAL', 'KULDIGA', 'institutionPortal', 'Kuldīgas novada pašvaldības e-pakalpojumi', 'Kuldīga Municipality e-services', { url: 'https://e.kuldigasnovads.lv' }),
  cp('RIGA-SD-CENTRE', 'RIGA-SD', 'institutionCentre', 'Rīgas Sociālā dienesta teritoriālais centrs "Ziemeļi"', 'Riga Social Service district centre "Ziemeļi"', {
    address: 'Brīvības gatve 266, Rīga, LV-1006',
    phone: '+371 67037901',
    openingHours: OFFICE,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('RIGA-SD-HOME', 'RIGA-SD', 'recipientPremises', 'Aprūpe klienta dzīvesvietā Rīgā', 'Care at the client’s home in Riga'),
  cp('VALMIERA-SLP-CENTRE', 'VALMIERA-SLP', 'institutionCentre', 'Valmieras novada Sociālo lietu pārvalde', 'Valmiera Social Affairs Administration', {
    address: 'Stacijas iela 1, Valmiera, LV-4201',
    phone: '+371 64207150',
    openingHours: OFFICE,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('VALMIERA-SLP-HOME', 'VALMIERA-SLP', 'recipientPremises', 'Aprūpe klienta dzīvesvietā Valmieras novadā', 'Care at the client’s home in Valmiera Municipality'),
  cp('LUDZA-SD-CENTRE', 'LUDZA-SD', 'institutionCentre', 'Ludzas novada sociālā dienesta klientu pieņemšana', 'Ludza Social Service reception', {
    address: 'Raiņa iela 43, Ludza, LV-5701',
    phone: '+371 65707140',
    openingHours: OFFICE,
  }),
  cp('LUDZA-SD-HOME', 'LUDZA-SD', 'recipientPremises', 'Aprūpe klienta dzīvesvietā Ludzas novadā', 'Care at the client’s home in Ludza Municipality'),
  cp('KULDIGA-SD-CENTRE', 'KULDIGA-SD', 'institutionCentre', 'Kuldīgas novada sociālā dienesta klientu pieņemšana', 'Kuldīga Social Service reception', {
    address: 'Pilsētas laukums 2, Kuldīga, LV-3301',
    phone: '+371 63322230',
    openingHours: OFFICE,
  }),
  cp('KULDIGA-SD-HOME', 'KULDIGA-SD', 'recipientPremises', 'Aprūpe klienta dzīvesvietā Kuldīgas novadā', 'Care at the client’s home in Kuldīga Municipality'),
  cp('RIGA-BT-CENTRE', 'RIGA-BT', 'institutionCentre', 'Rīgas bāriņtiesas apmeklētāju pieņemšana', 'Riga Orphan’s Court reception', {
    address: 'Eksporta iela 6, Rīga, LV-1045',
    phone: '+371 67037401',
    openingHours: OFFICE,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('VALMIERA-BT-CENTRE', 'VALMIERA-BT', 'institutionCentre', 'Valmieras novada bāriņtiesa', 'Valmiera Orphan’s Court', { address: 'Rīgas iela 10, Valmiera, LV-4201', openingHours: OFFICE }),
  cp('LUDZA-BT-CENTRE', 'LUDZA-BT', 'institutionCentre', 'Ludzas novada bāriņtiesa', 'Ludza Orphan’s Court', { address: 'Raiņa iela 16, Ludza, LV-5701', openingHours: OFFICE }),
  cp('RIGA-DZS-CENTRE', 'RIGA-DZS', 'institutionCentre', 'Rīgas dzimtsarakstu nodaļa', 'Riga Civil Registry Office', {
    address: 'Brīvības bulvāris 38, Rīga, LV-1050',
    phone: '+371 67037705',
    openingHours: OFFICE,
    accessibilityLv: 'Ieeja ar pacēlāju no pagalma puses.',
    accessibilityEn: 'Entrance with a lift from the courtyard.',
  }),

  // PMLP
  cp('PMLP-RIGA', 'PMLP', 'institutionCentre', 'PMLP Rīgas 1. nodaļa', 'OCMA Riga Office No. 1', {
    address: 'Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026',
    phone: '+371 67588600',
    openingHours: OFFICE,
    accessibilityLv: `${STEP_FREE_LV} Dokumentu fotografēšana sēdus.`,
    accessibilityEn: `${STEP_FREE_EN} Seated photo booth.`,
  }),
  cp('PMLP-VALMIERA', 'PMLP', 'institutionCentre', 'PMLP Valmieras nodaļa', 'OCMA Valmiera Office', { address: 'Rīgas iela 22, Valmiera, LV-4201', phone: '+371 64281430', openingHours: OFFICE }),
  cp('PMLP-PHONE', 'PMLP', 'phone', 'PMLP informatīvais tālrunis', 'OCMA information line', { phone: '+371 67588600', openingHours: PHONE_HOURS }),
  cp('PMLP-EMAIL', 'PMLP', 'email', 'PMLP e-pasts', 'OCMA e-mail', { email: 'pmlp@pmlp.gov.lv' }),
  // VID
  cp('VID-EDS', 'VID', 'specialisedSystem', 'VID Elektroniskā deklarēšanas sistēma (EDS)', 'SRS Electronic Declaration System (EDS)', { url: 'https://eds.vid.gov.lv' }),
  cp('VID-EMDAS', 'VID', 'specialisedSystem', 'Elektroniskā muitas datu apstrādes sistēma (EMDAS)', 'Electronic customs data processing system (EMDAS)', { url: 'https://emdas.vid.gov.lv' }),
  cp('VID-PHONE', 'VID', 'phone', 'VID konsultatīvais tālrunis', 'SRS advice line', { phone: '+371 67120000', openingHours: PHONE_HOURS }),
  cp('VID-CENTRE', 'VID', 'institutionCentre', 'VID Klientu apkalpošanas centrs Rīgā', 'SRS Customer Service Centre in Riga', {
    address: 'Talejas iela 1, Rīga, LV-1978',
    openingHours: OFFICE,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('VID-SOCIAL', 'VID', 'socialNetwork', 'VID konti sociālajos tīklos', 'SRS social media accounts', { url: 'https://www.facebook.com/VID.gov.lv' }),
  // CSDD
  cp('E-CSDD', 'CSDD', 'institutionPortal', 'E-CSDD pašapkalpošanās vietne', 'E-CSDD self-service site', { url: 'https://e.csdd.lv' }),
  cp('CSDD-MOBILE', 'CSDD', 'mobileApp', 'CSDD mobilā lietotne', 'CSDD mobile app', { url: 'https://www.csdd.lv/lietotne' }),
  cp('CSDD-RIGA', 'CSDD', 'institutionCentre', 'CSDD Rīgas klientu apkalpošanas centrs', 'CSDD Riga customer service centre', {
    address: 'Bauskas iela 86, Rīga, LV-1004',
    openingHours: { weekly: { ...OFFICE.weekly, '6': ['09:00-14:00'] } },
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('CSDD-VALMIERA', 'CSDD', 'institutionCentre', 'CSDD Valmieras nodaļa', 'CSDD Valmiera office', { address: 'Rūjienas iela 40, Valmiera, LV-4201', openingHours: OFFICE }),
  cp('CSDD-PHONE', 'CSDD', 'phone', 'CSDD informatīvais tālrunis', 'CSDD information line', { phone: '+371 67025777', openingHours: PHONE_HOURS }),
  cp('CSDD-SMS', 'CSDD', 'sms', 'CSDD īsziņu atgādinājumi', 'CSDD text reminders', { phone: '+371 1859' }),
  cp('APSKATE-STACIJA', 'APSKATE', 'providerPremises', 'Tehniskās apskates stacija "Krasta"', 'Roadworthiness test station "Krasta"', {
    address: 'Krasta iela 101, Rīga, LV-1019',
    openingHours: { weekly: { ...OFFICE.weekly, '6': ['09:00-15:00'] } },
  }),
  // VSAA, NVA, VDEĀVK, LNS
  cp('VSAA-CENTRE', 'VSAA', 'institutionCentre', 'VSAA Rīgas reģionālā nodaļa', 'SSIA Riga regional office', {
    address: 'Lāčplēša iela 70a, Rīga, LV-1011',
    openingHours: OFFICE,
    accessibilityLv: STEP_FREE_LV,
    accessibilityEn: STEP_FREE_EN,
  }),
  cp('VSAA-PHONE', 'VSAA', 'phone', 'VSAA informatīvais tālrunis', 'SSIA information line', { phone: '+371 67501510', openingHours: PHONE_HOURS }),
  cp('VSAA-VIDEO', 'VSAA', 'videoCall', 'VSAA attālinātās video konsultācijas', 'SSIA remote video consultations', { url: 'https://www.vsaa.gov.lv/video' }),
  cp('NVA-CVVP', 'NVA', 'institutionPortal', 'NVA CV un vakanču portāls', 'SEA CV and vacancy portal', { url: 'https://cvvp.nva.gov.lv' }),
  cp('NVA-RIGA', 'NVA', 'institutionCentre', 'NVA Rīgas filiāle', 'SEA Riga branch', { address: 'Kr. Valdemāra iela 38, Rīga, LV-1010', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('NVA-LUDZA', 'NVA', 'institutionCentre', 'NVA Ludzas filiāle', 'SEA Ludza branch', { address: 'Stacijas iela 42, Ludza, LV-5701', openingHours: OFFICE }),
  cp('NVA-PHONE', 'NVA', 'phone', 'NVA informatīvais tālrunis', 'SEA information line', { phone: '+371 67021706', openingHours: PHONE_HOURS }),
  cp('NVA-VIDEO', 'NVA', 'videoCall', 'NVA karjeras konsultācijas video režīmā', 'SEA career counselling by video', { url: 'https://www.nva.gov.lv/video' }),
  cp('NVA-MACIBAS', 'NVA', 'providerPremises', 'Apmācību īstenotāju mācību vietas', 'Training providers’ premises', { address: 'Pēc NVA izsniegtā kupona norādītās mācību iestādes adreses' }),
  cp('VDEAVK-CENTRE', 'VDEAVK', 'institutionCentre', 'VDEĀVK klientu apkalpošana Rīgā', 'Medical Commission reception in Riga', { address: 'Ventspils iela 53, Rīga, LV-1002', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('LNS-SMS', 'LNS', 'sms', 'Surdotulka pieteikšana ar īsziņu', 'Booking a sign language interpreter by SMS', { phone: '+371 26000111' }),
  cp('LNS-VIDEO', 'LNS', 'videoCall', 'LNS video tulka pakalpojums', 'LNS video interpreting', { url: 'https://www.lns.lv/video-tulks', openingHours: PHONE_HOURS }),
  cp('LNS-CENTRE', 'LNS', 'institutionCentre', 'LNS Rīgas reģionālā biedrība', 'LNS Riga regional office', { address: 'Elijas iela 17, Rīga, LV-1050', openingHours: OFFICE }),
  cp('LNS-HOME', 'LNS', 'recipientPremises', 'Surdotulks klāt pie klienta', 'Interpreter present with the client'),
  // Post
  cp('POST', 'LP', 'post', 'Latvijas Pasta pasta nodaļas un kurjeri', 'Latvijas Pasts post offices and couriers', { url: 'https://www.pasts.lv', address: 'Jebkura pasta nodaļa Latvijā' }),
  cp('LP-HOME', 'LP', 'recipientPremises', 'Pensiju piegāde saņēmēja dzīvesvietā', 'Delivery of pensions to the recipient’s home'),
  // Health
  cp('EVESELIBA', 'NVD', 'specialisedSystem', 'E-veselības portāls', 'E-health portal', { url: 'https://www.eveseliba.gov.lv' }),
  cp('NVD-CENTRE', 'NVD', 'institutionCentre', 'NVD klientu apkalpošanas centrs', 'NHS customer service centre', { address: 'Cēsu iela 31 k-3, Rīga, LV-1012', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('NVD-PHONE', 'NVD', 'phone', 'NVD bezmaksas informatīvais tālrunis', 'NHS free information line', { phone: '+371 80001234', openingHours: PHONE_HOURS }),
  cp('GP-PRAKSES', 'NVD', 'providerPremises', 'Ģimenes ārstu prakses', 'Family doctors’ practices', { address: 'Pacienta izvēlētā ģimenes ārsta prakses adrese' }),
  cp('APTIEKAS', 'NVD', 'providerPremises', 'Aptiekas, kas izsniedz kompensējamās zāles', 'Pharmacies dispensing reimbursable medicines', { address: 'Jebkura līgumaptieka Latvijā' }),
  cp('ZVA-PORTAL', 'ZVA', 'institutionPortal', 'ZVA e-pakalpojumu portāls', 'SAM e-services portal', { url: 'https://e.zva.gov.lv' }),
  // Justice
  cp('UR-PORTAL', 'UR', 'institutionPortal', 'Uzņēmumu reģistra e-pakalpojumi', 'Register of Enterprises e-services', { url: 'https://www.ur.gov.lv/e-pakalpojumi' }),
  cp('UR-INFO', 'UR', 'institutionPortal', 'Uzņēmumu reģistra informācijas portāls', 'Register of Enterprises information portal', { url: 'https://info.ur.gov.lv' }),
  cp('UR-RIGA', 'UR', 'institutionCentre', 'UR klientu apkalpošanas centrs Rīgā', 'RoE customer service centre in Riga', { address: 'Pērses iela 2, Rīga, LV-1011', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('E-LIETA', 'TA', 'institutionPortal', 'E-lietas portāls', 'E-case portal', { url: 'https://www.e-lieta.lv' }),
  cp('ZEMESGRAMATA', 'TA', 'institutionPortal', 'Zemesgrāmatu portāls', 'Land register portal', { url: 'https://www.zemesgramata.lv' }),
  cp('IZSOLES', 'TA', 'institutionPortal', 'Elektronisko izsoļu vietne', 'Electronic auction site', { url: 'https://izsoles.ta.gov.lv' }),
  cp('TA-CENTRE', 'TA', 'institutionCentre', 'Tiesu administrācijas klientu apkalpošana', 'Court Administration reception', { address: 'Antonijas iela 6, Rīga, LV-1010', openingHours: OFFICE }),
  cp('RRT-ZGN', 'RRT', 'institutionCentre', 'Rīgas rajona tiesas zemesgrāmatu nodaļa', 'Riga District Court Land Register Office', { address: 'Abrenes iela 10, Rīga, LV-1050', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('RRT-KANCELEJA', 'RRT', 'institutionCentre', 'Rīgas rajona tiesas kanceleja', 'Riga District Court registry', { address: 'Abrenes iela 10, Rīga, LV-1050', openingHours: OFFICE }),
  cp('NOT-BIROJS', 'NOT-KALNINA', 'providerPremises', 'Notāres I. Kalniņas prakses vieta', 'Notary I. Kalniņa’s office', { address: 'Brīvības iela 100, Rīga, LV-1011', phone: '+371 67311220', openingHours: OFFICE }),
  cp('NOT-VIDEO', 'NOT-KALNINA', 'videoCall', 'Attālinātā notariālā apliecināšana video režīmā', 'Remote notarial certification by video', { url: 'https://www.latvijasnotars.lv' }),
  cp('TI-BIROJS', 'TI-OZOLS', 'providerPremises', 'Tiesu izpildītāja J. Ozola prakses vieta', 'Bailiff J. Ozols’s office', { address: 'Elizabetes iela 20, Rīga, LV-1050', openingHours: OFFICE }),
  cp('TI-EMAIL', 'TI-OZOLS', 'email', 'Tiesu izpildītāja J. Ozola e-pasts', 'Bailiff J. Ozols’s e-mail', { email: 'janis.ozols@lzti.lv' }),
  cp('KADASTRS', 'VZD', 'institutionPortal', 'Kadastrs.lv', 'Kadastrs.lv', { url: 'https://www.kadastrs.lv' }),
  cp('VZD-CENTRE', 'VZD', 'institutionCentre', 'VZD klientu apkalpošanas centrs Rīgā', 'SLS customer service centre in Riga', { address: 'Rīgas iela 1, Rīga, LV-1050', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('MER-BIROJS', 'MERNIEKS', 'providerPremises', 'Mērnieku biroja "Zemes mērs" klientu pieņemšana', 'Zemes mērs client reception', { address: 'Stacijas iela 5, Kuldīga, LV-3301', openingHours: OFFICE }),
  cp('MER-EMAIL', 'MERNIEKS', 'email', 'Mērnieku biroja e-pasts', 'Surveying office e-mail', { email: 'birojs@zemesmers.lv' }),
  // Economy
  cp('LIAA-PORTAL', 'LIAA', 'institutionPortal', 'LIAA atbalsta programmu pieteikšanās', 'LIAA support programme applications', { url: 'https://www.liaa.gov.lv/pieteikties' }),
  cp('BIS', 'BVKB', 'specialisedSystem', 'Būvniecības informācijas sistēma (BIS)', 'Construction Information System (BIS)', { url: 'https://bis.gov.lv' }),
  cp('PTAC-EMAIL', 'PTAC', 'email', 'PTAC e-pasts iesniegumiem', 'CRPC e-mail for complaints', { email: 'pasts@ptac.gov.lv' }),
  cp('LBS-EMAIL', 'LBS', 'email', 'LBS sertifikācijas centra e-pasts', 'LBS certification centre e-mail', { email: 'sertifikacija@lbs.lv' }),
  cp('LBS-BIROJS', 'LBS', 'providerPremises', 'LBS sertifikācijas centrs', 'LBS certification centre', { address: 'Ausekļa iela 1, Rīga, LV-1010', openingHours: OFFICE }),
  // Agriculture
  cp('LAD-EPS', 'LAD', 'specialisedSystem', 'LAD Elektroniskās pieteikšanās sistēma', 'RSS Electronic Application System', { url: 'https://eps.lad.gov.lv' }),
  cp('PVD-CENTRE', 'PVD', 'institutionCentre', 'PVD klientu apkalpošana', 'FVS reception', { address: 'Peldu iela 30, Rīga, LV-1050', openingHours: OFFICE }),
  cp('PVD-EMAIL', 'PVD', 'email', 'PVD e-pasts', 'FVS e-mail', { email: 'pvd@pvd.gov.lv' }),
  // Education
  cp('VIIS', 'IZM', 'specialisedSystem', 'Valsts izglītības informācijas sistēma (VIIS)', 'State Education Information System (VIIS)', { url: 'https://viis.lv' }),
  cp('LU-PORTAL', 'LU', 'institutionPortal', 'LU studiju pieteikšanās portāls', 'UL study application portal', { url: 'https://www.lu.lv/uznemsana' }),
  cp('LU-CENTRE', 'LU', 'institutionCentre', 'LU Studentu serviss', 'UL Student Services', { address: 'Raiņa bulvāris 19, Rīga, LV-1586', openingHours: OFFICE, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  // Regulators and others
  cp('SPRK-EMAIL', 'SPRK', 'email', 'SPRK e-pasts', 'PUC e-mail', { email: 'sprk@sprk.gov.lv' }),
  cp('DVI-EMAIL', 'DVI', 'email', 'DVI e-pasts', 'DSI e-mail', { email: 'pasts@dvi.gov.lv' }),
  cp('METEO', 'LVGMC', 'institutionPortal', 'Meteo.lv laikapstākļu portāls', 'Meteo.lv weather portal', { url: 'https://www.meteo.lv' }),
  cp('LVGMC-SOCIAL', 'LVGMC', 'socialNetwork', 'LVĢMC brīdinājumi sociālajos tīklos', 'LEGMC warnings on social media', { url: 'https://x.com/meteolv' }),
  cp('LVGMC-API', 'LVGMC', 'api', 'LVĢMC atvērto datu API', 'LEGMC open data API', { url: 'https://data.lvgmc.lv/api' }),
  cp('EPARAKSTS', 'LVRTC', 'institutionPortal', 'eParaksts.lv', 'eParaksts.lv', { url: 'https://www.eparaksts.lv' }),
  cp('EPARAKSTS-MOBILE', 'LVRTC', 'mobileApp', 'eParaksts mobile lietotne', 'eParaksts mobile app', { url: 'https://www.eparaksts.lv/mobile' }),
  cp('LVRTC-HOME', 'LVRTC', 'recipientPremises', 'Apraides signāla uztveršana mājsaimniecībās', 'Broadcast reception in households'),
  cp('LVRTC-EMAIL', 'LVRTC', 'email', 'LVRTC klientu atbalsta e-pasts', 'LVRTC customer support e-mail', { email: 'atbalsts@lvrtc.lv' }),
  // Security
  cp('VUGD-112', 'VUGD', 'phone', 'Vienotais ārkārtas palīdzības numurs 112', 'Single emergency number 112', { phone: '112', openingHours: ALWAYS }),
  cp('VUGD-SMS', 'VUGD', 'sms', 'Šūnu apraides brīdinājumu sistēma', 'Cell broadcast warning system', { phone: '112' }),
  cp('VUGD-SOCIAL', 'VUGD', 'socialNetwork', 'VUGD brīdinājumi sociālajos tīklos', 'SFRS warnings on social media', { url: 'https://x.com/vugd' }),
  cp('VUGD-SCENE', 'VUGD', 'recipientPremises', 'Notikuma vieta', 'The scene of the incident'),
  cp('VUGD-CENTRE', 'VUGD', 'institutionCentre', 'VUGD Rīgas reģiona pārvaldes klientu pieņemšana', 'SFRS Riga region reception', { address: 'Maskavas iela 5, Rīga, LV-1050', openingHours: OFFICE }),
  cp('VP-STATION', 'VP', 'institutionCentre', 'Valsts policijas Rīgas reģiona pārvaldes iecirknis', 'State Police Riga region station', { address: 'Ģertrūdes iela 34, Rīga, LV-1011', openingHours: ALWAYS, accessibilityLv: STEP_FREE_LV, accessibilityEn: STEP_FREE_EN }),
  cp('VP-PHONE', 'VP', 'phone', 'Valsts policijas tālrunis 110', 'State Police number 110', { phone: '110', openingHours: ALWAYS }),
  cp('VP-EMAIL', 'VP', 'email', 'Valsts policijas e-pasts', 'State Police e-mail', { email: 'kanceleja@vp.gov.lv' }),
  // Treasury and regional development
  cp('VK-PORTAL', 'VK', 'institutionPortal', 'Valsts kases e-pakalpojumi (eKase)', 'Treasury e-services (eKase)', { url: 'https://ekase.kase.gov.lv' }),
  cp('VK-EMAIL', 'VK', 'email', 'Valsts kases e-pasts', 'Treasury e-mail', { email: 'kase@kase.gov.lv' }),
  cp('KRAJOBLIGACIJAS', 'VK', 'institutionPortal', 'Krājobligācijas.lv', 'Krajobligacijas.lv (savings bonds)', { url: 'https://www.krajobligacijas.lv' }),
  cp('GEOLATVIJA', 'VRAA', 'institutionPortal', 'Geolatvija.lv ģeoportāls', 'Geolatvija.lv geoportal', { url: 'https://geolatvija.lv' }),
  cp('TAPIS', 'VRAA', 'specialisedSystem', 'Teritorijas attīstības plānošanas informācijas sistēma (TAPIS)', 'Spatial planning information system (TAPIS)', { url: 'https://tapis.gov.lv' }),
  cp('VDZTI-EMAIL', 'VDZTI', 'email', 'VDzTI e-pasts', 'Railway Inspectorate e-mail', { email: 'vdzti@vdzti.gov.lv' }),
  cp('IKVD-EMAIL', 'IKVD', 'email', 'IKVD e-pasts', 'SEQS e-mail', { email: 'info@ikvd.gov.lv' }),
];
