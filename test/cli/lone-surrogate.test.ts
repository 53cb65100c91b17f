// Half of a surrogate pair, alone in a value (YAML's "\ud800"), is no character: it is left out
// of the letter, as a control character is, rather than written as "�". An emoji's pair is
// not taken for one.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-lone-surrogate-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-11-16' } });

describe('a lone surrogate in a value', () => {
  it('is dropped from the letter, in every format, and the words around it joined', () => {
    writeFileSync(
      tmp.path('case.yaml'),
      CARPET_CASE.replace('company: Brightline Carpet Care', 'company: "Bright\\ud800line Carpet Care"\n  email: help@brightline.example').replace('outcome: only two rooms were cleaned', 'outcome: "only two\\udc00 rooms were cleaned"'),
    );
    for (const format of ['text', 'html', 'eml', 'json']) {
      const r = run(['draft', '--from', 'case.yaml', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, format).not.toContain('\uFFFD');
      expect(r.stdout, format).not.toMatch(/=EF=BF=BD|&#xFFFD;|\\ufffd/i);
      if (format !== 'eml') expect(r.stdout, format).toContain('Brightline Carpet Care');
    }
    expect(run(['draft', '--from', 'case.yaml']).stdout).toContain('only two rooms were cleaned');
  });

  it('does not take an emoji\'s pair for one', () => {
    writeFileSync(tmp.path('pair.yaml'), CARPET_CASE.replace('outcome: only two rooms were cleaned', 'outcome: "only two rooms were cleaned \\U0001F600"'));
    const r = run(['draft', '--from', 'pair.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stdout).toContain('only two rooms were cleaned');
  });
});
