// `redress reply`: a reply dated before the first letter is refused, and an offer answered
// once is not answered again by accident: the same answer says so, another asks for --change.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';
import { CARPET_CASE } from '../support/carpet-case.js';

const tmp = tempDir('redress-reply-checks-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-11-16' } });
const caseFile = () => readFileSync(tmp.path('case.yaml'), 'utf8');

const SENT = `${CARPET_CASE}history:
  letters:
    - { date: 2026-11-05, stage: first }
`;

beforeEach(() => writeFileSync(tmp.path('case.yaml'), SENT));

describe('redress reply', () => {
  it('refuses a reply dated before the purchase when no letter is recorded yet, recording nothing', () => {
    writeFileSync(tmp.path('case.yaml'), CARPET_CASE);
    const r = run(['reply', 'case.yaml', '--date', '2020-01-01', '--refused']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 2020-01-01 is before your purchase from Brightline Carpet Care (2 November 2026, purchase.date in case.yaml), so it cannot be their reply to your complaint. Nothing was recorded.');
    expect(caseFile()).toBe(CARPET_CASE);
    // The day of the purchase itself is fine.
    expect(run(['reply', 'case.yaml', '--date', '2026-11-02', '--refused']).code).toBe(0);
  });

  it('refuses a reply dated before the first letter, recording nothing', () => {
    const r = run(['reply', 'case.yaml', '--date', '2026-11-01', '--offer', '50']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 2026-11-01 is before your first letter to Brightline Carpet Care (5 November 2026), so it cannot be their reply to it. Nothing was recorded.');
    expect(r.stderr).toContain('add it to contacts: in case.yaml instead');
    expect(caseFile()).toBe(SENT);
    // The day of the letter itself, and after it, are fine.
    expect(run(['reply', 'case.yaml', '--date', '2026-11-05', '--refused']).code).toBe(0);
  });

  it('refuses a --by before the day the reply is recorded as (today, without --date), recording nothing', () => {
    const r = run(['reply', 'case.yaml', '--offer', '50', '--by', '2026-11-10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by (2026-11-10) is before today (2026-11-16), the day this reply is recorded as, since no --date is given');
    expect(r.stderr).toContain('If they replied earlier, give that day with --date. Nothing was recorded.');
    expect(caseFile()).toBe(SENT);
    expect(run(['reply', 'case.yaml', '--offer', '50', '--by', '2026-11-10', '--date', '2026-11-08']).code).toBe(0);
  });

  it('says an answer given twice is recorded already, and changes nothing', () => {
    expect(run(['reply', 'case.yaml', '--date', '2026-11-10', '--offer', '50']).code).toBe(0);
    expect(run(['reply', 'case.yaml', '--accept']).code).toBe(0);
    const once = caseFile();
    const again = run(['reply', 'case.yaml', '--accept']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Already recorded in case.yaml under history.replies: you accept their offer of 10 November 2026. Nothing was changed.');
    expect(caseFile()).toBe(once);
  });

  it('does not let --reject replace an acceptance unasked: it says what was recorded and how to change it', () => {
    run(['reply', 'case.yaml', '--date', '2026-11-10', '--offer', '50']);
    run(['reply', 'case.yaml', '--accept']);
    const accepted = caseFile();
    const r = run(['reply', 'case.yaml', '--reject', '--reason', 'It is a fifth of what I paid.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('You already accepted their offer of 10 November 2026 (answer: accepted, under history.replies in case.yaml). Nothing was changed.');
    expect(r.stderr).toContain('redress reply case.yaml --reject --change --reason "It is a fifth of what I paid."');
    expect(caseFile()).toBe(accepted);
    const changed = run(['reply', 'case.yaml', '--reject', '--change', '--reason', 'It is a fifth of what I paid.']);
    expect(changed.code).toBe(0);
    expect(changed.stderr).toContain('Recorded that you now do not accept their offer of 10 November 2026 (the answer recorded before, accepted, is replaced)');
    expect(caseFile()).toMatch(/answer: rejected\n\s+reason: "It is a fifth of what I paid\."/);
  });

  it('takes --change only with --accept or --reject', () => {
    const r = run(['reply', 'case.yaml', '--change']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--change goes with --accept or --reject');
  });
});
