/**
 * Sign-in accounts of the demo register, one for every kind of role. They
 * exist only in demo data (never in the national-scale data or production);
 * all share one password.
 */

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Demo-parole-2026';

/**
 * What the account's person does in the demo register: the builder appoints
 * the person to that role (`slot`) at the institution.
 * - `admin`: system administrator (no policy role)
 * - `stateLead`, `sectorLead`, `municipalLead`: the responsible person of a lead institution (R17)
 * - `portfolio`: portfolio manager (R14); `service`: service manager of the institution's services (R13)
 * - `resourcePortfolio`: resource-portfolio manager (R15); `resource`: manager of the institution's resources (R16)
 * - `provider`: responsible person of a provider institution for another institution's services (R19)
 */
export type DemoSlot = 'admin' | 'stateLead' | 'sectorLead' | 'municipalLead' | 'portfolio' | 'service' | 'resourcePortfolio' | 'resource' | 'provider';

export interface DemoAccount {
  login: string;
  password: string;
  /** Institution code of the employer. */
  institution: string;
  slot: DemoSlot;
  givenName: string;
  familyName: string;
  roleLv: string;
  roleEn: string;
}

const account = (login: string, institution: string, slot: DemoSlot, name: [string, string], roleLv: string, roleEn: string): DemoAccount => ({
  login,
  password: DEMO_PASSWORD,
  institution,
  slot,
  givenName: name[0],
  familyName: name[1],
  roleLv,
  roleEn,
});

/** Every demo account with what it can show. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  account('admin@demo.lv', 'VDAA', 'admin', ['Andris', 'Bērziņš'], 'Reģistra sistēmas administrators', 'System administrator of the register'),
  account('valsts.vaditajs@varam.demo.lv', 'VARAM', 'stateLead', ['Ilze', 'Kalniņa'], 'Pakalpojumu pārvaldības valsts vadošās iestādes atbildīgā persona (VARAM)', 'Responsible person of the state lead for service management (VARAM)'),
  account('kopuma.vaditajs@varam.demo.lv', 'VARAM', 'portfolio', ['Juris', 'Ozols'], 'VARAM pakalpojumu kopuma vadītājs (vienotie pašvaldību pakalpojumi)', 'VARAM portfolio manager (unified municipal services)'),
  account('pakalpojuma.vaditajs@varam.demo.lv', 'VARAM', 'service', ['Dace', 'Liepiņa'], 'Vienoto pašvaldību pakalpojumu vadītāja (VARAM)', 'Service manager of the unified municipal services (VARAM)'),
  account('nozares.vaditajs@fm.demo.lv', 'FM', 'sectorLead', ['Mārtiņš', 'Krūmiņš'], 'Finanšu nozares vadošās iestādes atbildīgā persona (FM)', 'Responsible person of the finance sector lead (FM)'),
  account('nozares.vaditajs@lm.demo.lv', 'LM', 'sectorLead', ['Inese', 'Vītola'], 'Labklājības nozares vadošās iestādes atbildīgā persona (LM)', 'Responsible person of the welfare sector lead (LM)'),
  account('pasvaldibas.vaditajs@valmiera.demo.lv', 'VALMIERA', 'municipalLead', ['Edgars', 'Zariņš'], 'Valmieras novada pašvaldības vadošās iestādes atbildīgā persona', 'Responsible person of the Valmiera municipal lead'),
  account('pasvaldibas.vaditajs@riga.demo.lv', 'RIGA', 'municipalLead', ['Laura', 'Jansone'], 'Rīgas valstspilsētas pašvaldības vadošās iestādes atbildīgā persona', 'Responsible person of the Riga municipal lead'),
  account('kopuma.vaditajs@valmiera.demo.lv', 'VALMIERA', 'portfolio', ['Santa', 'Eglīte'], 'Valmieras novada pašvaldības pakalpojumu kopuma vadītāja', 'Valmiera Municipality portfolio manager'),
  account('pakalpojuma.vaditajs@valmiera.demo.lv', 'VALMIERA', 'service', ['Kaspars', 'Lācis'], 'Valmieras novada pašvaldības pakalpojumu vadītājs', 'Valmiera Municipality service manager'),
  account('sniedzejs@valmiera.demo.lv', 'VALMIERA', 'provider', ['Agnese', 'Siliņa'], 'VPVKAC speciāliste, VSAA pakalpojumu sniedzēja atbildīgā persona', 'One-stop centre specialist, responsible for providing SSIA services'),
  account('kopuma.vaditajs@vid.demo.lv', 'VID', 'portfolio', ['Gints', 'Kalējs'], 'VID pakalpojumu kopuma vadītājs', 'SRS portfolio manager'),
  account('pakalpojuma.vaditajs@vid.demo.lv', 'VID', 'service', ['Zane', 'Ābola'], 'VID pakalpojumu vadītāja', 'SRS service manager'),
  account('kopuma.vaditajs@vsaa.demo.lv', 'VSAA', 'portfolio', ['Rūta', 'Briede'], 'VSAA pakalpojumu kopuma vadītāja', 'SSIA portfolio manager'),
  account('pakalpojuma.vaditajs@vsaa.demo.lv', 'VSAA', 'service', ['Artis', 'Pūce'], 'VSAA pakalpojumu vadītājs', 'SSIA service manager'),
  account('kopuma.vaditajs@vdaa.demo.lv', 'VDAA', 'portfolio', ['Kristīne', 'Upīte'], 'VDAA koplietošanas pakalpojumu kopuma vadītāja', 'VDAA portfolio manager (shared services)'),
  account('resursu.vaditajs@vdaa.demo.lv', 'VDAA', 'resourcePortfolio', ['Normunds', 'Vilks'], 'VDAA resursu kopuma vadītājs', 'VDAA resource-portfolio manager'),
  account('resursa.vaditajs@vdaa.demo.lv', 'VDAA', 'resource', ['Elīna', 'Putniņa'], 'VDAA informācijas sistēmu (resursu) vadītāja', 'Manager of VDAA information systems (resources)'),
];
