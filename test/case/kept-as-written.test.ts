// "Text is kept exactly as written": the clean-up that removes what empty answers leave
// behind in a template never changes the person's own values, in any format.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';
import { cleanLetter, cleanSubject, valuesToKeep } from '../../src/letter/clean.js';

const tmp = tempDir('redress-kept-');
afterAll(() => tmp.cleanup());
const minimal = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml'), 'utf8');

describe('clean-up keeps values as written', () => {
  it('holds the values aside and still tidies the template', () => {
    const keep = valuesToKeep({ a: 'INV..2026 ( ) #7', b: ['AC..99 !.'], c: 'plain' });
    expect(keep).toEqual(['INV..2026 ( ) #7', 'AC..99 !.']);
    const text = 'Reference INV..2026 ( ) #7 ( ).\nCustomer AC..99 !. ( ).\n-\nEnd  here .';
    expect(cleanLetter(text, keep)).toBe('Reference INV..2026 ( ) #7.\nCustomer AC..99 !..\nEnd here.');
    expect(cleanSubject('About INV..2026 ( ) #7 ( )', 160, keep)).toBe('About INV..2026 ( ) #7');
  });

  it.each(['text', 'markdown', 'html', 'json'])('in --format %s', (format) => {
    const file = tmp.path(`kept-${format}.yaml`);
    writeFileSync(
      file,
      minimal.replace(/^purchase:\n/m, 'purchase:\n  reference: "INV..2026 ( ) #7"\n').replace(/^sender:\n/m, 'sender:\n  customerId: "AC..99 !."\n'),
    );
    const r = redress(['draft', '--from', file, '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    const out = format === 'json' ? (JSON.parse(r.stdout) as { body: string; subject: string }).body : r.stdout;
    const shown = format === 'markdown' ? out.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1') : out;
    expect(shown).toContain('INV..2026 ( ) #7');
    expect(shown).toContain('AC..99 !.');
  });
});
