// Standard input and output named by a path (/dev/stdin, /dev/stdout), as a program that
// starts redress may pass them: there they are sockets (Node gives its children sockets),
// which cannot be opened by their path, so they are read and written as "-" is.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';
import { CARPET_CASE } from '../support/carpet-case.js';

const tmp = tempDir('redress-streams-');
afterAll(() => tmp.cleanup());
const env = { REDRESS_TODAY: '2026-11-16' };
const posix = process.platform !== 'win32' && existsSync('/dev/stdin');

describe.runIf(posix)('standard input by its path', () => {
  it('is read by draft --from, batch and check, as "-" is', () => {
    const draft = redress(['draft', '--from', '/dev/stdin'], { input: CARPET_CASE, env });
    expect(draft.stderr).not.toContain('Cannot read');
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('Dear ');
    expect(redress(['draft', '--from', '/dev/fd/0'], { input: CARPET_CASE, env }).stdout).toBe(draft.stdout);

    const batch = redress(['batch', '/dev/stdin', '--out', tmp.path('letters')], { input: CARPET_CASE, env });
    expect(batch.code).toBe(0);
    expect(batch.stderr).toContain('Wrote 1 letter');
    expect(readdirSync(tmp.path('letters'))).toHaveLength(1);

    const check = redress(['check', '/dev/stdin'], { input: 'Dear Sir or Madam,\n\nPlease refund the £40 I paid.\n', env });
    expect(check.stderr).not.toContain('Cannot read');
    expect(check.code).toBe(0);
  });
});

describe.runIf(posix)('standard output by its path', () => {
  it('prints the letter for draft --out /dev/stdout, and the case file for init /dev/stdout', () => {
    const printed = redress(['draft', '--from', '-'], { input: CARPET_CASE, env });
    const out = redress(['draft', '--from', '-', '--out', '/dev/stdout'], { input: CARPET_CASE, env, cwd: tmp.dir });
    expect(out.stderr).not.toContain('✖');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(printed.stdout);
    const init = redress(['init', '/dev/stdout'], { cwd: tmp.dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(redress(['init', '-']).stdout);
  });

  it('is refused as a calendar file with what it is, never "a link to a file that does not exist"', () => {
    const file = tmp.path('case.yaml');
    writeFileSync(file, CARPET_CASE);
    for (const args of [['draft', '--from', file, '--ics', '/dev/stdout'], ['status', file, '--ics', '/dev/stdout']]) {
      const r = redress(args, { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\/dev\/stdout is a (socket|pipe \(FIFO\)|device), not a regular file, so I did not replace it/);
      expect(r.stderr).not.toContain('does not exist');
    }
  });
});

describe('--ics -', () => {
  it('is refused by draft and status, which print a letter or the status there, and no file "-" is made', () => {
    const dir = tmp.path('ics');
    mkdirSync(dir);
    writeFileSync(`${dir}/case.yaml`, CARPET_CASE);
    const draft = redress(['draft', '--from', 'case.yaml', '--ics', '-'], { cwd: dir, env });
    expect(draft.code).toBe(2);
    expect(draft.stdout).toBe('');
    expect(draft.stderr).toContain('--ics saves the dates in a calendar file, and "-" is not a file\'s name (standard output has the letter). Give a name such as --ics dates.ics.');
    const status = redress(['status', 'case.yaml', '--ics', '-'], { cwd: dir, env });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('Give a name such as --ics disputes.ics.');
    expect(readdirSync(dir)).toEqual(['case.yaml']);
  });
});
