// --out --force and --record on real files in a temporary folder: only a regular file is
// ever replaced, a link is written through, and a replaced file keeps its mode.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-force-');
afterAll(() => tmp.cleanup());
const posix = process.platform !== 'win32';
const minimal = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml'), 'utf8');
const caseFile = tmp.path('case.yaml');
writeFileSync(caseFile, minimal);
const ENV = { REDRESS_TODAY: '2026-11-16' };
const draft = (...more: string[]) => redress(['draft', '--from', caseFile, ...more], { cwd: tmp.dir, env: ENV });

describe.runIf(posix)('--out with --force', () => {
  it.each([['/dev/null'], ['fifo']])('refuses to replace %s, which is not a regular file', (target) => {
    const path = target === 'fifo' ? tmp.path('letter.fifo') : target;
    if (target === 'fifo') spawnSync('mkfifo', [path]);
    const before = lstatSync(path);
    for (const force of [['--force'], []]) {
      const r = draft('--out', path, ...force);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(target === 'fifo' ? /is a pipe \(FIFO\), not a regular file, so I did not replace it/ : /\/dev\/null is a device, not a regular file, so I did not replace it/);
    }
    const after = lstatSync(path);
    expect(after.ino).toBe(before.ino);
    expect(after.isFile()).toBe(false);
  });

  it('refuses a folder', () => {
    const r = draft('--out', tmp.dir, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a folder, so I did not replace it/);
  });

  it('writes through a link: the link stays, the file it points to gets the letter and keeps its mode', () => {
    const real = tmp.path('real-letter.txt');
    const link = tmp.path('link-letter.txt');
    writeFileSync(real, 'old letter\n');
    chmodSync(real, 0o600);
    symlinkSync('real-letter.txt', link);
    expect(draft('--out', link).code).toBe(2);
    expect(readFileSync(real, 'utf8')).toBe('old letter\n');
    const r = draft('--out', link, '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real-letter.txt');
    expect(readFileSync(real, 'utf8')).toMatch(/^Subject: /);
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it('refuses a link to nothing, leaving it as it is', () => {
    const link = tmp.path('dangling.txt');
    symlinkSync('nowhere.txt', link);
    const r = draft('--out', link, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a link to a file that does not exist/);
    expect(readlinkSync(link)).toBe('nowhere.txt');
  });
});

describe.runIf(posix)('--record', () => {
  it('keeps the case file private (0600) and its comments', () => {
    const file = tmp.path('private.yaml');
    writeFileSync(file, `# my case\n${minimal}`);
    chmodSync(file, 0o600);
    const r = redress(['draft', '--from', file, '--next', '--record'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^# my case\n[^]*previous:[^]*2026-11-02/);
  });

  it('writes through a linked case file: the real file changes, the link stays', () => {
    const real = tmp.path('real-case.yaml');
    const link = tmp.path('linked-case.yaml');
    writeFileSync(real, minimal);
    chmodSync(real, 0o640);
    symlinkSync('real-case.yaml', link);
    const r = redress(['draft', '--from', link, '--next', '--record'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/previous:/);
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('refuses a case file that is a pipe, before writing anything', () => {
    const fifo = tmp.path('case.fifo');
    spawnSync('mkfifo', [fifo]);
    const r = redress(['draft', '--from', fifo, '--record'], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a regular file \(a pipe or a device\?\)/);
    expect(r.stdout).toBe('');
  });
});
