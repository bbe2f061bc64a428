import fs from 'node:fs';
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
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
