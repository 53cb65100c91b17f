// Every test process, and every CLI it runs, keeps its saved state and code cache in a home of
// its own unless a test names one: a test never writes into the real ~/.cache or ~/.config of
// the person running the suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.env.REDRESS_HOME === undefined) {
  const home = mkdtempSync(join(tmpdir(), 'redress-test-home-'));
  process.env.REDRESS_HOME = home;
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
}
