/**
 * The published description of a service as open data: plain data, resolved
 * (template fields merged, references replaced by codes and names), the one
 * shape every format (API, CSV, JSON, CPSV-AP) is made from.
 */
import { PUBLIC_RECIPIENT_TYPES } from '../services/services.visibility.js';
import type { Fee, LegalBasis, LocalizedItem, ServiceLevelTermsSet } from '../services/services.model.js';

/**
 * Recipient types whose services are open data. Inter-institutional services
 * (individual-use and shared-use) belong to the inter-institutional catalogue,
 * which needs an institution sign-in, so they are not published as open data.
 */
export const OPEN_RECIPIENT_TYPES = PUBLIC_RECIPIENT_TYPES;

/** Channel type whose points are the state and municipal one-stop centres (VPVKAC). */
export const VPVKAC_CHANNEL_TYPE = 'vpvkac';

export interface OpenRef {
  code: string;
  nameLv: string;
  nameEn: string | null;
}

export interface OpenInstitution extends OpenRef {
  registrationNumber: string;
  shortName: string | null;
  group: string;
  kind: string;
  parentCode: string | null;
  website: string | null;
  email: string | null;
}

export interface OpenChannel {
  code: string;
  phases: ('request' | 'receipt')[];
  channelType: string;
  channelTypeNameLv: string | null;
  channelTypeNameEn: string | null;
  environment: string | null;
  digital: boolean | null;
  nameLv: string;
  nameEn: string | null;
  /** The institution that runs the channel point. */
  institution: OpenRef | null;
  url: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  openingHours: { weekly: Record<string, string[]>; notesLv?: string | null; notesEn?: string | null } | null;
  accessibilityNotesLv: string | null;
  accessibilityNotesEn: string | null;
}

export interface OpenProvider extends OpenRef {
  /** The provider's own PLVN; null when it follows the owner's. */
  serviceLevelTerms: ServiceLevelTermsSet[] | null;
}

export interface OpenService {
  code: string;
  nameLv: string;
  nameEn: string | null;
  descriptionLv: string | null;
  descriptionEn: string | null;
  resultLv: string | null;
  resultEn: string | null;
  recipientType: string;
  targetGroups: string[];
  complexity: string | null;
  lifecycleStage: string | null;
  processingMode: string | null;
  digitalStatus: string;
  digitalByPhase: { request: string; processing: string; receipt: string } | null;
  availableAtVpvkac: boolean;
  isTemplate: boolean;
  templateCode: string | null;
  owner: OpenInstitution;
  providers: OpenProvider[];
  serviceLevelTerms: ServiceLevelTermsSet[];
  fee: Fee | null;
  requiredDocuments: LocalizedItem[];
  prerequisites: LocalizedItem[];
  legalBasis: LegalBasis[];
  contacts: { phone: string | null; email: string | null; url: string | null } | null;
  keywords: string[];
  activityDirection: OpenRef | null;
  channels: OpenChannel[];
  needs: OpenRef[];
  lifeSituations: OpenRef[];
  versionNo: number;
  publishedAt: string | null;
  updatedAt: string;
}
