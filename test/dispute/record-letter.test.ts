// draft --record edits the case file in place, as reply does: every comment, blank line,
// quoting and line ending stays, whatever the layout (init's aligned comments, flow style,
// CRLF, a byte-order mark).
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CASE_TEMPLATE } from '../../src/commands/init.js';
import { recordPreviousDate, recordSentLetter } from '../../src/dispute/edit.js';

const letter = { date: '2026-12-01', stage: 'first', format: 'text', replyBy: '2026-12-15' };
const data = (source: string) => parseDocument(source.replace(/^\uFEFF/, '')).toJS() as { letter?: { previous?: string[] }; history?: { letters?: unknown[] } };
/** Every line of `before` is in `after`, in order (only lines were added or values filled in). */
function commentsKept(before: string, after: string): void {
  const comments = (text: string) => text.split(/\r?\n/).map((line) => /#.*$/.exec(line)?.[0]).filter((c): c is string => c !== undefined);
  expect(comments(after)).toEqual(comments(before));
}

describe('recordPreviousDate', () => {
  const record = (source: string, date = '2026-11-16') => recordPreviousDate(source, date);

  it('fills an empty previous: followed by a comment, keeping the comment on its line', () => {
    expect(record('letter:\n  previous:   # my earlier letters\n')).toBe('letter:\n  previous: [2026-11-16] # my earlier letters\n');
    expect(record('letter:\n  previous:                   # dates\n  stage: first\n')).toBe('letter:\n  previous: [2026-11-16]      # dates\n  stage: first\n');
  });

  it('keeps what recordLetterDate kept', () => {
    const source = '# my case\nsender:\n  name: Sam Lee   # that is me\n\nletter:\n  stage: reminder\n  previous:\n    - 2026-10-01   # the first letter\n\ncustom:\n  note: "kept \\"as is\\""\n';
    expect(record(source)).toBe(source.replace('    - 2026-10-01   # the first letter\n', '    - 2026-10-01   # the first letter\n    - 2026-11-16\n'));
    expect(record('letter:\n  previous: [ 2026-10-01 ]  # dates\n')).toBe('letter:\n  previous: [ 2026-10-01, 2026-11-16 ]  # dates\n');
    expect(record('letter:\n  previous: []\n')).toBe('letter:\n  previous: [2026-11-16]\n');
    expect(record('letter:\n  previous:\n  stage: first\n')).toBe('letter:\n  previous: [2026-11-16]\n  stage: first\n');
    expect(record('letter:\n  previous: ~\n')).toBe('letter:\n  previous: [2026-11-16]\n');
    expect(record('letter:\n  previous: 2026-10-01 # one\n')).toBe('letter:\n  previous: [2026-10-01, 2026-11-16] # one\n');
    expect(record('sender:\n    name: A\nrequest:\n    remedy: refund\n')).toBe('sender:\n    name: A\nrequest:\n    remedy: refund\nletter:\n    previous: [2026-11-16]\n');
    expect(record('sender:\n  name: A\nletter: {stage: first}\n')).toBe('sender:\n  name: A\nletter: {stage: first, previous: [2026-11-16]}\n');
    expect(record('sender:\r\n  name: A\r\nletter:\r\n  previous:\r\n    - 2026-10-01\r\n')).toBe('sender:\r\n  name: A\r\nletter:\r\n  previous:\r\n    - 2026-10-01\r\n    - 2026-11-16\r\n');
    expect(record('letter:\n  previous: [2026-11-16]\n')).toBe('letter:\n  previous: [2026-11-16]\n');
  });

  it('writes into a case file in flow style', () => {
    expect(record('{sender: {name: A}, request: {remedy: refund}}\n')).toBe('{sender: {name: A}, request: {remedy: refund}, letter: { previous: [2026-11-16] }}\n');
    expect(record('{sender: {name: A}, letter: {date: 2026-11-16}}')).toBe('{sender: {name: A}, letter: {date: 2026-11-16, previous: [2026-11-16]}}');
  });

  it('refuses what it cannot change, saying what to do', () => {
    expect(() => record('- a\n- b\n')).toThrow(/should be fields[^]*redress check/);
    expect(() => record('letter: 5\n')).toThrow(/letter: in the case file should be fields[^]*Correct it/);
    expect(() => record('letter:\n  previous: []\n', '16/11/2026')).toThrow(/not a date/);
  });
});

describe('recordSentLetter', () => {
  it('keeps every comment and blank line of the file redress init writes', () => {
    const filled = CASE_TEMPLATE.replace(/^(  name:) {16}/m, '$1 Alex Rivera    ');
    const once = recordSentLetter(filled, letter);
    commentsKept(filled, once);
    // Only lines were added, and previous: was filled in on its own line.
    const removed = filled.split('\n').filter((line) => !once.split('\n').includes(line));
    expect(removed).toEqual([filled.split('\n').find((line) => line.startsWith('  previous:'))]);
    expect(once.split('\n').filter((line) => line.trim() === '').length).toBe(filled.split('\n').filter((line) => line.trim() === '').length);
    expect(once).toMatch(/^ {2}previous: \[2026-12-01\] +# optional: dates of your earlier letters/m);
    expect(once).toMatch(/^ {2}letters: +# optional: the letters you have sent.*\n {4}- \{ date: 2026-12-01, stage: first, format: text, replyBy: 2026-12-15 \}\n/m);
    const twice = recordSentLetter(once, { ...letter, date: '2026-12-16', stage: 'reminder' });
    commentsKept(filled, twice);
    expect(data(twice).letter?.previous).toEqual(['2026-12-01', '2026-12-16']);
    expect(data(twice).history?.letters).toHaveLength(2);
  });

  it('keeps comments after values, CRLF and a byte-order mark', () => {
    const source = '\uFEFFsender:\r\n  name: Alex Rivera   # my name\r\n  country: GB # where\r\nletter:   # this letter\r\n  date: 2026-11-20   # was\r\n  previous:   # my earlier letters\r\n# the end\r\n';
    const edited = recordSentLetter(source, letter);
    expect(edited.startsWith('\uFEFF')).toBe(true);
    expect(edited.replace(/\r\n/g, '')).not.toMatch(/\n/);
    commentsKept(source, edited);
    expect(edited).toContain('  date: 2026-12-01   # was\r\n  previous: [2026-12-01] # my earlier letters\r\n');
    expect(data(edited).history?.letters).toEqual([{ date: '2026-12-01', stage: 'first', format: 'text', replyBy: '2026-12-15' }]);
  });

  it('records into a flow-style case file', () => {
    const source = '{sender: {name: Alex Rivera, country: GB}, request: {remedy: refund}}\n';
    const edited = recordSentLetter(source, letter);
    expect(edited).toBe(
      '{sender: {name: Alex Rivera, country: GB}, request: {remedy: refund}, letter: { previous: [2026-12-01] }, history: { letters: [ { date: 2026-12-01, stage: first, format: text, replyBy: 2026-12-15 } ] }}\n',
    );
    const again = recordSentLetter(edited, { ...letter, date: '2026-12-16', stage: 'reminder' });
    expect(data(again).history?.letters).toHaveLength(2);
    expect(data(again).letter?.previous).toEqual(['2026-12-01', '2026-12-16']);
  });
});
