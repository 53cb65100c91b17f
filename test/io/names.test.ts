// Where a file cannot be written, the message says why as it is: a folder that exists but
// takes no new files (/proc) is not "a folder that does not exist", and an empty name is
// said to be empty (not "Cannot write : the folder . does not exist").
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-names-');
afterAll(() => tmp.cleanup());

describe('file names that cannot be written', () => {
  it.runIf(existsSync('/proc/version'))('--out /proc/version --force: the folder is there, but takes no new files', () => {
    const r = redress(['draft', '--example', '--out', '/proc/version', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ Cannot write /proc/version: new files cannot be made in /proc (a folder of the system\'s own). Choose another place.\n');
  });

  it('a folder that really is missing is still said so', () => {
    const r = redress(['draft', '--example', '--out', tmp.path('missing/letter.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder');
    expect(r.stderr).toContain('does not exist. Create it first, or choose another path.');
  });

  it('an empty name, for init, templates eject, --ics', () => {
    const said = (args: string[]) => {
      const r = redress(args, { cwd: tmp.dir });
      expect(r.code, args.join(' ')).toBe(2);
      return r.stderr;
    };
    expect(said(['init', ''])).toBe('✖ The file name is empty. Give the name of the case file to write, such as `redress init case.yaml` (or leave it out for case.yaml; - prints it).\n');
    expect(said(['init', '--batch', ' '])).toContain('Give the name of the batch file to write, such as `redress init --batch cases.yaml`');
    expect(said(['templates', 'eject', 'first', ''])).toBe('✖ The folder name is empty. Give the folder to copy the template to, such as `redress templates eject first my-templates`.\n');
    expect(said(['status', '--ics', ''])).toBe('✖ --ics needs the name of a calendar file to write, such as --ics disputes.ics.\n');
    expect(said(['draft', '--example', '--ics', ''])).toBe('✖ --ics needs the name of a calendar file to write, such as --ics dates.ics.\n');
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('"-" as the folder of templates eject, which would be standard output, makes no folder named "-"', () => {
    const r = redress(['templates', 'eject', 'first', '-'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ "-" would be standard output, and eject copies files into a folder. Give the folder to copy the template to, such as `redress templates eject first my-templates`; to read a template instead, run `redress templates show first`.\n');
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
