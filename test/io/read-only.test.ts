// A file the user may not change (read-only, or another user's) in a folder they may write to:
// the folder alone would let a new file take its place, but a read-only file is not replaced,
// by --force or by recording a reply. Nothing is written; the message says why.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';
import { CARPET_CASE } from '../support/carpet-case.js';

const tmp = tempDir('redress-read-only-');
afterAll(() => {
  chmodSync(tmp.path('shared'), 0o777);
  tmp.cleanup();
});
const asRoot = process.getuid?.() === 0;

describe.runIf(process.platform !== 'win32')('a file that may not be changed, in a folder that may', () => {
  const dir = tmp.path('shared');
  mkdirSync(dir);
  chmodSync(tmp.dir, 0o755);
  chmodSync(dir, 0o777);
  const home = `${dir}/home`;
  mkdirSync(home);
  chmodSync(home, 0o777);
  // As root, the tests run as another user (nobody): the files stay root's. Otherwise, the user's own files, made read-only.
  const lock = (file: string) => {
    if (asRoot) chownSync(file, 0, 0);
    chmodSync(file, asRoot ? 0o644 : 0o444);
  };
  const run = (args: string[]) => redress(args, { cwd: dir, env: { REDRESS_HOME: home, HOME: home, REDRESS_TODAY: '2026-11-16' }, asOtherUser: true });

  it('is not replaced by reply, nor by --out with --force', () => {
    writeFileSync(`${dir}/case.yaml`, CARPET_CASE);
    lock(`${dir}/case.yaml`);
    const reply = run(['reply', 'case.yaml', '--refused']);
    expect(reply.code).toBe(2);
    expect(reply.stderr).toContain('Cannot write case.yaml: permission denied. Check that you may change it and its folder (it may be read-only), or choose another place.');
    expect(readFileSync(`${dir}/case.yaml`, 'utf8')).toBe(CARPET_CASE);

    writeFileSync(`${dir}/letter.txt`, 'my own text\n');
    lock(`${dir}/letter.txt`);
    const before = statSync(`${dir}/letter.txt`);
    const draft = run(['draft', '--from', 'case.yaml', '--out', 'letter.txt', '--force']);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('Cannot write letter.txt: permission denied');
    expect(readFileSync(`${dir}/letter.txt`, 'utf8')).toBe('my own text\n');
    expect(statSync(`${dir}/letter.txt`).ino).toBe(before.ino);
  });

  it('is not replaced by batch --force, which stops and says why', () => {
    const letters = `${dir}/letters`;
    mkdirSync(letters);
    chmodSync(letters, 0o777);
    writeFileSync(`${dir}/cases.yaml`, `${CARPET_CASE}---\n${CARPET_CASE.replace('Brightline', 'Clearview')}`);
    chmodSync(`${dir}/cases.yaml`, 0o644);
    const first = run(['batch', 'cases.yaml', '--out', 'letters']);
    expect(first.code, first.stderr).toBe(0);
    const [mine, other] = ['001', '002'].map((n) => `${letters}/${readdirSync(letters).find((f: string) => f.startsWith(n))}`);
    writeFileSync(mine!, 'my own text\n');
    lock(mine!);
    const again = run(['batch', 'cases.yaml', '--out', 'letters', '--force']);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toContain('Cannot write letters/001-brightline-carpet-care.txt: permission denied');
    expect(readFileSync(mine!, 'utf8')).toBe('my own text\n');
    expect(readFileSync(other!, 'utf8')).toContain('Clearview');
  });
});
