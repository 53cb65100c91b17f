// The build precompiles the built-in templates; a copy of them, compiled at run time,
// must write exactly the same letters.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

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
