import type { SearchCatalogue, SuggestNames } from './search.contract.js';

/** Searches the published catalogue; see search.contract.ts. */
export const searchCatalogue: SearchCatalogue = async () => {
  throw new Error('not implemented');
};

/** Prefix suggestions while typing; see search.contract.ts. */
export const suggestNames: SuggestNames = async () => {
  throw new Error('not implemented');
};
