/** Every demo service spec, in one list (templates first), plus the municipalities that instantiate the templates. */
import { BUSINESS_SERVICES } from './services-business.js';
import { JUSTICE_SERVICES } from './services-justice.js';
import { MUNICIPAL_SERVICES, MUNICIPAL_TEMPLATES } from './services-municipal.js';
import { SHARED_SERVICES } from './services-shared.js';
import { STATE_SERVICES } from './services-state.js';
import { WELFARE_SERVICES } from './services-welfare.js';
import type { ServiceSpec } from './service-spec.js';

export type { ServiceSpec } from './service-spec.js';

export const DEMO_SERVICES: ServiceSpec[] = [
  ...MUNICIPAL_TEMPLATES,
  ...SHARED_SERVICES,
  ...STATE_SERVICES,
  ...JUSTICE_SERVICES,
  ...BUSINESS_SERVICES,
  ...WELFARE_SERVICES,
  ...MUNICIPAL_SERVICES,
];

/** Key of a municipality's instance of a template: "RIGA-T-DZIVESVIETA". */
export const instanceKey = (municipality: string, templateKey: string): string => `${municipality}-T-${templateKey.replace(/^VARAM-/, '')}`;
