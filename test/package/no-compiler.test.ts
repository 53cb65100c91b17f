// `npm install` must work on a machine with only Node and npm. A package that builds native
// code at install time (node-gyp) fails there and npm rolls back the whole install, so the
// lock file may hold no such package. esbuild's install step only checks the binary that its
// platform package already ships.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';

interface Locked {
  hasInstallScript?: boolean;
  gypfile?: boolean;
}

const ALLOWED = new Set(['node_modules/esbuild']);

describe('install without a compiler', () => {
  it('locks no package that builds native code when installed', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Locked> };
    const building = Object.entries(lock.packages)
      .filter(([path, entry]) => (entry.hasInstallScript || entry.gypfile) && !ALLOWED.has(path))
      .map(([path]) => path);
    expect(building).toEqual([]);
  });

  it('has a prebuilt pseudo-terminal for the terminal tests on this platform', async () => {
    // The terminal tests need it; if it is missing they must fail, not be skipped.
    const pty = await import('@lydell/node-pty');
    expect(typeof pty.spawn).toBe('function');
  });
});
