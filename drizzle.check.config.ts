import { defineConfig } from 'drizzle-kit';
// Used by scripts/check-migrations.ts: the same schema, migrations written to a scratch copy.
export default defineConfig({ dialect: 'postgresql', schema: './src/modules/*/*.table.ts', out: process.env.MIGRATIONS_CHECK_DIR ?? './.migrations-check' });
