// A YAML tag redress does not read (!foo, !!binary, !!timestamp…) is refused where it is
// written, never dropped unseen or read as something it is not; !!str and the like still read.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { parseCaseWithPositions } from '../../src/case/load.js';
import { redress, tempDir } from '../support/cli.js';
import { CARPET_CASE } from '../support/carpet-case.js';

const tmp = tempDir('redress-yaml-tags-');
afterAll(() => tmp.cleanup());

const withCircumstances = (value: string) => CARPET_CASE.replace('  circumstances: I booked a deep clean for 2 November.', `  circumstances: ${value}`);

function problemOf(source: string): string {
  try {
    parseCaseWithPositions(source, 'case.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
}

describe('YAML tags in a case file', () => {
  it('refuses a tag redress does not read, at the field, saying what to do', () => {
    expect(problemOf(withCircumstances('!foo I booked a deep clean.'))).toContain('case.yaml:13:3 story.circumstances: is marked with the YAML tag !foo, which redress does not read, so it cannot tell what it is meant to be. Remove "!foo": write the value as plain text');
    expect(problemOf(withCircumstances('!foo'))).toContain('Remove "!foo"');
    expect(problemOf(withCircumstances('!<tag:example.com,2026:x> hi'))).toContain('the YAML tag !<tag:example.com,2026:x>');
    expect(problemOf(withCircumstances('!!timestamp 2026-01-01'))).toContain('the YAML tag !!timestamp');
    expect(problemOf(withCircumstances('!!binary SGVsbG8gd29ybGQ='))).toContain('case.yaml:13:3 story.circumstances: is marked !!binary (encoded binary data), which redress does not read: the letter would show the encoded letters');
    expect(problemOf(CARPET_CASE.replace('sender:', 'sender: !person'))).toContain('case.yaml:1:1 sender: is marked with the YAML tag !person, which redress does not read, so it cannot tell what it is meant to be. Remove "!person": the fields below it need no tag');
    expect(problemOf(CARPET_CASE.replace('  name: Alex Rivera', '  !k name: Alex Rivera'))).toContain('Remove "!k": write the field name as a plain word');
  });

  it('reads the tags that only say what a value is', () => {
    expect(parseCaseWithPositions(withCircumstances('!!str I booked a deep clean.'), 'case.yaml').value.story.circumstances).toBe('I booked a deep clean.');
    expect(parseCaseWithPositions(CARPET_CASE.replace('amount: 240', 'amount: !!int 240'), 'case.yaml').value.purchase.amount).toBe(240);
  });

  it('writes no letter from a case with one, and exits 2', () => {
    writeFileSync(tmp.path('case.yaml'), withCircumstances('!!binary SGVsbG8gd29ybGQ='));
    const r = redress(['draft', '--from', 'case.yaml', '--out', 'letter.txt'], { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('case.yaml:13:3 story.circumstances: is marked !!binary');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(tmp.path('letter.txt'))).toBe(false);
  });
});
