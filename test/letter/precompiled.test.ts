// The build precompiles the built-in templates; a copy of them, compiled at run time,
// must write exactly the same letters.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';
import { streamBatch } from '../bench/generate.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const copy = tmp.path('templates');
cpSync(join(ROOT, 'templates'), copy, { recursive: true });
const caseFile = join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml');

describe('precompiled built-in templates', () => {
  for (const stage of ['first', 'reminder', 'final', 'card-dispute']) {
    for (const format of ['text', 'html', 'markdown']) {
      it(`${stage} as ${format} matches the same template compiled at run time`, () => {
        const built = redress(['draft', '--from', caseFile, '--stage', stage, '--format', format]);
        const compiled = redress(['draft', '--from', caseFile, '--stage', stage, '--format', format, '--templates', copy]);
        expect(built.code).toBe(0);
        expect(compiled.code).toBe(0);
        expect(built.stdout.length).toBeGreaterThan(500);
        expect(built.stdout).toBe(compiled.stdout);
      });
    }
  }
});

describe('precompiled built-in templates in a batch', () => {
  // The bench's cases vary companies, stories, lists, contacts, remedies and locales.
  const batch = tmp.path('cases.yaml');
  writeFileSync(batch, streamBatch(40));
  for (const stage of ['first', 'reminder', 'final', 'card-dispute']) {
    it(`${stage}: every letter matches the same template compiled at run time`, () => {
      const builtOut = tmp.path(`built-${stage}`);
      const compiledOut = tmp.path(`compiled-${stage}`);
      const env = { REDRESS_TODAY: '2026-11-16' };
      expect(redress(['batch', batch, '--out', builtOut, '--stage', stage], { env }).code).toBe(0);
      expect(redress(['batch', batch, '--out', compiledOut, '--stage', stage, '--templates', copy], { env }).code).toBe(0);
      const names = readdirSync(builtOut).sort();
      expect(names).toHaveLength(40);
      expect(readdirSync(compiledOut).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(join(builtOut, name), 'utf8'), name).toBe(readFileSync(join(compiledOut, name), 'utf8'));
    });
  }
});
