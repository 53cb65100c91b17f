// draft --record and reply on real files: the case file is edited in place (every comment
// kept), a file that cannot take the record is found out before the letter is written, and
// reply needs the case as a file.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-record-');
afterAll(() => tmp.cleanup());
const env = { REDRESS_TODAY: '2026-12-01', REDRESS_HOME: tmp.path('home') };
const run = (args: string[], input?: string) => redress(args, { cwd: tmp.dir, env, ...(input !== undefined && { input }) });
const comments = (text: string) => text.split(/\r?\n/).map((line) => /#.*$/.exec(line)?.[0]).filter((c): c is string => c !== undefined);

const BASE = CARPET_CASE;

describe('draft --record keeps the case file as it was written', () => {
  it('on the file redress init writes, filled in', () => {
    expect(run(['init', 'init.yaml']).code).toBe(0);
    const fill: Record<string, string> = { name: 'Alex Rivera', company: 'Brightline Carpet Care', item: 'deep cleaning of three rooms', circumstances: 'I booked a deep clean.', expectations: 'all rooms cleaned', outcome: 'two rooms cleaned', remedy: 'refund', amount: '240' };
    let text = readFileSync(tmp.path('init.yaml'), 'utf8');
    for (const [key, value] of Object.entries(fill)) text = text.replace(new RegExp(`^(  ${key}:) {1,}(?=#)`, 'm'), `$1 ${value}   `);
    text = text.replace(/^(  country:) +(?=# optional: where you live)/m, '$1 GB   ');
    writeFileSync(tmp.path('init.yaml'), text);
    const r = run(['draft', '--from', 'init.yaml', '--next', '--record', '-o', 'init.txt']);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(tmp.path('init.yaml'), 'utf8');
    expect(comments(after)).toEqual(comments(text));
    // Nothing moved: the only lines not in the file before are the letter's.
    const before = new Set(text.split('\n'));
    expect(after.split('\n').filter((line) => !before.has(line))).toEqual([
      expect.stringMatching(/^ {2}previous: \[2026-12-01\] +# optional: dates of your earlier letters/),
      '    - { date: 2026-12-01, stage: first, format: text, replyBy: 2026-12-15 }',
    ]);
    expect(text.split('\n').length + 1).toBe(after.split('\n').length);
  });

  it('keeps a comment after an empty previous:, CRLF line endings and a byte-order mark', () => {
    const source = '\uFEFF' + `${BASE}letter:   # about this letter\n  previous:   # my earlier letters\n`.replace(/\n/g, '\r\n');
    writeFileSync(tmp.path('crlf.yaml'), source);
    const r = run(['draft', '--from', 'crlf.yaml', '--next', '--record', '-o', 'crlf.txt']);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(tmp.path('crlf.yaml'), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('  previous: [2026-12-01] # my earlier letters\r\n');
    expect(comments(after)).toEqual(comments(source));
  });

  it('records into a case file whose lines end with a carriage return alone, keeping its line ends', () => {
    writeFileSync(tmp.path('cr.yaml'), BASE.replace(/\n/g, '\r'));
    const reply = run(['reply', 'cr.yaml', '--date', '2026-11-20', '--offer', '50']);
    expect(reply.code, reply.stderr).toBe(0);
    expect(reply.stderr).not.toContain('not valid YAML');
    const answer = run(['reply', 'cr.yaml', '--reject', '--reason', 'It is a fifth of what I paid.']);
    expect(answer.code, answer.stderr).toBe(0);
    const r = run(['draft', '--from', 'cr.yaml', '--next', '--record', '-o', 'cr.txt']);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(tmp.path('cr.yaml'), 'utf8');
    expect(after).not.toContain('\n');
    expect(after.replace(/\r/g, '\n')).toContain('history:\n  replies:\n    - date: 2026-11-20\n      kind: offer\n      amount: 50\n      answer: rejected\n      reason: "It is a fifth of what I paid."\n');
    expect(after.replace(/\r/g, '\n')).toMatch(/  letters:\n    - \{ date: 2026-12-01, stage: answer-offer/);
    const status = run(['status', 'cr.yaml', '--json']);
    expect(status.code, status.stderr).toBe(0);
  });

  it('records into a flow-style case file', () => {
    writeFileSync(tmp.path('flow.yaml'), '{sender: {name: Alex Rivera, country: GB}, recipient: {company: Brightline}, purchase: {item: cleaning, amount: 240, date: 2026-11-02}, story: {circumstances: x happened., expectations: y, outcome: z}, request: {remedy: refund}}\n');
    const r = run(['draft', '--from', 'flow.yaml', '--next', '--record', '-o', 'flow.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(tmp.path('flow.yaml'), 'utf8')).toContain(', history: { letters: [ { date: 2026-12-01, stage: first, format: text, replyBy: 2026-12-15 } ] }}');
    const status = run(['status', 'flow.yaml', '--json']);
    expect(status.code, status.stderr).toBe(0);
  });

  it('writes nothing when the case file cannot take the record, and says what to do', () => {
    const source = `${BASE}history:\n  letters:\n    -\n      date: 2026-10-01\n      stage: first\n`;
    writeFileSync(tmp.path('odd.yaml'), source);
    const r = run(['draft', '--from', 'odd.yaml', '--next', '--record', '-o', 'odd.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing was written[^]*Add it yourself[^]*leave out --record/);
    expect(existsSync(tmp.path('odd.txt'))).toBe(false);
    expect(readFileSync(tmp.path('odd.yaml'), 'utf8')).toBe(source);
  });
});

describe('reply', () => {
  it('needs the case as a file, not standard input', () => {
    const r = run(['reply', '-', '--refused'], BASE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the case must be a file, not standard input[^]*redress reply case\.yaml --refused/);
  });
});

describe('--next and a letter.stage further up the ladder', () => {
  it('is a conflict, said before anything is written', () => {
    writeFileSync(tmp.path('final.yaml'), `${BASE}letter:\n  stage: final\n`);
    const r = run(['draft', '--from', 'final.yaml', '--next', '--record', '-o', 'final.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('letter.stage in final.yaml is final, but its record has no letter sent yet, so the next letter is the first one.');
    expect(r.stderr).toContain('use --stage final instead of --next');
    expect(existsSync(tmp.path('final.txt'))).toBe(false);
    expect(readFileSync(tmp.path('final.yaml'), 'utf8')).toBe(`${BASE}letter:\n  stage: final\n`);
  });

  it('a letter.stage the record has reached is no conflict', () => {
    writeFileSync(tmp.path('reached.yaml'), `${BASE}letter:\n  stage: reminder\n  previous: [2026-11-01]\n`);
    const r = run(['draft', '--from', 'reached.yaml', '--next']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/reminder/i);
  });
});
