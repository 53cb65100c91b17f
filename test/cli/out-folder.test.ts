// --out newdir/ names a folder: said so, with a file name to give, not as a system folder.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-out-folder-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home') } });

describe('a file name ending with "/"', () => {
  it('--out newdir/ and --out x.txt/ ask for a file name in the folder', () => {
    for (const out of ['newdir/', 'x.txt/']) {
      const r = run(['draft', '--example', '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--out ${out} names a folder (it ends with "/"), and --out needs a file name, for example --out ${out}letter.txt. The folder ${out.slice(0, -1)} does not exist yet: make it first.`);
      expect(r.stderr).not.toMatch(/system's own/);
    }
    mkdirSync(tmp.path('exdir'));
    const pdf = run(['draft', '--example', '--format', 'pdf', '-o', 'exdir/']);
    expect(pdf.stderr).toContain('for example --out exdir/letter.pdf.');
    expect(pdf.stderr).not.toContain('does not exist');
  });

  it('--ics and init say the same', () => {
    expect(run(['draft', '--example', '--ics', 'cal/']).stderr).toContain('--ics cal/ names a folder');
    const init = run(['init', 'newdir/']);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/Cannot write newdir\/: a name that ends with "\/" is a folder's, not a file's\. Add the file's own name after it \(newdir\/NAME\)/);
    expect(existsSync(tmp.path('newdir'))).toBe(false);
  });
});

describe('a path starting with "~/" in quotes', () => {
  it('is read as the home folder, as the shell would read it, and no folder named "~" is made', () => {
    const home = tmp.path('myhome');
    mkdirSync(home);
    const inHome = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), HOME: home } });
    const draft = inHome(['draft', '--example', '--out', '~/letter.txt']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stderr).toContain(`Saved the letter to ${home}/letter.txt.`);
    expect(existsSync(`${home}/letter.txt`)).toBe(true);
    expect(inHome(['init', '~/case.yaml']).code).toBe(0);
    expect(existsSync(`${home}/case.yaml`)).toBe(true);
    writeFileSync(`${home}/cases.yaml`, CARPET_CASE);
    const batch = inHome(['batch', '~/cases.yaml', '--out', '~/letters']);
    expect(batch.code, batch.stderr).toBe(0);
    expect(readdirSync(`${home}/letters`)).toEqual(['001-brightline-carpet-care.txt']);
    expect(existsSync(tmp.path('~'))).toBe(false);
  });
});
