// --template given a case file (YAML, JSON, or a case's fields in a file of another name) is
// refused plainly: the case's YAML never becomes the letter.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-template-file-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-12-01' } });

const CASE = CARPET_CASE;

describe('--template that is not a template', () => {
  it('a .yaml, .yml or .json file is refused, pointing to --from', () => {
    writeFileSync(tmp.path('post.yaml'), CASE);
    writeFileSync(tmp.path('post.json'), '{"sender": {"name": "A"}}');
    for (const [file, kind] of [['post.yaml', 'a YAML file'], ['./post.json', 'a JSON file']]) {
      const r = run(['draft', '--from', 'post.yaml', '--template', file!, '-o', 'out.txt']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file} is ${kind}, not a letter template: --template takes a template (.hbs)`);
      expect(r.stderr).toContain(`redress draft --from ${file}`);
      expect(existsSync(tmp.path('out.txt'))).toBe(false);
    }
  });

  it('a case file under another name is refused; a template without fields is still a template', () => {
    writeFileSync(tmp.path('case.txt'), CASE);
    expect(run(['draft', '--from', 'post.yaml', '--template', 'case.txt']).stderr).toContain('case.txt is a case file, not a letter template');
    writeFileSync(tmp.path('fixed.hbs'), 'Dear team,\n\nPlease call me.\n');
    const fixed = run(['draft', '--from', 'post.yaml', '--template', 'fixed.hbs']);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('Please call me.');
  });
});
