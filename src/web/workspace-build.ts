import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WORKSPACE_SOURCE = path.join(ROOT, 'src/web/workspace');
export const WORKSPACE_DIST = path.join(ROOT, 'dist/workspace');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** True when the built workspace is missing or older than its sources. */
export function workspaceBuildIsStale(): boolean {
  const index = path.join(WORKSPACE_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  if (!fs.existsSync(WORKSPACE_SOURCE)) return false; // a deployment with only the build
  return newestMtime(WORKSPACE_SOURCE) > fs.statSync(index).mtimeMs;
}

/**
 * Builds the React workspace with Vite when its build is missing or stale, so that
 * `npm install && npm start` serves a current UI with no extra step.
 */
export async function ensureWorkspaceBuilt(log: (msg: string) => void = console.log): Promise<void> {
  if (!workspaceBuildIsStale()) return;
  // Several processes (test runs, a server) may start at once: one builds, the others wait.
  const lock = path.join(ROOT, 'dist', '.workspace-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
      if (Date.now() > deadline) throw new Error('Timed out waiting for another workspace build');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!workspaceBuildIsStale()) return;
    log('Building the web workspace (vite)…');
    const { build } = await import('vite');
    // Always a production build, even when the test runner (NODE_ENV=test) starts it: Vite and the
    // React plugin read NODE_ENV, and otherwise React's development runtime ends up in dist/.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    precompressAssets(path.join(WORKSPACE_DIST, 'assets'));
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Writes `.br` and `.gz` beside each script, style and SVG of the build, at the highest levels:
 * the files never change (hashed names), so they are compressed once instead of on every request.
 */
export function precompressAssets(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (!/\.(js|css|svg|json|html)$/.test(name)) continue;
    const file = path.join(dir, name);
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}
