/**
 * Names the national-scale generator builds institutions from: the ministries
 * missing from the demo data, more agencies per ministry, the 43 municipalities
 * of the 2021 reform with a few localities each, universities and regulators,
 * state and municipal companies, courts, associations. Each entry names a
 * demo institution (or a profile in national-profiles.ts) whose activity
 * directions, channel types and services it is modelled on.
 */

/** [code, nameLv, nameEn, domain, model] */
export type NamedInstitution = [code: string, nameLv: string, nameEn: string, domain: string, model: string];

/** Ministries absent from the demo data (13 in all with the demo's ten). */
export const EXTRA_MINISTRIES: NamedInstitution[] = [
  ['AM', 'Aizsardzības ministrija', 'Ministry of Defence', 'mod.gov.lv', 'P-DEFENCE'],
  ['AAM', 'Ārlietu ministrija', 'Ministry of Foreign Affairs', 'mfa.gov.lv', 'P-FOREIGN'],
  ['KM', 'Kultūras ministrija', 'Ministry of Culture', 'km.gov.lv', 'P-CULTURE'],
];

/** More agencies per ministry code, each modelled on a demo agency or a profile. */
export const EXTRA_AGENCIES: Record<string, NamedInstitution[]> = {
  AM: [
    ['VAD', 'Valsts aizsardzības dienests', 'State Defence Service', 'vad.gov.lv', 'P-DEFENCE'],
    ['AIVA', 'Aizsardzības īpašumu valsts aģentūra', 'State Defence Properties Agency', 'aiva.gov.lv', 'P-DEFENCE'],
    ['JSC', 'Jaunsardzes centrs', 'Youth Guard Centre', 'jc.gov.lv', 'P-DEFENCE'],
    ['VALIC', 'Valsts aizsardzības loģistikas un iepirkumu centrs', 'State Defence Logistics and Procurement Centre', 'valic.gov.lv', 'P-DEFENCE'],
  ],
  AAM: [
    ['KONSULARAIS', 'Ārlietu ministrijas Konsulārais departaments', 'Consular Department', 'consular.mfa.gov.lv', 'P-FOREIGN'],
    ['LI', 'Latvijas Institūts', 'Latvian Institute', 'li.lv', 'P-CULTURE'],
  ],
  KM: [
    ['NKMP', 'Nacionālā kultūras mantojuma pārvalde', 'National Heritage Board', 'mantojums.lv', 'P-CULTURE'],
    ['LNB', 'Latvijas Nacionālā bibliotēka', 'National Library of Latvia', 'lnb.lv', 'P-CULTURE'],
    ['LNA', 'Latvijas Nacionālais arhīvs', 'National Archives of Latvia', 'arhivi.gov.lv', 'P-CULTURE'],
    ['VVC', 'Valsts valodas centrs', 'State Language Centre', 'vvc.gov.lv', 'P-CULTURE'],
    ['KISC', 'Kultūras informācijas sistēmu centrs', 'Culture Information Systems Centre', 'kis.gov.lv', 'P-CULTURE'],
  ],
  VARAM: [['DAP', 'Dabas aizsardzības pārvalde', 'Nature Conservation Agency', 'daba.gov.lv', 'VRAA']],
  FM: [
    ['IUB', 'Iepirkumu uzraudzības birojs', 'Procurement Monitoring Bureau', 'iub.gov.lv', 'VK'],
    ['IAUI', 'Izložu un azartspēļu uzraudzības inspekcija', 'Lotteries and Gambling Supervisory Inspection', 'iaui.gov.lv', 'VID'],
  ],
  IEM: [
    ['VRS', 'Valsts robežsardze', 'State Border Guard', 'rs.gov.lv', 'PMLP'],
    ['IEMIC', 'Iekšlietu ministrijas Informācijas centrs', 'Information Centre of the Ministry of the Interior', 'ic.iem.gov.lv', 'VP'],
    ['NVAG', 'Nodrošinājuma valsts aģentūra', 'Provision State Agency', 'nva.iem.gov.lv', 'VUGD'],
  ],
  SM: [
    ['CAA', 'Civilās aviācijas aģentūra', 'Civil Aviation Agency', 'caa.gov.lv', 'VDZTI'],
    ['ATD', 'Autotransporta direkcija', 'Road Transport Administration', 'atd.lv', 'VDZTI'],
  ],
  LM: [
    ['VDI', 'Valsts darba inspekcija', 'State Labour Inspectorate', 'vdi.gov.lv', 'NVA'],
    ['SIVA', 'Sociālās integrācijas valsts aģentūra', 'Social Integration State Agency', 'siva.gov.lv', 'VDEAVK'],
    ['VBTAI', 'Valsts bērnu tiesību aizsardzības inspekcija', 'State Inspectorate for Protection of Children’s Rights', 'bti.gov.lv', 'VSAA'],
  ],
  VM: [
    ['SPKC', 'Slimību profilakses un kontroles centrs', 'Centre for Disease Prevention and Control', 'spkc.gov.lv', 'NVD'],
    ['VI', 'Veselības inspekcija', 'Health Inspectorate', 'vi.gov.lv', 'ZVA'],
    ['NMPD', 'Neatliekamās medicīniskās palīdzības dienests', 'Emergency Medical Service', 'nmpd.gov.lv', 'NVD'],
    ['VADC', 'Valsts asinsdonoru centrs', 'State Blood Donor Centre', 'vadc.gov.lv', 'NVD'],
  ],
  TM: [
    ['VPD', 'Valsts probācijas dienests', 'State Probation Service', 'vpd.gov.lv', 'TA'],
    ['IVP', 'Ieslodzījuma vietu pārvalde', 'Prison Administration', 'ievp.gov.lv', 'TA'],
    ['MKD', 'Maksātnespējas kontroles dienests', 'Insolvency Control Service', 'mkd.gov.lv', 'UR'],
    ['JPA', 'Juridiskās palīdzības administrācija', 'Legal Aid Administration', 'jpa.gov.lv', 'TA'],
  ],
  EM: [
    ['CSP', 'Centrālā statistikas pārvalde', 'Central Statistical Bureau', 'csp.gov.lv', 'UR'],
    ['EPA', 'Ekonomikas ministrijas Enerģētikas aģentūra', 'Energy Agency', 'energoaudits.lv', 'LIAA'],
  ],
  ZM: [
    ['VMD', 'Valsts meža dienests', 'State Forest Service', 'vmd.gov.lv', 'LAD'],
    ['VAAD', 'Valsts augu aizsardzības dienests', 'State Plant Protection Service', 'vaad.gov.lv', 'PVD'],
    ['LDC', 'Lauksaimniecības datu centrs', 'Agricultural Data Centre', 'ldc.gov.lv', 'LAD'],
    ['VTUA', 'Valsts tehniskās uzraudzības aģentūra', 'State Technical Supervision Agency', 'vtua.gov.lv', 'CSDD'],
  ],
  IZM: [
    ['VISC', 'Valsts izglītības satura centrs', 'National Centre for Education', 'visc.gov.lv', 'IKVD'],
    ['VIAA', 'Valsts izglītības attīstības aģentūra', 'State Education Development Agency', 'viaa.gov.lv', 'LIAA'],
    ['JSPA', 'Jaunatnes starptautisko programmu aģentūra', 'Agency for International Programs for Youth', 'jaunatne.gov.lv', 'LIAA'],
  ],
};

/** Regions, for territorial units of agencies and for courts. */
export const REGIONS: [lv: string, en: string, code: string][] = [
  ['Rīgas', 'Riga', 'RIG'],
  ['Kurzemes', 'Kurzeme', 'KUR'],
  ['Zemgales', 'Zemgale', 'ZEM'],
  ['Vidzemes', 'Vidzeme', 'VID'],
  ['Latgales', 'Latgale', 'LAT'],
];

/**
 * The 43 municipalities: [code, name stem in the genitive, English name, domain, localities].
 * The first seven are state cities (valstspilsētas); the demo's four are included.
 */
export const MUNICIPALITIES: [code: string, stemLv: string, nameEn: string, domain: string, localities: string[]][] = [
  ['RIGA', 'Rīgas', 'Riga', 'riga.lv', ['Rīga']],
  ['DAUGAVPILS', 'Daugavpils', 'Daugavpils', 'daugavpils.lv', ['Daugavpils']],
  ['JELGAVA', 'Jelgavas', 'Jelgava', 'jelgava.lv', ['Jelgava']],
  ['JURMALA', 'Jūrmalas', 'Jūrmala', 'jurmala.lv', ['Jūrmala', 'Ķemeri', 'Kauguri']],
  ['LIEPAJA', 'Liepājas', 'Liepāja', 'liepaja.lv', ['Liepāja']],
  ['REZEKNE', 'Rēzeknes', 'Rēzekne', 'rezekne.lv', ['Rēzekne']],
  ['VENTSPILS', 'Ventspils', 'Ventspils', 'ventspils.lv', ['Ventspils']],
  ['AIZKRAUKLE', 'Aizkraukles', 'Aizkraukle', 'aizkraukle.lv', ['Aizkraukle', 'Koknese', 'Skrīveri', 'Jaunjelgava']],
  ['ALUKSNE', 'Alūksnes', 'Alūksne', 'aluksne.lv', ['Alūksne', 'Jaunanna', 'Zeltiņi']],
  ['AUGSDAUGAVA', 'Augšdaugavas', 'Augšdaugava', 'augsdaugavasnovads.lv', ['Ilūkste', 'Subate', 'Naujene']],
  ['ADAZI', 'Ādažu', 'Ādaži', 'adazi.lv', ['Ādaži', 'Carnikava']],
  ['BALVI', 'Balvu', 'Balvi', 'balvi.lv', ['Balvi', 'Viļaka', 'Baltinava']],
  ['BAUSKA', 'Bauskas', 'Bauska', 'bauska.lv', ['Bauska', 'Iecava', 'Vecumnieki', 'Rundāle']],
  ['CESIS', 'Cēsu', 'Cēsis', 'cesis.lv', ['Cēsis', 'Līgatne', 'Priekuļi', 'Jaunpiebalga']],
  ['DIENVIDKURZEME', 'Dienvidkurzemes', 'South Kurzeme', 'dkn.lv', ['Grobiņa', 'Durbe', 'Pāvilosta', 'Priekule']],
  ['DOBELE', 'Dobeles', 'Dobele', 'dobele.lv', ['Dobele', 'Auce', 'Tērvete']],
  ['GULBENE', 'Gulbenes', 'Gulbene', 'gulbene.lv', ['Gulbene', 'Lizums', 'Stāmeriena']],
  ['JELGAVAS-NOV', 'Jelgavas novada', 'Jelgava Municipality', 'jelgavasnovads.lv', ['Ozolnieki', 'Eleja', 'Kalnciems']],
  ['JEKABPILS', 'Jēkabpils', 'Jēkabpils', 'jekabpils.lv', ['Jēkabpils', 'Aknīste', 'Viesīte', 'Sala']],
  ['KRASLAVA', 'Krāslavas', 'Krāslava', 'kraslava.lv', ['Krāslava', 'Dagda', 'Indra']],
  ['KULDIGA', 'Kuldīgas', 'Kuldīga', 'kuldigasnovads.lv', ['Kuldīga', 'Skrunda', 'Alsunga']],
  ['KEKAVA', 'Ķekavas', 'Ķekava', 'kekava.lv', ['Ķekava', 'Baldone', 'Baloži']],
  ['LIMBAZI', 'Limbažu', 'Limbaži', 'limbazi.lv', ['Limbaži', 'Salacgrīva', 'Aloja', 'Ainaži']],
  ['LIVANI', 'Līvānu', 'Līvāni', 'livani.lv', ['Līvāni', 'Rožupe']],
  ['LUDZA', 'Ludzas', 'Ludza', 'ludzasnovads.lv', ['Ludza', 'Zilupe', 'Kārsava']],
  ['MADONA', 'Madonas', 'Madona', 'madona.lv', ['Madona', 'Lubāna', 'Cesvaine', 'Ērgļi']],
  ['MARUPE', 'Mārupes', 'Mārupe', 'marupe.lv', ['Mārupe', 'Babīte', 'Piņķi']],
  ['OGRE', 'Ogres', 'Ogre', 'ogresnovads.lv', ['Ogre', 'Ikšķile', 'Ķegums', 'Lielvārde']],
  ['OLAINE', 'Olaines', 'Olaine', 'olaine.lv', ['Olaine', 'Jaunolaine']],
  ['PREILI', 'Preiļu', 'Preiļi', 'preili.lv', ['Preiļi', 'Riebiņi', 'Vārkava']],
  ['REZEKNES-NOV', 'Rēzeknes novada', 'Rēzekne Municipality', 'rezeknesnovads.lv', ['Viļāni', 'Malta', 'Kaunata']],
  ['ROPAZI', 'Ropažu', 'Ropaži', 'ropazi.lv', ['Ulbroka', 'Ropaži', 'Garkalne']],
  ['SALASPILS', 'Salaspils', 'Salaspils', 'salaspils.lv', ['Salaspils']],
  ['SALDUS', 'Saldus', 'Saldus', 'saldus.lv', ['Saldus', 'Brocēni', 'Kursīši']],
  ['SAULKRASTI', 'Saulkrastu', 'Saulkrasti', 'saulkrasti.lv', ['Saulkrasti', 'Zvejniekciems']],
  ['SIGULDA', 'Siguldas', 'Sigulda', 'sigulda.lv', ['Sigulda', 'Inčukalns', 'Krimulda']],
  ['SMILTENE', 'Smiltenes', 'Smiltene', 'smiltene.lv', ['Smiltene', 'Ape', 'Palsmane']],
  ['TALSI', 'Talsu', 'Talsi', 'talsi.lv', ['Talsi', 'Sabile', 'Stende', 'Dundaga']],
  ['TUKUMS', 'Tukuma', 'Tukums', 'tukums.lv', ['Tukums', 'Kandava', 'Engure']],
  ['VALKA', 'Valkas', 'Valka', 'valka.lv', ['Valka', 'Strenči', 'Seda']],
  ['VALMIERA', 'Valmieras', 'Valmiera', 'valmierasnovads.lv', ['Valmiera', 'Rūjiena', 'Mazsalaca', 'Burtnieki']],
  ['VARAKLANI', 'Varakļānu', 'Varakļāni', 'varaklani.lv', ['Varakļāni', 'Murmastiene']],
  ['VENTSPILS-NOV', 'Ventspils novada', 'Ventspils Municipality', 'ventspilsnovads.lv', ['Piltene', 'Ugāle', 'Tārgale']],
];

/** Universities, regulators and other derived public persons. */
export const DERIVED_PUBLIC_PERSONS: NamedInstitution[] = [
  ['RTU', 'Rīgas Tehniskā universitāte', 'Riga Technical University', 'rtu.lv', 'LU'],
  ['RSU', 'Rīgas Stradiņa universitāte', 'Rīga Stradiņš University', 'rsu.lv', 'LU'],
  ['LBTU', 'Latvijas Biozinātņu un tehnoloģiju universitāte', 'Latvia University of Life Sciences and Technologies', 'lbtu.lv', 'LU'],
  ['DU', 'Daugavpils Universitāte', 'Daugavpils University', 'du.lv', 'LU'],
  ['LIEPU', 'Liepājas Universitāte', 'Liepāja University', 'liepu.lv', 'LU'],
  ['RTA', 'Rēzeknes Tehnoloģiju akadēmija', 'Rēzekne Academy of Technologies', 'rta.lv', 'LU'],
  ['VIA', 'Vidzemes Augstskola', 'Vidzeme University of Applied Sciences', 'va.lv', 'LU'],
  ['VEA', 'Ventspils Augstskola', 'Ventspils University of Applied Sciences', 'venta.lv', 'LU'],
  ['LMA', 'Latvijas Mākslas akadēmija', 'Art Academy of Latvia', 'lma.lv', 'LU'],
  ['JVLMA', 'Jāzepa Vītola Latvijas Mūzikas akadēmija', 'Jāzeps Vītols Latvian Academy of Music', 'jvlma.lv', 'LU'],
  ['LKA', 'Latvijas Kultūras akadēmija', 'Latvian Academy of Culture', 'lka.edu.lv', 'LU'],
  ['LB', 'Latvijas Banka', 'Bank of Latvia', 'bank.lv', 'SPRK'],
  ['NEPLP', 'Nacionālā elektronisko plašsaziņas līdzekļu padome', 'National Electronic Mass Media Council', 'neplp.lv', 'SPRK'],
  ['SIF', 'Sabiedrības integrācijas fonds', 'Society Integration Foundation', 'sif.gov.lv', 'LIAA'],
];

/** State and municipal capital companies doing public tasks. */
export const CAPITAL_COMPANIES: NamedInstitution[] = [
  ['LVM', 'AS “Latvijas valsts meži”', 'Latvia’s State Forests', 'lvm.lv', 'LVGMC'],
  ['LATVENERGO', 'AS “Latvenergo”', 'Latvenergo', 'latvenergo.lv', 'LVRTC'],
  ['AST', 'AS “Augstsprieguma tīkls”', 'Augstsprieguma tīkls (transmission system operator)', 'ast.lv', 'LVRTC'],
  ['LDZ', 'VAS “Latvijas dzelzceļš”', 'Latvian Railways', 'ldz.lv', 'CSDD'],
  ['LVC', 'VSIA “Latvijas Valsts ceļi”', 'Latvian State Roads', 'lvceli.lv', 'CSDD'],
  ['VNI', 'VAS “Valsts nekustamie īpašumi”', 'State Real Estate', 'vni.lv', 'LP'],
  ['LJA', 'VAS “Latvijas Jūras administrācija”', 'Maritime Administration of Latvia', 'lja.lv', 'CSDD'],
  ['RIX', 'VAS “Starptautiskā lidosta “Rīga””', 'Riga International Airport', 'riga-airport.com', 'LP'],
  ['LSM', 'VSIA “Latvijas Sabiedriskais medijs”', 'Latvian Public Broadcasting', 'lsm.lv', 'LVGMC'],
  ['PSKUS', 'VSIA “Paula Stradiņa klīniskā universitātes slimnīca”', 'Pauls Stradiņš Clinical University Hospital', 'stradini.lv', 'P-HOSPITAL'],
  ['RAKUS', 'SIA “Rīgas Austrumu klīniskā universitātes slimnīca”', 'Riga East Clinical University Hospital', 'aslimnica.lv', 'P-HOSPITAL'],
  ['BKUS', 'VSIA “Bērnu klīniskā universitātes slimnīca”', 'Children’s Clinical University Hospital', 'bkus.lv', 'P-HOSPITAL'],
  ['LRS', 'SIA “Liepājas reģionālā slimnīca”', 'Liepāja Regional Hospital', 'liepajasslimnica.lv', 'P-HOSPITAL'],
  ['DRS', 'SIA “Daugavpils reģionālā slimnīca”', 'Daugavpils Regional Hospital', 'slimnica.lv', 'P-HOSPITAL'],
  ['VIDZEMES-SL', 'SIA “Vidzemes slimnīca”', 'Vidzeme Hospital', 'vidzemesslimnica.lv', 'P-HOSPITAL'],
  ['RIGAS-SATIKSME', 'SIA “Rīgas satiksme”', 'Rīgas satiksme (public transport)', 'rigassatiksme.lv', 'LP'],
  ['RIGAS-UDENS', 'SIA “Rīgas ūdens”', 'Rīgas ūdens (water utility)', 'rigasudens.lv', 'LP'],
];

/** Courts and other judicial institutions. */
export const COURTS: NamedInstitution[] = [
  ['AT', 'Augstākā tiesa', 'Supreme Court', 'at.gov.lv', 'RRT'],
  ['ST', 'Satversmes tiesa', 'Constitutional Court', 'satv.tiesa.gov.lv', 'RRT'],
  ['ADM-RT', 'Administratīvā rajona tiesa', 'District Administrative Court', 'tiesas.lv', 'RRT'],
  ['ADM-AT', 'Administratīvā apgabaltiesa', 'Regional Administrative Court', 'tiesas.lv', 'RRT'],
  ['ELT', 'Ekonomisko lietu tiesa', 'Economic Affairs Court', 'tiesas.lv', 'RRT'],
  ['PROKURATURA', 'Latvijas Republikas Prokuratūra', 'Prosecution Office of the Republic of Latvia', 'prokuratura.gov.lv', 'RRT'],
];

/** Associations and foundations doing delegated public tasks. */
export const ASSOCIATIONS: NamedInstitution[] = [
  ['LPS', 'Latvijas Pašvaldību savienība', 'Latvian Association of Local Governments', 'lps.lv', 'LBS'],
  ['LNEB', 'Latvijas Neredzīgo biedrība', 'Latvian Society of the Blind', 'lnb.org.lv', 'LNS'],
  ['LSK', 'Latvijas Sarkanais Krusts', 'Latvian Red Cross', 'redcross.lv', 'LNS'],
  ['LBIS', 'Latvijas Būvinženieru savienība', 'Latvian Association of Civil Engineers', 'lbs.lv', 'LBS'],
  ['LAS', 'Latvijas Arhitektu savienība', 'Latvian Association of Architects', 'latarh.lv', 'LBS'],
  ['LMS', 'Latvijas Mednieku savienība', 'Latvian Hunters’ Association', 'medniekiem.lv', 'LBS'],
  ['LLKC', 'Latvijas Lauku konsultāciju un izglītības centrs', 'Latvian Rural Advisory and Training Centre', 'llkc.lv', 'LBS'],
  ['LDDK', 'Latvijas Darba devēju konfederācija', 'Employers’ Confederation of Latvia', 'lddk.lv', 'LBS'],
];
