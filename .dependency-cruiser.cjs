/**
 * Module boundaries (ADR 0008), checked by test/architecture.test.ts and by
 * `npx depcruise src --config .dependency-cruiser.cjs --ignore-known`.
 *
 * - A module reads another module's tables only through what that module
 *   exports for it (`*.queries.ts`, its service layer), never through its
 *   `*.table.ts` or `*.repository.ts`.
 * - `src/platform` depends on no module.
 *
 * Violations that exist today are listed in .dependency-cruiser-known-violations.json
 * (dependency-cruiser's baseline format); the test fails on any other, and on a
 * listed one that no longer occurs, so the list only shrinks.
 */
const MODULE = '^src/modules/([^/]+)/';
const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-foreign-repository',
      comment: "A module calls another module's *.queries.ts or service layer, never its repository (ADR 0008).",
      severity: 'error',
      from: { path: MODULE, pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/[^/]+\\.repository\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-foreign-table',
      comment:
        "A module reads another module's tables through that module's *.queries.ts, never through its *.table.ts (ADR 0008). " +
        'Table files may name other tables for foreign keys; they hold no queries.',
      severity: 'error',
      from: { path: MODULE, pathNot: [TESTS, '\\.table\\.ts$'] },
      to: { path: '^src/modules/[^/]+/[^/]+\\.table\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-table-outside-modules',
      comment:
        "The catalogue pages, the CLI and the seed reach a module's tables through its *.queries.ts or service layer too (ADR 0008); " +
        'the seed writes its services through the services module (writeServiceRecords), other tables it still writes straight in.',
      severity: 'error',
      from: { path: '^src/(web|cli|seed)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/[^/]+\\.(table|repository)\\.ts$' },
    },
    {
      name: 'no-platform-to-modules',
      comment:
        'The platform (db, http, config, errors) depends on no module. Known today: route and job wiring and the ' +
        'schema barrel live in src/platform; they move to a composition root (src/app/) in issue 10 item 4.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: TESTS },
      to: { path: '^src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests are exempt (ADR 0008): they build fixtures straight in the tables.
    exclude: { path: ['^src/web/workspace/', TESTS] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
