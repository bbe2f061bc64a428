/** Every table of the register, for drizzle's typed queries. */
export * from '../../modules/institutions/institutions.table.js';
export * from '../../modules/people/people.table.js';
export * from '../../modules/roles/roles.table.js';
export * from '../../modules/auth/auth.table.js';
export * from '../../modules/policy/policy.table.js';
export * from '../../modules/channel-points/channel-points.table.js';
export * from '../../modules/life-situations/life-situations.table.js';
export * from '../../modules/resources/resources.table.js';
export * from '../../modules/services/services.table.js';
export * from '../../modules/portfolio/portfolio.table.js';
export * from '../../modules/audit/audit.table.js';
export * from '../../modules/jobs/jobs.table.js';
export * from '../../modules/imports/imports.table.js';
export * from '../../modules/search/search.table.js';
export * from '../../modules/feedback/feedback.table.js';
