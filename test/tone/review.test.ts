import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const full = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), 'utf8');
const rude = tmp.path('rude.yaml');
writeFileSync(rude, full.replace('only two of the three rooms were cleaned', 'your lazy idiots only cleaned two rooms'));

describe('draft checks the tone of what it writes', () => {
  it('warns about unkind words where they are in the case file, and still writes the letter', () => {
    const r = redress(['draft', '--from', rude]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject: ');
    expect(r.stderr).toMatch(/rude\.yaml:23:7 story\.outcome\[1\]: .*lazy idiots.*Try: "/);
  });

  it('with --strict, writes nothing and exits 1', () => {
    const out = tmp.path('letter.txt');
    const r = redress(['draft', '--from', rude, '--strict', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--strict');
    expect(existsSync(out)).toBe(false);
  });

  it('says nothing about a calm case', () => {
    const r = redress(['draft', '--from', join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), '--strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('warns when a custom template leaves out the deadline', () => {
    const template = tmp.path('vague.hbs');
    writeFileSync(template, 'Dear {{recipient.company}},\n\nPlease refund {{money request.amount}} for order {{purchase.reference}}.\n\n{{sender.name}}\n');
    const r = redress(['draft', '--from', join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), '--template', template]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the letter: .*(deadline|date)/i);
  });
});
