import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
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
});
