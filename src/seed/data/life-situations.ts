/**
 * Demo life situations (dzīves situācijas) of residents, businesses and
 * institutions, and the needs (vajadzības) tied to them. A need may belong to
 * several life situations (R40); every life situation has at least one need.
 */
import type { LifeSituationAudience } from '../../shared/enums.js';

export interface LifeSituationSpec {
  code: string;
  nameLv: string;
  nameEn: string;
  audience: LifeSituationAudience;
  descriptionLv: string;
  descriptionEn: string;
}

export interface NeedSpec {
  code: string;
  nameLv: string;
  nameEn: string;
  /** Codes of the life situations the need belongs to. */
  situations: string[];
}

const ls = (code: string, audience: LifeSituationAudience, nameLv: string, nameEn: string, descriptionLv: string, descriptionEn: string): LifeSituationSpec => ({
  code,
  audience,
  nameLv,
  nameEn,
  descriptionLv,
  descriptionEn,
});

export const LIFE_SITUATIONS: LifeSituationSpec[] = [
  // Residents
  ls('BERNA-PIEDZIMSANA', 'residents', 'Bērna piedzimšana', 'Birth of a child', 'Ģimenē piedzimst bērns: jāreģistrē dzimšana, jāsaņem pabalsti un jāatrod vieta bērnudārzā.', 'A child is born: the birth is registered, benefits are granted and a kindergarten place is found.'),
  ls('DZIVESVIETAS-MAINA', 'residents', 'Dzīvesvietas maiņa', 'Change of residence', 'Pārceļoties uz jaunu dzīvesvietu, jādeklarē adrese un jāpārkārto ar to saistītie pakalpojumi.', 'Moving home: declaring the new address and arranging related services.'),
  ls('BEZDARBS', 'residents', 'Bezdarbs', 'Unemployment', 'Zaudējot darbu, nepieciešami ienākumi, atbalsts darba meklēšanā un jaunas prasmes.', 'Losing a job: income, help to find work and new skills.'),
  ls('PENSIONESANAS', 'residents', 'Pensionēšanās', 'Retirement', 'Sasniedzot pensijas vecumu, jāpiešķir pensija un jāplāno ienākumi.', 'Reaching pension age: the pension is granted and income planned.'),
  ls('TUVINIEKA-NAVE', 'residents', 'Tuvinieka nāve', 'Death of a relative', 'Tuvinieka nāves gadījumā jāreģistrē miršana, jākārto apbedīšana un mantojums.', 'When a relative dies: registering the death, the funeral and the inheritance.'),
  ls('BUVNIECIBA', 'residents', 'Būvniecība', 'Construction', 'Mājas būvniecība vai pārbūve no ieceres līdz nodošanai ekspluatācijā.', 'Building or rebuilding a house, from the plan to putting it into service.'),
  ls('TRANSPORTLIDZEKLA-IEGADE', 'residents', 'Transportlīdzekļa iegāde', 'Buying a vehicle', 'Iegādājoties automašīnu, tā jāreģistrē, jāveic tehniskā apskate un jābūt tiesībām to vadīt.', 'Buying a car: registering it, passing the roadworthiness test and having the right to drive.'),
  ls('LAULIBAS', 'residents', 'Laulības noslēgšana', 'Getting married', 'Laulības reģistrācija un ar to saistītās izmaiņas personas datos.', 'Registering a marriage and the related changes to personal data.'),
  ls('SKIRSANAS', 'residents', 'Laulības šķiršana', 'Divorce', 'Laulības šķiršana, bērnu aizgādība un uzturlīdzekļi.', 'Divorce, custody of children and maintenance.'),
  ls('SLIMIBA', 'residents', 'Slimība un darbnespēja', 'Illness and incapacity for work', 'Slimības laikā nepieciešama ārstēšana un ienākumi darbnespējas laikā.', 'Treatment and income while ill.'),
  ls('INVALIDITATE', 'residents', 'Invaliditāte', 'Disability', 'Invaliditātes noteikšana un atbalsts patstāvīgai dzīvei.', 'Assessing a disability and support for independent living.'),
  ls('SKOLAS-GAITAS', 'residents', 'Bērna skolas gaitu sākšana', 'Starting school', 'Vieta skolā, nokļūšana līdz tai un atbalsts ģimenei.', 'A school place, getting to school and support for the family.'),
  ls('PERSONAS-DOKUMENTI', 'residents', 'Personu apliecinošu dokumentu iegūšana', 'Getting identity documents', 'Pase, personas apliecība un droša elektroniskā identitāte.', 'A passport, an identity card and a secure electronic identity.'),
  ls('DARBS-ARVALSTIS', 'residents', 'Darbs vai studijas ārvalstīs', 'Working or studying abroad', 'Dokumenti, veselības apdrošināšana un sociālās garantijas, dodoties uz ārvalstīm.', 'Documents, health insurance and social security when going abroad.'),
  ls('IMIGRACIJA', 'residents', 'Pārcelšanās uz dzīvi Latvijā', 'Moving to Latvia', 'Ārzemnieka tiesības uzturēties un strādāt Latvijā, dzīvesvietas deklarēšana.', 'A foreigner’s right to reside and work in Latvia, declaring a residence.'),
  ls('NEKUSTAMA-IPASUMA-IEGADE', 'residents', 'Nekustamā īpašuma iegāde', 'Buying real estate', 'Īpašuma pārbaude, darījums un īpašuma tiesību nostiprināšana.', 'Checking a property, the transaction and registering the ownership.'),
  ls('IENAKUMU-DEKLARESANA', 'residents', 'Ienākumu deklarēšana', 'Declaring income', 'Gada ienākumu deklarācija un pārmaksātā nodokļa atgūšana.', 'The annual income return and recovering overpaid tax.'),
  ls('VESELIBAS-APRUPE', 'residents', 'Ārstēšanās un veselības aprūpe', 'Medical treatment', 'Ģimenes ārsts, kompensējamās zāles un piekļuve saviem veselības datiem.', 'A family doctor, reimbursable medicines and access to one’s health data.'),
  ls('STUDIJAS', 'residents', 'Studiju uzsākšana', 'Starting higher education', 'Iestāšanās augstskolā un studiju uzsākšana.', 'Applying to a university and starting studies.'),
  ls('TRUCIBA', 'residents', 'Ienākumu zaudējums un trūcība', 'Loss of income and poverty', 'Mājsaimniecība nonāk finansiālās grūtībās un tai nepieciešams pašvaldības atbalsts.', 'A household in financial hardship needs municipal support.'),
  ls('ARKARTAS-SITUACIJA', 'residents', 'Ārkārtas situācija un apdraudējums', 'Emergency and danger', 'Dabas katastrofas, ugunsgrēki un citi apdraudējumi, kad nepieciešams brīdinājums un glābšana.', 'Disasters, fires and other dangers that call for warnings and rescue.'),
  ls('PATERETAJA-TIESIBAS', 'residents', 'Patērētāja tiesību aizskārums', 'Infringement of consumer rights', 'Iegādāta prece vai pakalpojums neatbilst līgumam, un strīds jārisina.', 'A purchased product or service does not conform and a dispute needs resolving.'),
  ls('NOZIEDZIGS-NODARIJUMS', 'residents', 'Cietušais noziedzīgā nodarījumā', 'Victim of a crime', 'Noziedzīga nodarījuma pieteikšana un aizsardzība.', 'Reporting a crime and getting protection.'),
  ls('LIDZDALIBA', 'residents', 'Līdzdalība sabiedrības dzīvē', 'Participation in public life', 'Biedrību dibināšana, publiski pasākumi un piekļuve sabiedriskajiem medijiem.', 'Founding associations, holding public events and access to public media.'),
  ls('MEDIBAS', 'residents', 'Medību uzsākšana', 'Taking up hunting', 'Tiesības iegādāties un glabāt medību ieroci.', 'The right to acquire and keep a hunting weapon.'),
  // Businesses
  ls('UZNEMUMA-DIBINASANA', 'businesses', 'Uzņēmuma dibināšana', 'Starting a business', 'Uzņēmuma reģistrācija, nodokļu statuss un sākuma finansējums.', 'Registering a company, its tax status and start-up financing.'),
  ls('DARBINIEKU-PIENEMSANA', 'businesses', 'Darbinieku pieņemšana darbā', 'Hiring employees', 'Darbinieku atrašana, reģistrēšana un kvalifikācija.', 'Finding, registering and qualifying employees.'),
  ls('UZNEMUMA-LIKVIDACIJA', 'businesses', 'Uzņēmuma darbības izbeigšana', 'Closing a business', 'Saistību nokārtošana un uzņēmuma izslēgšana no reģistra.', 'Settling obligations and removing the company from the register.'),
  ls('LAUKSAIMNIECIBA', 'businesses', 'Lauksaimnieciskās darbības uzsākšana', 'Starting farming', 'Zemes apsaimniekošana, atbalsta maksājumi un dzīvnieku veselība.', 'Farming land, support payments and animal health.'),
  ls('PARTIKAS-UZNEMUMS', 'businesses', 'Pārtikas uzņēmuma atvēršana', 'Opening a food business', 'Pārtikas uzņēmuma atzīšana un telpu drošība.', 'Approval of a food business and safe premises.'),
  ls('EKSPORTS', 'businesses', 'Eksports un ārējā tirdzniecība', 'Exporting', 'Jaunu tirgu apgūšana, muitošana un sertifikāti.', 'New markets, customs clearance and certificates.'),
  ls('PARADU-ATGUSANA', 'businesses', 'Parādu atgūšana', 'Recovering debts', 'Nesamaksātu rēķinu piedziņa tiesā un ar tiesu izpildītāja palīdzību.', 'Collecting unpaid invoices through the court and a bailiff.'),
  ls('FARMACIJA', 'businesses', 'Farmaceitiskās darbības uzsākšana', 'Starting a pharmaceutical business', 'Zāļu laišana tirgū un aptiekas atvēršana.', 'Placing medicines on the market and opening a pharmacy.'),
  ls('SABIEDRISKIE-PAKALPOJUMI', 'businesses', 'Sabiedrisko pakalpojumu sniegšana', 'Providing public utilities', 'Licence un tarifi regulētajās nozarēs.', 'Licences and tariffs in regulated sectors.'),
  ls('DATU-IZMANTOSANA', 'businesses', 'Inovāciju izstrāde ar publiskajiem datiem', 'Innovation with public data', 'Publisko datu izmantošana jaunu produktu radīšanai.', 'Using public data to create new products.'),
  // Institutions
  ls('IESTADES-DIGITALIZACIJA', 'institutions', 'Iestādes pakalpojumu digitalizācija', 'Digitalising an institution’s services', 'Iestāde savus pakalpojumus padara pieejamus elektroniski, izmantojot koplietošanas risinājumus.', 'An institution makes its services available electronically with shared solutions.'),
  ls('IESTADES-ATBALSTA-FUNKCIJAS', 'institutions', 'Iestādes atbalsta funkciju nodrošināšana', 'Running an institution’s support functions', 'Grāmatvedība, maksājumi un IT infrastruktūra no kompetenču centriem.', 'Accounting, payments and IT infrastructure from competence centres.'),
  ls('DATU-APMAINA', 'institutions', 'Datu apmaiņa starp iestādēm', 'Data exchange between institutions', 'Iestādei vajadzīgi citu iestāžu reģistru dati, lai nepieprasītu tos no iedzīvotājiem.', 'An institution needs other registers’ data so it need not ask residents for it.'),
  ls('KLIENTU-APKALPOSANA', 'institutions', 'Klientu apkalpošanas organizēšana', 'Organising customer service', 'Iestāde nodrošina klātienes apkalpošanu reģionos ar VPVKAC tīkla palīdzību.', 'An institution serves customers in the regions through the VPVKAC network.'),
  ls('PASVALDIBAS-INVESTICIJAS', 'institutions', 'Pašvaldības investīciju projekta īstenošana', 'Implementing a municipal investment project', 'Finansējuma piesaiste un projekta īstenošana.', 'Raising financing and implementing the project.'),
  ls('TERITORIJAS-PLANOSANA', 'institutions', 'Teritorijas plānošana', 'Spatial planning', 'Pašvaldības teritorijas plānojuma izstrāde un būvniecības procesu pārvaldība.', 'Drafting a municipal spatial plan and managing construction procedures.'),
  ls('IZGLITIBAS-IESTADES-DARBIBA', 'institutions', 'Izglītības iestādes darbības nodrošināšana', 'Running an educational institution', 'Izglītības programmu licencēšana un akreditācija.', 'Licensing and accreditation of education programmes.'),
];

const need = (code: string, nameLv: string, nameEn: string, situations: string[]): NeedSpec => ({ code, nameLv, nameEn, situations });

export const NEEDS: NeedSpec[] = [
  // Identity, residence, migration
  need('N-PERSONAS-DOK', 'Personu apliecinošs dokuments', 'An identity document', ['PERSONAS-DOKUMENTI', 'DARBS-ARVALSTIS']),
  need('N-PASE-CELOSANAI', 'Ceļošanas dokuments ārvalstu braucieniem', 'A travel document', ['PERSONAS-DOKUMENTI', 'DARBS-ARVALSTIS']),
  need('N-EID', 'Drošs elektroniskās identifikācijas līdzeklis', 'A secure means of electronic identification', ['PERSONAS-DOKUMENTI', 'UZNEMUMA-DIBINASANA']),
  need('N-SAZINA-AR-VALSTI', 'Droša elektroniska saziņa ar valsti', 'Secure electronic communication with the state', ['PERSONAS-DOKUMENTI', 'UZNEMUMA-DIBINASANA', 'DZIVESVIETAS-MAINA']),
  need('N-DZIVESVIETA', 'Deklarēta dzīvesvieta', 'A declared place of residence', ['DZIVESVIETAS-MAINA', 'IMIGRACIJA', 'BERNA-PIEDZIMSANA']),
  need('N-PASTA-PARADRESACIJA', 'Pasta sūtījumu saņemšana jaunajā adresē', 'Receiving mail at the new address', ['DZIVESVIETAS-MAINA']),
  need('N-UZTURESANAS', 'Tiesības uzturēties Latvijā', 'The right to reside in Latvia', ['IMIGRACIJA']),
  need('N-DARBA-ATLAUJA', 'Tiesības strādāt Latvijā', 'The right to work in Latvia', ['IMIGRACIJA', 'DARBINIEKU-PIENEMSANA']),
  need('N-IELUGUMS', 'Ārvalstu viesa uzaicināšana', 'Inviting a foreign visitor', ['IMIGRACIJA']),
  need('N-PILSONIBA', 'Latvijas pilsonība', 'Latvian citizenship', ['IMIGRACIJA']),
  // Family
  need('N-DZIMSANAS-REG', 'Bērna dzimšanas reģistrācija', 'Registration of a child’s birth', ['BERNA-PIEDZIMSANA']),
  need('N-BERNA-PABALSTS', 'Atbalsts bērna piedzimšanas gadījumā', 'Support on the birth of a child', ['BERNA-PIEDZIMSANA']),
  need('N-MATERNITATE', 'Ienākumi grūtniecības un dzemdību atvaļinājuma laikā', 'Income during maternity leave', ['BERNA-PIEDZIMSANA']),
  need('N-VECAKU-PABALSTS', 'Ienākumi bērna kopšanas laikā', 'Income while caring for a child', ['BERNA-PIEDZIMSANA']),
  need('N-GIMENES-PABALSTS', 'Regulārs atbalsts bērna audzināšanai', 'Regular support for raising a child', ['BERNA-PIEDZIMSANA', 'SKOLAS-GAITAS']),
  need('N-BERNUDARZS', 'Vieta pirmsskolas izglītības iestādē', 'A place in pre-school education', ['BERNA-PIEDZIMSANA', 'DZIVESVIETAS-MAINA']),
  need('N-SKOLA', 'Vieta vispārējās izglītības iestādē', 'A place in a general education school', ['SKOLAS-GAITAS', 'DZIVESVIETAS-MAINA']),
  need('N-SKOLENU-TRANSPORTS', 'Nokļūšana uz skolu', 'Getting to school', ['SKOLAS-GAITAS']),
  need('N-LAULIBA', 'Laulības noslēgšana', 'Concluding a marriage', ['LAULIBAS']),
  need('N-UZVARDS', 'Vārda vai uzvārda maiņa', 'Change of name or surname', ['LAULIBAS', 'SKIRSANAS']),
  need('N-SKIRSANA', 'Laulības šķiršana', 'Dissolution of a marriage', ['SKIRSANAS']),
  need('N-UZTURLIDZEKLI', 'Uzturlīdzekļi bērnam', 'Maintenance for a child', ['SKIRSANAS']),
  need('N-AIZBILDNIECIBA', 'Bērna aizgādības un aizbildnības nodrošināšana', 'Custody and guardianship of a child', ['SKIRSANAS', 'TUVINIEKA-NAVE']),
  need('N-KRIZE', 'Drošs patvērums krīzes situācijā', 'Safe shelter in a crisis', ['SKIRSANAS', 'TRUCIBA']),
  // Work
  need('N-BEZDARBNIEKA-STATUSS', 'Bezdarbnieka statuss', 'Unemployed status', ['BEZDARBS']),
  need('N-BEZDARBA-IENAKUMI', 'Ienākumi bezdarba laikā', 'Income during unemployment', ['BEZDARBS']),
  need('N-DARBA-ATRASANA', 'Piemērota darba atrašana', 'Finding a suitable job', ['BEZDARBS']),
  need('N-PARKVALIFIKACIJA', 'Jaunas prasmes un pārkvalifikācija', 'New skills and retraining', ['BEZDARBS']),
  need('N-DARBINIEKI', 'Piemēroti darbinieki', 'Suitable employees', ['DARBINIEKU-PIENEMSANA']),
  need('N-DARBINIEKU-REG', 'Darba ņēmēju reģistrācija', 'Registering employees', ['DARBINIEKU-PIENEMSANA']),
  need('N-VILCES-VADITAJS', 'Tiesības vadīt vilcienu', 'The right to drive a train', ['DARBINIEKU-PIENEMSANA']),
  need('N-DAS', 'Datu aizsardzības speciālista kvalifikācija', 'Data protection officer qualification', ['DARBINIEKU-PIENEMSANA']),
  // Retirement, illness, disability, death
  need('N-VECUMA-PENSIJA', 'Ienākumi pēc darba mūža beigām', 'Income after retirement', ['PENSIONESANAS']),
  need('N-PENSIJAS-PLANOSANA', 'Pensijas apmēra plānošana', 'Planning one’s pension', ['PENSIONESANAS']),
  need('N-UZKRAJUMI', 'Drošs uzkrājumu veids', 'A safe way to save', ['PENSIONESANAS']),
  need('N-PENSIJA-ARVALSTIS', 'Pensijas saņemšana ārvalstīs', 'Receiving a pension abroad', ['DARBS-ARVALSTIS', 'PENSIONESANAS']),
  need('N-APDROSINASANAS-IZZINA', 'Apliecinājums par sociālo apdrošināšanu', 'Proof of social insurance', ['DARBS-ARVALSTIS', 'PENSIONESANAS']),
  need('N-SLIMIBAS-PABALSTS', 'Ienākumi darbnespējas laikā', 'Income during incapacity for work', ['SLIMIBA']),
  need('N-ARSTESANA', 'Valsts apmaksāta ārstēšana', 'State-funded treatment', ['SLIMIBA', 'VESELIBAS-APRUPE']),
  need('N-KOMP-ZALES', 'Kompensējamās zāles', 'Reimbursable medicines', ['SLIMIBA', 'VESELIBAS-APRUPE']),
  need('N-EVESELIBA', 'Piekļuve saviem veselības datiem', 'Access to one’s health data', ['VESELIBAS-APRUPE']),
  need('N-EVAK', 'Eiropas veselības apdrošināšanas karte', 'A European Health Insurance Card', ['VESELIBAS-APRUPE', 'DARBS-ARVALSTIS']),
  need('N-ARSTESANA-ARVALSTIS', 'Ārstēšanās citā ES valstī', 'Treatment in another EU country', ['VESELIBAS-APRUPE', 'DARBS-ARVALSTIS']),
  need('N-INVALIDITATE', 'Invaliditātes noteikšana', 'Assessment of disability', ['INVALIDITATE', 'SLIMIBA']),
  need('N-INVALIDITATES-PENSIJA', 'Ienākumi invaliditātes gadījumā', 'Income in case of disability', ['INVALIDITATE']),
  need('N-KOPSANA', 'Atbalsts personas kopšanai', 'Support for care of a person', ['INVALIDITATE']),
  need('N-SURDOTULKS', 'Saziņa zīmju valodā', 'Communication in sign language', ['INVALIDITATE']),
  need('N-APRUPE-MAJAS', 'Aprūpe mājās', 'Care at home', ['INVALIDITATE', 'PENSIONESANAS']),
  need('N-ASISTENTS', 'Asistenta atbalsts', 'Assistant support', ['INVALIDITATE']),
  need('N-SOC-REHAB', 'Sociālo prasmju atjaunošana', 'Restoring social skills', ['INVALIDITATE']),
  need('N-NAVES-REG', 'Miršanas fakta reģistrācija', 'Registration of a death', ['TUVINIEKA-NAVE']),
  need('N-APBEDISANA', 'Atbalsts apbedīšanas izdevumiem', 'Support for funeral costs', ['TUVINIEKA-NAVE']),
  need('N-APGADNIEKS', 'Ienākumi apgādnieka zaudējuma gadījumā', 'Income after losing a breadwinner', ['TUVINIEKA-NAVE']),
  need('N-MANTOJUMS', 'Mantojuma pieņemšana', 'Accepting an inheritance', ['TUVINIEKA-NAVE']),
  // Poverty and housing
  need('N-TRUCIBA-STATUSS', 'Trūcīgas vai maznodrošinātas mājsaimniecības statuss', 'Low-income household status', ['TRUCIBA']),
  need('N-GMI', 'Pamata iztikas nodrošināšana', 'A basic subsistence income', ['TRUCIBA', 'BEZDARBS']),
  need('N-MAJOKLA-PABALSTS', 'Atbalsts mājokļa izdevumiem', 'Support for housing costs', ['TRUCIBA', 'PENSIONESANAS']),
  need('N-SOC-DZIVOKLIS', 'Pašvaldības palīdzība mājokļa jautājumos', 'Municipal housing assistance', ['TRUCIBA', 'DZIVESVIETAS-MAINA']),
  need('N-KRIZES-PABALSTS', 'Atbalsts ārkārtas situācijā', 'Support in an emergency', ['ARKARTAS-SITUACIJA', 'TRUCIBA']),
  need('N-NIN', 'Samazināts nekustamā īpašuma nodoklis', 'Reduced property tax', ['NEKUSTAMA-IPASUMA-IEGADE', 'TRUCIBA']),
  // Construction and property
  need('N-BUVATLAUJA', 'Tiesības uzsākt būvniecību', 'Permission to start construction', ['BUVNIECIBA']),
  need('N-NOJAUKSANA', 'Tiesības nojaukt būvi', 'Permission to demolish a building', ['BUVNIECIBA']),
  need('N-BUVES-PIENEMSANA', 'Būves nodošana ekspluatācijā', 'Putting a building into service', ['BUVNIECIBA']),
  need('N-BUVSPECIALISTS', 'Sertificēts būvspeciālists', 'A certified construction specialist', ['BUVNIECIBA']),
  need('N-ENERGOEFEKTIVITATE', 'Mājokļa energoefektivitātes uzlabošana', 'Improving home energy efficiency', ['BUVNIECIBA', 'NEKUSTAMA-IPASUMA-IEGADE']),
  need('N-ZEMES-UZMERISANA', 'Zemes robežu noteikšana', 'Determining land boundaries', ['BUVNIECIBA', 'NEKUSTAMA-IPASUMA-IEGADE']),
  need('N-KADASTRA-DATI', 'Aktuāli nekustamā īpašuma kadastra dati', 'Up-to-date cadastral data', ['NEKUSTAMA-IPASUMA-IEGADE', 'BUVNIECIBA']),
  need('N-IPASUMA-TIESIBAS', 'Nostiprinātas īpašuma tiesības', 'Registered ownership rights', ['NEKUSTAMA-IPASUMA-IEGADE', 'TUVINIEKA-NAVE']),
  need('N-IPASUMA-INFO', 'Ticama informācija par īpašuma tiesībām', 'Reliable information on property rights', ['NEKUSTAMA-IPASUMA-IEGADE']),
  need('N-ADRESE', 'Piešķirta adrese', 'An assigned address', ['BUVNIECIBA']),
  need('N-ADRESU-DATI', 'Precīzi adrešu dati', 'Accurate address data', ['DATU-IZMANTOSANA', 'DZIVESVIETAS-MAINA']),
  need('N-GEODATI', 'Ģeotelpiskie dati lēmumu pieņemšanai', 'Geospatial data for decisions', ['DATU-IZMANTOSANA', 'BUVNIECIBA']),
  need('N-NOTARIALS-DARIJUMS', 'Juridiski drošs darījums', 'A legally secure transaction', ['NEKUSTAMA-IPASUMA-IEGADE']),
  need('N-APLIECINAJUMS', 'Apliecināts paraksts vai dokuments', 'A certified signature or document', ['UZNEMUMA-DIBINASANA', 'NEKUSTAMA-IPASUMA-IEGADE']),
  need('N-ZEMES-NOMA', 'Zemes lietošana nomā', 'Renting land', ['LAUKSAIMNIECIBA']),
  // Vehicles
  need('N-TL-REGISTRACIJA', 'Transportlīdzekļa reģistrācija uz sava vārda', 'Registering a vehicle in one’s name', ['TRANSPORTLIDZEKLA-IEGADE']),
  need('N-TEHNISKA-APSKATE', 'Transportlīdzekļa tehniskā atbilstība', 'Vehicle roadworthiness', ['TRANSPORTLIDZEKLA-IEGADE']),
  need('N-VADITAJA-APLIECIBA', 'Tiesības vadīt transportlīdzekli', 'The right to drive', ['TRANSPORTLIDZEKLA-IEGADE', 'PERSONAS-DOKUMENTI', 'IMIGRACIJA']),
  need('N-STAVVIETA', 'Transportlīdzekļa novietošana pie dzīvesvietas', 'Parking near one’s home', ['DZIVESVIETAS-MAINA', 'TRANSPORTLIDZEKLA-IEGADE']),
  need('N-CSN', 'Ceļu satiksmes negadījuma seku noformēšana', 'Handling a road accident', ['TRANSPORTLIDZEKLA-IEGADE']),
  // Taxes
  need('N-IENAKUMU-DEKLARACIJA', 'Ienākumu deklarēšana', 'Declaring income', ['IENAKUMU-DEKLARESANA']),
  need('N-NODOKLU-ATMAKSA', 'Pārmaksātā nodokļa atgūšana', 'Recovering overpaid tax', ['IENAKUMU-DEKLARESANA']),
  need('N-NODOKLU-GRUTIBAS', 'Nodokļu saistību izpilde finansiālās grūtībās', 'Meeting tax obligations in difficulty', ['UZNEMUMA-LIKVIDACIJA']),
  // Business
  need('N-UZNEMUMA-REG', 'Uzņēmuma reģistrācija', 'Registering a company', ['UZNEMUMA-DIBINASANA']),
  need('N-UZNEMUMA-IZMAINAS', 'Uzņēmuma datu aktualizēšana', 'Updating company data', ['UZNEMUMA-DIBINASANA']),
  need('N-PVN', 'PVN maksātāja statuss', 'VAT registration', ['UZNEMUMA-DIBINASANA']),
  need('N-AKCIZE', 'Tiesības tirgot akcīzes preces', 'The right to trade excise goods', ['UZNEMUMA-DIBINASANA', 'EKSPORTS']),
  need('N-RITEKLIS', 'Tiesības ekspluatēt dzelzceļa ritekli', 'The right to operate rolling stock', ['UZNEMUMA-DIBINASANA']),
  need('N-IELU-TIRDZNIECIBA', 'Tirdzniecība publiskās vietās', 'Trading in public places', ['UZNEMUMA-DIBINASANA']),
  need('N-UZNEMUMA-FINANSEJUMS', 'Finansējums uzņēmējdarbībai', 'Business financing', ['UZNEMUMA-DIBINASANA', 'EKSPORTS', 'LAUKSAIMNIECIBA']),
  need('N-INVESTICIJAS', 'Investīciju projekta īstenošana Latvijā', 'Implementing an investment project in Latvia', ['UZNEMUMA-DIBINASANA']),
  need('N-EKSPORTA-TIRGI', 'Piekļuve eksporta tirgiem', 'Access to export markets', ['EKSPORTS']),
  need('N-MUITA', 'Preču muitošana', 'Customs clearance of goods', ['EKSPORTS']),
  need('N-REGISTRA-INFO', 'Ticama informācija par uzņēmumiem', 'Reliable information about companies', ['UZNEMUMA-DIBINASANA', 'EKSPORTS']),
  need('N-LIKVIDACIJA', 'Uzņēmuma darbības izbeigšana', 'Winding up a company', ['UZNEMUMA-LIKVIDACIJA']),
  need('N-PAREDU-PIEDZINA', 'Parāda atgūšana', 'Recovering a debt', ['PARADU-ATGUSANA', 'UZNEMUMA-LIKVIDACIJA']),
  need('N-TIESVEDIBA', 'Piekļuve tiesai', 'Access to court', ['PARADU-ATGUSANA', 'SKIRSANAS']),
  need('N-PARTIKAS-REG', 'Pārtikas uzņēmuma atzīšana', 'Approval of a food business', ['PARTIKAS-UZNEMUMS']),
  need('N-UGUNSDROSIBA', 'Apliecinājums par telpu ugunsdrošību', 'Confirmation of fire safety of premises', ['PARTIKAS-UZNEMUMS', 'IZGLITIBAS-IESTADES-DARBIBA']),
  need('N-VETERINARIJA', 'Dzīvnieku izcelsmes produktu veterinārais apliecinājums', 'Veterinary certification of animal products', ['LAUKSAIMNIECIBA', 'EKSPORTS']),
  need('N-PLATIBU-MAKSAJUMI', 'Atbalsts lauksaimniecības zemes apsaimniekošanai', 'Support for farming land', ['LAUKSAIMNIECIBA']),
  need('N-ZALU-REG', 'Zāļu laišana tirgū', 'Placing medicines on the market', ['FARMACIJA']),
  need('N-FARM-LICENCE', 'Aptiekas darbības atļauja', 'A pharmacy licence', ['FARMACIJA']),
  need('N-TARIFS', 'Apstiprināts regulētā pakalpojuma tarifs', 'An approved utility tariff', ['SABIEDRISKIE-PAKALPOJUMI']),
  need('N-SPRK-LICENCE', 'Tiesības sniegt regulētu sabiedrisko pakalpojumu', 'The right to provide a regulated utility', ['SABIEDRISKIE-PAKALPOJUMI']),
  need('N-PATERETAJU-STRIDS', 'Patērētāja strīda atrisināšana', 'Resolving a consumer dispute', ['PATERETAJA-TIESIBAS']),
  need('N-IZGLITIBAS-LICENCE', 'Tiesības īstenot izglītības programmu', 'The right to run an education programme', ['IZGLITIBAS-IESTADES-DARBIBA', 'UZNEMUMA-DIBINASANA']),
  need('N-IZGLITIBAS-AKREDITACIJA', 'Akreditēta izglītības iestāde', 'An accredited educational institution', ['IZGLITIBAS-IESTADES-DARBIBA']),
  need('N-STUDIJAS', 'Studiju vieta augstskolā', 'A study place in higher education', ['STUDIJAS']),
  // Safety and public life
  need('N-BRIDINAJUMS', 'Savlaicīgs brīdinājums par apdraudējumu', 'Timely warning of danger', ['ARKARTAS-SITUACIJA']),
  need('N-GLABSANA', 'Glābšanas palīdzība nelaimē', 'Rescue in an emergency', ['ARKARTAS-SITUACIJA']),
  need('N-LAIKA-PROGNOZE', 'Ticama laikapstākļu informācija', 'Reliable weather information', ['ARKARTAS-SITUACIJA', 'LAUKSAIMNIECIBA']),
  need('N-DROSIBA', 'Drošība publiskajā telpā', 'Safety in public spaces', ['ARKARTAS-SITUACIJA', 'LIDZDALIBA']),
  need('N-NOZIEGUMS', 'Aizsardzība pret noziedzīgu nodarījumu', 'Protection against crime', ['NOZIEDZIGS-NODARIJUMS']),
  need('N-IEROCIS', 'Tiesības iegādāties un glabāt ieroci', 'The right to own a firearm', ['MEDIBAS']),
  need('N-BIEDRIBA', 'Biedrības dibināšana', 'Founding an association', ['LIDZDALIBA']),
  need('N-PARTIJA', 'Politiskās organizācijas dibināšana', 'Founding a political organisation', ['LIDZDALIBA']),
  need('N-PASAKUMS', 'Publiska pasākuma rīkošana', 'Organising a public event', ['LIDZDALIBA']),
  need('N-MEDIJI', 'Piekļuve sabiedriskajiem medijiem', 'Access to public media', ['LIDZDALIBA', 'ARKARTAS-SITUACIJA']),
  need('N-METEO-DATI', 'Meteoroloģiskie dati lēmumu pieņemšanai', 'Meteorological data for decisions', ['DATU-IZMANTOSANA', 'DATU-APMAINA']),
  // Institutions
  need('N-TIMEKLVIETNE', 'Iestādes tīmekļvietne', 'An institution’s website', ['IESTADES-DIGITALIZACIJA']),
  need('N-EPAK-PUBLICESANA', 'E-pakalpojumu pieejamība centrālajā portālā', 'E-services available on the central portal', ['IESTADES-DIGITALIZACIJA']),
  need('N-E-IDENTIFIKACIJA', 'Droša lietotāju identifikācija e-pakalpojumos', 'Secure user identification in e-services', ['IESTADES-DIGITALIZACIJA']),
  need('N-DATU-APMAINA', 'Droša datu apmaiņa ar citām iestādēm', 'Secure data exchange with other institutions', ['DATU-APMAINA', 'IESTADES-DIGITALIZACIJA']),
  need('N-PERSONU-DATI', 'Aktuāli fizisko personu dati', 'Up-to-date data on natural persons', ['DATU-APMAINA']),
  need('N-UZNEMUMU-DATI', 'Aktuāli uzņēmumu dati', 'Up-to-date company data', ['DATU-APMAINA']),
  need('N-KADASTRA-DATI-IESTADEM', 'Aktuāli nekustamo īpašumu dati', 'Up-to-date real estate data', ['DATU-APMAINA', 'TERITORIJAS-PLANOSANA']),
  need('N-NODOKLU-DATI', 'Nodokļu saistību dati lēmumu pieņemšanai', 'Tax data for decisions', ['DATU-APMAINA']),
  need('N-GRAMATVEDIBA', 'Grāmatvedības uzskaite', 'Bookkeeping', ['IESTADES-ATBALSTA-FUNKCIJAS']),
  need('N-MAKSAJUMI', 'Maksājumu veikšana un saņemšana', 'Making and receiving payments', ['IESTADES-ATBALSTA-FUNKCIJAS', 'IESTADES-DIGITALIZACIJA']),
  need('N-DATU-CENTRS', 'Droša IT infrastruktūra', 'Secure IT infrastructure', ['IESTADES-ATBALSTA-FUNKCIJAS', 'IESTADES-DIGITALIZACIJA']),
  need('N-STARPIESTAZU-PIETEIKUMI', 'Starpiestāžu pieteikumu pārvaldība', 'Managing inter-institutional requests', ['IESTADES-ATBALSTA-FUNKCIJAS']),
  need('N-KLIENTU-APKALPOSANA', 'Klientu apkalpošana reģionos', 'Customer service in the regions', ['KLIENTU-APKALPOSANA']),
  need('N-PIEGADE', 'Naudas izmaksu piegāde saņēmēju dzīvesvietā', 'Delivering cash payments to recipients’ homes', ['KLIENTU-APKALPOSANA']),
  need('N-AIZNEMUMS', 'Finansējums investīciju projektiem', 'Financing for investment projects', ['PASVALDIBAS-INVESTICIJAS']),
  need('N-ES-FINANSEJUMS', 'ES fondu finansējums attīstības projektiem', 'EU funds for development projects', ['PASVALDIBAS-INVESTICIJAS']),
  need('N-TAP-SISTEMA', 'Teritorijas plānojuma izstrāde un publicēšana', 'Drafting and publishing spatial plans', ['TERITORIJAS-PLANOSANA']),
  need('N-BIS-IESTADEM', 'Būvniecības procesa digitāla pārvaldība', 'Digital management of construction procedures', ['TERITORIJAS-PLANOSANA', 'IESTADES-DIGITALIZACIJA']),
  need('N-TIESU-IS', 'Tiesvedības lietu elektroniska pārvaldība', 'Electronic case management', ['IESTADES-DIGITALIZACIJA']),
  need('N-IZSOLES-SISTEMA', 'Elektroniska izsoļu norise', 'Electronic auctions', ['IESTADES-DIGITALIZACIJA']),
];
