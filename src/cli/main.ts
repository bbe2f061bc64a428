import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, shouldLoadDemo } from '../platform/config.js';
import { openAndMigrate, openAsOwner } from '../platform/bootstrap.js';
import { buildRegisterApp } from '../app/app.js';
import { SYSTEM_ACTOR } from '../platform/actor.js';
import { isRegisterEmpty, seedDemo } from '../seed/demo.js';
import { seedNational } from '../seed/national.js';
import { createAdmin } from './create-admin.js';
import { ensureWorkspaceBuilt } from '../web/workspace-build.js';
import { exportRegister, importRegister } from '../modules/transfer/transfer.service.js';
import { importServicesCommand } from '../modules/imports/imports.cli.js';

const USAGE = `Usage: npm run cli -- <command> [options]
  serve                         start the server (npm start)
  migrate                       apply database migrations
  seed [--scale demo|national]  load demo data (default) or national-scale data
  create-admin --login L --given-name G --family-name F --institution CODE
                                create the first administrator (password from ADMIN_PASSWORD or prompted)
  export --out FILE             export the whole register as JSON
  import --in FILE              import a register export into an empty database
  import-services --in FILE --institution CODE [--dry-run] [--skip-rejected]
                                import a service list (CSV, XLSX, CPSV-AP JSON-LD) as drafts
Environment: PORT, HOST (default 127.0.0.1), DATA_DIR, DATABASE_URL, NODE_ENV, LOG_LEVEL, DEMO_DATA (auto|on|off),
             TRUSTED_PROXIES, METRICS_TOKEN; see the README for all`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  const ctx = { actor: SYSTEM_ACTOR, requestId: `cli-${command}` };
  switch (command) {
    case 'serve': {
      const database = await openAndMigrate(config);
      if (shouldLoadDemo(config) && (await isRegisterEmpty(database.db))) {
        console.log('Empty database: loading the demo register…');
        await seedDemo(database.db, ctx, { progress: true });
      }
      await ensureWorkspaceBuilt();
      const app = await buildRegisterApp({ database, config });
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info({ signal }, 'shutting down: finishing requests in flight');
        // fastify.close stops accepting connections and waits for in-flight requests.
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      process.on('SIGINT', () => void shutdown('SIGINT'));
      await app.listen({ port: config.PORT, host: config.HOST });
      return -1; // keep running
    }
    case 'migrate': {
      const database = await openAndMigrate(config);
      console.log(`Migrated the ${database.kind} database.`);
      await database.close();
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { scale: { type: 'string', default: 'demo' } } });
      const database = await openAndMigrate(config);
      if (values.scale === 'national') await seedNational(database.db, ctx, { progress: true });
      else if (values.scale === 'demo') await seedDemo(database.db, ctx, { progress: true });
      else throw new ConfigError(`--scale must be demo or national, got ${values.scale}`);
      await database.close();
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { login: { type: 'string' }, 'given-name': { type: 'string' }, 'family-name': { type: 'string' }, institution: { type: 'string' } },
      });
      const database = await openAndMigrate(config);
      await createAdmin(database.db, ctx, { ...values, password: config.ADMIN_PASSWORD });
      await database.close();
      return 0;
    }
    case 'export': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      if (!values.out) throw new ConfigError('export needs --out FILE');
      const database = await openAndMigrate(config);
      await exportRegister(database.db, values.out, { progress: true });
      await database.close();
      return 0;
    }
    case 'import': {
      const { values } = parseArgs({ args: rest, options: { in: { type: 'string' } } });
      if (!values.in) throw new ConfigError('import needs --in FILE');
      // A restore replaces the start-up audit entries: only the owner may (ADR 0007).
      const database = await openAsOwner(config);
      await importRegister(database.db, ctx, values.in, { progress: true });
      await database.close();
      return 0;
    }
    case 'import-services': {
      const { values } = parseArgs({
        args: rest,
        options: { in: { type: 'string' }, institution: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-rejected': { type: 'boolean' }, format: { type: 'string' } },
      });
      const database = await openAndMigrate(config);
      const code = await importServicesCommand(database.db, ctx, values, (msg) => new ConfigError(msg));
      await database.close();
      return code;
    }
    default:
      console.log(USAGE);
      return command ? 2 : 0;
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    if (err instanceof ConfigError || (err instanceof Error && err.name === 'TransferError')) console.error(err.message);
    else console.error(err);
    process.exit(1);
  },
);
