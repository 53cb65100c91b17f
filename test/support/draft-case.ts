// A case written as a YAML file and drafted by the built CLI, as a writer would: the letter
// must be written (exit 0) and pass the tone check (`redress check`).
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { redress, tempDir } from './cli.js';

/** A drafter of letters from case objects, with a folder for their files (`cleanup` after the tests). */
export function caseDrafter(prefix = 'redress-case-') {
  const tmp = tempDir(prefix);
  let n = 0;
  /** The letter the CLI writes for this case at this stage, dated 1 December 2026. */
  const letter = (c: object, stage = 'first', date = '2026-12-01'): string => {
    const file = tmp.path(`case-${++n}.yaml`);
    writeFileSync(file, stringify(c));
    const r = redress(['draft', '--from', file, '--stage', stage, '--date', date]);
    expect(r.code, r.stderr).toBe(0);
    const tone = redress(['check', '-', '--json'], { input: r.stdout });
    expect(tone.code, tone.stdout).toBe(0);
    expect(JSON.parse(tone.stdout).errors, tone.stdout).toBe(0);
    return r.stdout;
  };
  return { letter, cleanup: tmp.cleanup };
}
