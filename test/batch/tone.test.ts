import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const file = join(ROOT, 'test', 'fixtures', 'cases', 'batch-unkind.yaml');

describe('batch checks the tone of every case', () => {
  it('writes the letter and warns, with the place in the file', () => {
    const out = tmp.path('warned');
    const r = redress(['batch', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['001-peak-fitness.txt', '002-brightline.txt']);
    expect(r.stderr).toMatch(/Case 1 was written, but some words may read as unkind:\n.*batch-unkind\.yaml:11:16 story\.outcome: "You idiots"/);
    expect(r.stderr).not.toMatch(/Case 2 was written, but/);
  });

  it('lists the warnings in --json', () => {
    const r = redress(['batch', file, '--out', tmp.path('json'), '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.written[0].warnings.join('\n')).toContain('You idiots');
    expect(summary.written[1].warnings).toBeUndefined();
  });

  it('with --strict, refuses that case only (exit 1)', () => {
    const out = tmp.path('strict');
    const r = redress(['batch', file, '--out', out, '--strict']);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, '001-peak-fitness.txt'))).toBe(false);
    expect(existsSync(join(out, '002-brightline.txt'))).toBe(true);
    expect(r.stderr).toMatch(/Case 1 .* was not written/);
  });

  it("checks the whole letter when it comes from a template of the user's", () => {
    const templates = tmp.path('user-templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, 'blunt.hbs'),
      '---\nsubject: Refund for {{purchase.item}}\n---\nDear {{recipient.company}}, you are a bunch of crooks.\n\nPlease refund {{money purchase.amount}} by {{deadline}}.\n\n{{sender.name}}\n',
    );
    const out = tmp.path('blunt');
    const r = redress(['batch', file, '--out', out, '--templates', templates, '--template', 'blunt']);
    expect(r.code).toBe(0);
    // Case 2's answers are kind, so the template's words are what is reported, at the case.
    expect(r.stderr).toMatch(/Case 2 was written, but some words may read as unkind:\n.*batch-unkind\.yaml:\d+:\d+ the letter from template "blunt": "you are a bunch of crooks"/);
    const strict = redress(['batch', file, '--out', tmp.path('blunt-strict'), '--templates', templates, '--template', 'blunt', '--strict']);
    expect(strict.code).toBe(1);
    expect(existsSync(join(tmp.path('blunt-strict'), '002-brightline.txt'))).toBe(false);
  });
});
