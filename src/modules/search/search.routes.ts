import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/schemas.js';
import { searchCatalogue, suggestNames } from './search.service.js';
import { CatalogueSearchQuery, CatalogueSearchResult, CatalogueSuggestions, CatalogueSuggestQuery } from './search.schemas.js';

const tags = ['catalogue'];

/**
 * Catalogue search of published services: Latvian-aware (inflection,
 * missing diacritics, typos, prefixes, synonyms, English), with facets; and
 * name suggestions while typing. Public; the inter-institutional catalogue
 * needs a signed-in institution user.
 */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/catalogue/search',
    {
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Search the published service catalogue, with facets', querystring: CatalogueSearchQuery, response: { 200: CatalogueSearchResult, ...problemResponses } },
    },
    async (req) => searchCatalogue(db, req.actor, req.query),
  );

  app.get(
    '/catalogue/suggest',
    {
      config: { rateLimit: { max: 1200, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Up to ten service names for what is being typed', querystring: CatalogueSuggestQuery, response: { 200: CatalogueSuggestions, ...problemResponses } },
    },
    async (req) => ({ items: await suggestNames(db, req.actor, req.query) }),
  );
};
