import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: production sets HOST (e.g. 0.0.0.0 behind its proxy) on purpose. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /**
   * PostgreSQL: the owner connection migrations run over (ADR 0007); DATABASE_URL is then the
   * runtime role's, which may only SELECT and INSERT the audit log. Unset: migrations use DATABASE_URL.
   */
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** The role migrations grant the runtime privileges to; unset, the user DATABASE_URL connects as. */
  DATABASE_RUNTIME_ROLE: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/, 'must be a role name: a letter or _, then up to 62 letters, digits, _, $ or -')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo register into an empty database. Defaults to on, except in production. */
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Addresses (IPs, CIDR ranges, or proxy-addr's `loopback`/`linklocal`/`uniquelocal`) of the
   * reverse proxies whose X-Forwarded-For is believed. Empty (the default): the header is ignored
   * and the TCP peer is the client, so nobody can pick their own address for the sign-in limits.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
    .refine((list) => list.every(isProxyAddress), 'must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1'),
  /** Bearer token a Prometheus scraper sends to read /metrics; unset, /metrics is not served. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** How often each instance looks for due background jobs besides being woken when one is queued; 0: only when woken. */
  JOBS_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /**
   * Key that signs the catalogue's feedback forms; every instance must have the same one, or they
   * reject each other's forms. Required in production; elsewhere each process makes its own.
   */
  FEEDBACK_FORM_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`), the same on every instance').optional(),
  /** Password of the first administrator for `cli create-admin` (prompted for when unset). */
  ADMIN_PASSWORD: z.string().optional(),
  /**
   * The address the public reaches the catalogue at (an origin, e.g. https://pakalpojumi.gov.lv);
   * the sitemap and robots.txt build their absolute URLs from it, never from the request's Host.
   * Required in production; elsewhere http://localhost:<PORT>.
   */
  PUBLIC_BASE_URL: z
    .string()
    .trim()
    .refine(isOrigin, 'must be an http(s) origin without a path, query or user, e.g. https://pakalpojumi.gov.lv')
    .transform((s) => s.replace(/\/+$/, ''))
    .optional(),
  /** Base of the stable IRIs in the CPSV-AP open data exports (kept apart from PUBLIC_BASE_URL: IRIs must not move with the host). */
  OPEN_DATA_IRI_BASE: z
    .string()
    .trim()
    .refine((s) => /^https?:\/\/[^/\s]+/i.test(s) && URL.canParse(s), 'must be an http(s) URL, e.g. https://pakalpojumi.gov.lv/id/')
    .transform((s) => (s.endsWith('/') ? s : `${s}/`))
    .default('https://pakalpojumi.gov.lv/id/'),
}).superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && !env.PUBLIC_BASE_URL) {
    ctx.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'must be set in production: the public address of the catalogue, e.g. https://pakalpojumi.gov.lv' });
  }
  if (env.NODE_ENV === 'production' && !env.FEEDBACK_FORM_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['FEEDBACK_FORM_SECRET'],
      message: 'must be set in production (at least 32 characters, the same on every instance): without it each instance signs feedback forms with its own key and refuses the others\'',
    });
  }
  for (const key of ['DATABASE_MIGRATION_URL', 'DATABASE_RUNTIME_ROLE'] as const) {
    if (env[key] && !env.DATABASE_URL) ctx.addIssue({ code: 'custom', path: [key], message: 'needs DATABASE_URL: it applies to a PostgreSQL server only' });
  }
});

/** An http(s) URL that is only an origin (a trailing "/" allowed). */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const u = new URL(value);
  return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.pathname === '/' && !u.search && !u.hash && !value.includes('?') && !value.includes('#');
}

/** An IP address, a CIDR range, or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export type Config = Omit<z.infer<typeof EnvSchema>, 'PUBLIC_BASE_URL'> & { PUBLIC_BASE_URL: string; dataDir: string };

/** Thrown when the environment is invalid; the message names each variable and the problem. */
export class ConfigError extends Error {}

/** Variables whose values never appear in a message or a log. */
const SECRET_VARIABLES = new Set(['FEEDBACK_FORM_SECRET', 'METRICS_TOKEN', 'ADMIN_PASSWORD', 'DATABASE_URL', 'DATABASE_MIGRATION_URL']);

/** A value as an error message may show it: secrets (and URLs that may carry a password) only by length. */
function shown(key: string, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  if (SECRET_VARIABLES.has(key)) return `${value.length} characters, not shown`;
  return JSON.stringify(value);
}

/** Reads and validates configuration from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${shown(String(i.path[0]), env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const publicBaseUrl = parsed.data.PUBLIC_BASE_URL ?? `http://localhost:${parsed.data.PORT}`;
  return { ...parsed.data, PUBLIC_BASE_URL: publicBaseUrl, dataDir: path.resolve(parsed.data.DATA_DIR) };
}

/** Whether demo data goes into an empty database under this configuration. */
export function shouldLoadDemo(config: Config): boolean {
  if (config.DEMO_DATA === 'on') return true;
  if (config.DEMO_DATA === 'off') return false;
  return config.NODE_ENV !== 'production';
}
