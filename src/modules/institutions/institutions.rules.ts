import type { FieldIssue } from '../../platform/errors.js';
import type { InstitutionKind } from '../../shared/enums.js';

interface Node {
  id: string;
  kind: string;
  ancestorIds: string[];
}

/** Kinds an institution of each kind may sit under (a sector under its ministry, a municipality's institutions under it). */
const ALLOWED_PARENT_KINDS: Partial<Record<InstitutionKind, InstitutionKind[]>> = {
  ministry: [],
  municipality: [],
  municipalInstitution: ['municipality', 'municipalInstitution'],
  stateInstitution: ['ministry', 'stateInstitution', 'independentInstitution'],
};

/**
 * Checks a new parent for an institution: no cycles, and the kinds fit the
 * hierarchy (sectors are led by ministries, municipalities hold their institutions).
 */
export function checkParent(self: { id?: string; kind: string }, parent: Node | null): FieldIssue[] {
  if (!parent) return [];
  if (self.id && (parent.id === self.id || parent.ancestorIds.includes(self.id))) {
    return [{ path: 'parentId', code: 'institution.parent.cycle', message: 'institutions.parent.cycle', params: {} }];
  }
  const allowed = ALLOWED_PARENT_KINDS[self.kind as InstitutionKind];
  if (allowed && !allowed.includes(parent.kind as InstitutionKind)) {
    return [{ path: 'parentId', code: 'institution.parent.kind', message: 'institutions.parent.kind', params: { kind: self.kind, parentKind: parent.kind } }];
  }
  return [];
}

/** The ancestor chain of a child of `parent`, nearest last. */
export const ancestorsUnder = (parent: Node | null): string[] => (parent ? [...parent.ancestorIds, parent.id] : []);
