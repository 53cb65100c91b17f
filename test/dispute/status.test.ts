// redress status on a folder: old case files (letter.previous only), bad ones reported with
// file:line:column without stopping the others, other YAML skipped; redress reply's checks.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-status-');
afterAll(() => tmp.cleanup());

const base = (company: string, extra = '') => `sender:
  name: Sam Lee
recipient:
  company: ${company}
purchase:
  item: monthly gym membership
  amount: 45
story:
  circumstances: I cancelled my membership in September.
  expectations: no more payments after September
  outcome: I was charged again in October
request:
  remedy: refund
${extra}`;

const TODAY = { REDRESS_TODAY: '2026-12-10' };

describe('redress status', () => {
  const dir = tmp.path('cases');
  mkdirSync(dir);
  writeFileSync(join(dir, 'gym.yaml'), base('Peak Fitness', 'letter:\n  previous: [2026-11-01]   # my first letter\n'));
  writeFileSync(join(dir, 'new.yaml'), base('Corner Shop'));
  writeFileSync(join(dir, 'refused.yaml'), base('Fast Phones', 'letter:\n  previous: [2026-11-20, 2026-12-01]\nhistory:\n  replies:\n    - { date: 2026-12-05, kind: refusal }\n'));
  writeFileSync(join(dir, 'waiting.yaml'), base('Blue Airline', 'letter:\n  previous: [2026-12-05]\n'));
  writeFileSync(join(dir, 'broken.yaml'), base('Bad Co').replace('amount: 45', 'amount: forty-five'));
  writeFileSync(join(dir, 'cases.yaml'), 'defaults:\n  sender:\n    name: Sam\ncases: []\n');

  it('lists every case, what needs doing first at the top, and reports a bad file with its line and column', () => {
    const r = redress(['status', dir], { env: TODAY, cwd: dir });
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').slice(1).map((line) => line.split(/\s{2,}/)[1]);
    // Due now, oldest first; then the first letter to write; then waiting.
    expect(rows).toEqual(['Peak Fitness', 'Fast Phones', 'Corner Shop', 'Blue Airline']);
    expect(r.stdout).toMatch(/Fast Phones .*they said no on December 5 +final letter due: they said no on December 5 \(redress draft --from refused\.yaml --next --record\)/);
    expect(r.stdout).toMatch(/Peak Fitness .*first +2026-11-01 +2026-11-16 +24 over +reminder due/);
    expect(r.stdout).toMatch(/Blue Airline .*send a reminder if they have not replied \(from December 22\)/);
    expect(r.stderr).toContain('broken.yaml:7:11 purchase.amount:');
    expect(r.stderr).toContain('1 case file could not be read');
    expect(r.stdout + r.stderr).not.toContain('cases.yaml');
  });

  it('says in words why a case file could not be read, and points to no others when there are none', () => {
    const r = redress(['status', join(dir, 'broken.yaml'), dir], { env: TODAY, cwd: dir });
    expect(r.stderr).toContain('The others are shown above.');
    // Nothing to show: the one case file given cannot be used, as draft and reply say of it (exit 2).
    const alone = redress(['status', join(dir, 'broken.yaml')], { env: TODAY, cwd: dir });
    expect(alone.code).toBe(2);
    expect(redress(['draft', '--from', join(dir, 'broken.yaml')], { env: TODAY, cwd: dir }).code).toBe(2);
    expect(alone.stderr).toContain('1 case file could not be read');
    expect(alone.stderr).not.toContain('others are shown');
  });

  it.skipIf(process.platform === 'win32')('says in words that a folder, or a file in it, may not be opened', () => {
    const closed = tmp.path('closed');
    mkdirSync(closed);
    writeFileSync(join(closed, 'case.yaml'), 'sender:\n  name: Sam\n');
    chmodSync(closed, 0o000);
    const folder = redress(['status', closed], { env: TODAY, asOtherUser: true });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('closed: permission denied. Check that you may open it');
    expect(folder.stderr).not.toMatch(/EACCES|unexpected/);
    const file = redress(['status', join(closed, 'case.yaml')], { env: TODAY, asOtherUser: true });
    expect(file.stderr).toContain('case.yaml: permission denied');
    expect(file.stderr).not.toContain('Cannot find');
    chmodSync(closed, 0o755);
  });

  it('--json for scripts, with the failures as data', () => {
    const r = redress(['status', '--json'], { env: TODAY, cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe('2026-12-10');
    expect(json.cases.map((c: { file: string }) => c.file)).toEqual(['gym.yaml', 'refused.yaml', 'new.yaml', 'waiting.yaml']);
    expect(json.failed).toEqual([{ file: 'broken.yaml', problems: [expect.objectContaining({ line: 7, column: 11, field: 'purchase.amount' })] }]);
  });

  it('says what to do when there is nothing to show, or the folder does not exist', () => {
    const empty = tmp.path('empty');
    mkdirSync(empty);
    const none = redress(['status'], { cwd: empty });
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toContain('No case files found');
    const missing = redress(['status', 'nowhere'], { cwd: empty });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot find nowhere');
  });

  it('an old case file keeps working with --next, and --record adds history.letters beside letter.previous', () => {
    const file = join(dir, 'gym.yaml');
    const r = redress(['draft', '--from', file, '--next', '--record'], { env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Reminder/);
    expect(readFileSync(file, 'utf8')).toContain('letter:\n  previous: [2026-11-01, 2026-12-10]   # my first letter\nhistory:\n  letters:\n    - { date: 2026-12-10, stage: reminder, format: text, replyBy: 2026-12-24 }\n');
  });
});

describe('redress reply', () => {
  it('refuses what it cannot record, saying what to do', () => {
    const file = tmp.path('reply.yaml');
    writeFileSync(file, base('Peak Fitness'));
    const bad = redress(['reply', file, '--offer', 'a lot'], { env: TODAY });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--offer needs the amount they offered');
    const nothing = redress(['reply', file], { env: TODAY });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Say what they replied: --offer AMOUNT');
    const noOffer = redress(['reply', file, '--accept'], { env: TODAY });
    expect(noOffer.code).toBe(2);
    expect(noOffer.stderr).toContain('records no offer to accept');
    const future = redress(['reply', file, '--refused', '--date', '2026-12-11'], { env: TODAY });
    expect(future.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(base('Peak Fitness'));
    const ok = redress(['reply', file, '--correction', 'They will refund the October payment.', '--by', '2026-12-20'], { env: TODAY });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('Next: they offered to put it right on December 10');
    expect(readFileSync(file, 'utf8')).toContain('history:\n  replies:\n    - date: 2026-12-10\n      kind: correction\n      text: "They will refund the October payment."\n      by: 2026-12-20\n');
  });
});

describe('the reply-by date a letter gave', () => {
  it('is recorded with the letter, and status and --next count from it (a California notice gives 30 days, not the case’s 14)', () => {
    const file = tmp.path('clra.yaml');
    writeFileSync(
      file,
      base('Coastline Motors')
        .replace('  name: Sam Lee\n', '  name: Sam Lee\n  country: US\n  region: CA\n')
        .replace('  item: monthly gym membership\n  amount: 45\n', '  item: used car add-ons\n  kind: goods\n  amount: 2235\n  currency: USD\n  paidWith: credit-card\n'),
    );
    const write = (date: string) => redress(['draft', '--from', file, '--next', '--record', '--date', date, '--no-input'], { env: { REDRESS_TODAY: date } });
    expect(write('2026-10-01').code).toBe(0);
    expect(write('2026-10-16').code).toBe(0);
    const final = write('2026-11-02');
    expect(final.code, final.stderr).toBe(0);
    expect(final.stdout).toContain('section 1782');
    const asked = /Please reply by ([A-Z][a-z]+ \d+, \d{4})/.exec(final.stdout)![1];
    expect(asked).toBe('December 2, 2026');
    expect(readFileSync(file, 'utf8')).toMatch(/\{ date: 2026-11-02, stage: final, format: text, replyBy: 2026-12-02 \}/);
    const status = redress(['status', file, '--json'], { env: { REDRESS_TODAY: '2026-11-20' } });
    expect(JSON.parse(status.stdout).cases[0]).toMatchObject({ replyBy: '2026-12-02' });
    const next = redress(['draft', '--from', file, '--next', '--no-input'], { env: { REDRESS_TODAY: '2026-11-20' } });
    expect(next.stderr).toContain('asked for a reply by December 2, 2026');
  });
});

describe('redress reply checks its dates', () => {
  it('refuses a promised date before the reply itself', () => {
    const file = tmp.path('by.yaml');
    writeFileSync(file, base('Peak Fitness'));
    const r = redress(['reply', file, '--date', '2026-11-20', '--offer', '50', '--by', '2026-11-01', '--no-input'], { env: TODAY });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by (2026-11-01) is before --date (2026-11-20)');
    expect(readFileSync(file, 'utf8')).toBe(base('Peak Fitness'));
  });

  it('says an option given empty or too long is the problem, not a line of the case file', () => {
    const file = tmp.path('words.yaml');
    writeFileSync(file, base('Peak Fitness'));
    const empty = redress(['reply', file, '--refused', '--reason', '', '--no-input'], { env: TODAY });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--reason is empty: give its words, for example --reason "It is a fifth of what I paid."');
    expect(empty.stderr).not.toMatch(/words\.yaml:\d+:\d+/);
    const blank = redress(['reply', file, '--other', '   ', '--no-input'], { env: TODAY });
    expect(blank.code).toBe(2);
    const long = redress(['reply', file, '--offer', '50', '--text', 'x'.repeat(2500), '--no-input'], { env: TODAY });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--text is too long (2,500 characters; at most 2,000)');
    expect(readFileSync(file, 'utf8')).toBe(base('Peak Fitness'));
  });

  // It blamed history.replies[0].amount at a line of the case file that does not exist.
  it('says an --offer finer than the currency is the problem, not a line of the case file', () => {
    const file = tmp.path('finer.yaml');
    writeFileSync(file, base('Peak Fitness'));
    const text = readFileSync(file, 'utf8');
    const tiny = redress(['reply', file, '--offer', '0.001', '--no-input'], { env: TODAY });
    expect(tiny.code).toBe(2);
    expect(tiny.stderr).toBe('✖ --offer 0.001 is less than 0.01 USD, the smallest amount in that currency, so the letter would ask for nothing; check the amount. Nothing was recorded.\n');
    const finer = redress(['reply', file, '--offer', '12.3456', '--no-input'], { env: TODAY });
    expect(finer.code).toBe(2);
    expect(finer.stderr).toBe('✖ --offer 12.3456 has more decimal places than USD has (2); write it as an amount that can be paid, such as 12.34. Nothing was recorded.\n');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
