// Problems that the YAML reader or the system would describe in their own terms get plain
// words: the file, the place, and what to do next.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { BIN, redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-plain-');
afterAll(() => tmp.cleanup());
const INTERNAL = /call stack|parseAllDocuments|too many aliases|unexpected problem|please report|ENAMETOOLONG|ENOSPC/;

describe('plain messages', () => {
  it.each([
    ['deep.yaml', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, /deep\.yaml:1:1001 the fields are nested too deeply/],
    ['two.yaml', 'sender:\n  name: A\n---\nsender:\n  name: B\n', /two\.yaml:3:1 a case file holds one case, but a line "---" here starts a second one/],
    ['many.yaml', `sender:\n  name: A\nevidence:\n${'  - a\n'.repeat(200_001)}`, /many\.yaml:\d+:\d+ evidence\[\d+\]: the file has more than 200,000 values/],
    // French typography puts a space before a colon: YAML reads "prix convenu : 180 €" as a field.
    [
      'colon.yaml',
      'sender: {name: Marie Dupont}\nrecipient: {company: Plomberie Martin}\npurchase: {item: fuite, amount: 180}\nstory:\n  circumstances: le plombier est venu\n  expectations:\n    - fuite réparée\n    - prix convenu : 180 €\n  outcome: la fuite continue\nrequest: {remedy: refund}\n',
      /colon\.yaml:8:7 story\.expectations\[1\]: "prix convenu: 180 €" was read as a field name and its value, because of the ": " in it; to keep it as text, put it in quotes/,
    ],
  ])('%s', (name, text, message) => {
    const file = tmp.path(name);
    writeFileSync(file, text);
    const r = redress(['draft', '--from', file], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(INTERNAL);
  });

  it('a name too long for the file system', () => {
    const r = redress(['draft', '--example', '--out', tmp.path('a'.repeat(300))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the name is too long for the file system\. Choose a shorter name\./);
    expect(r.stderr).not.toMatch(INTERNAL);
  });

  it.runIf(existsSync('/dev/full'))('a full disk behind standard output', () => {
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" draft --example > /dev/full`], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    expect(shell.status).toBe(1);
    expect(shell.stderr).toMatch(/Cannot write to standard output: the disk it goes to is full/);
    expect(shell.stderr).not.toMatch(INTERNAL);
  });

  // Each says what fits it: only draft has --out.
  it.runIf(existsSync('/dev/full'))('a full disk behind standard output: what to do instead, for each command', () => {
    const full = (args: string) => spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} > /dev/full`], { encoding: 'utf8', cwd: tmp.dir, env: { ...process.env, CI: '1' } });
    const start = '✖ Cannot write to standard output: the disk it goes to is full. Free some space there, or ';
    expect(full('draft --example').stderr).toBe(`${start}save the letter with --out FILE on a disk with room.\n`);
    for (const args of ['schema', 'rights GB', 'templates list', 'status --json', '--help']) {
      const r = full(args);
      expect(r.status, args).toBe(1);
      expect(r.stderr, args).toBe(`${start}redirect it to a file on a disk with room.\n`);
    }
    expect(full('init -').stderr).toBe(`${start}write it to a file instead: redress init case.yaml.\n`);
    expect(full('init --batch -').stderr).toBe(`${start}write it to a file instead: redress init --batch cases.yaml.\n`);
  });
});
