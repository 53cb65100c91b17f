// The user's own packs through the module the letters call.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';
import { rightsFor } from '../../src/rights/index.js';
import { UserError } from '../../src/errors.js';

const tmp = tempDir('redress-rights-user-');
afterAll(() => tmp.cleanup());

describe('user rights packs', () => {
  it('override a built-in entry with the same id and add new ones', () => {
    const dir = tmp.path('mine');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'GB.yaml'),
      [
        'cardRoutes:',
        '  - id: gb-chargeback',
        '    kind: chargeback',
        '    paidWith: [debit-card]',
        '    subject: Refund request',
        '    text: Please reverse this payment.',
        '    source: https://www.example.org/chargeback',
        '    checked: 2026-11-20',
        'nextSteps:',
        '  - id: gb-trading-standards',
        '    text: tell Trading Standards about this',
        '    source: https://www.example.org/trading-standards',
        '    checked: 2026-11-20',
      ].join('\n'),
    );
    const answer = rightsFor({ country: 'GB', region: 'GB-ENG', remedy: 'refund', stage: 'card-dispute', paidWith: 'debit-card', currency: 'GBP', userDirs: [dir] })!;
    expect(answer.card).toMatchObject({ id: 'gb-chargeback', subject: 'Refund request', text: 'Please reverse this payment.' });
    const final = rightsFor({ country: 'GB', region: 'GB-ENG', remedy: 'refund', stage: 'final', currency: 'GBP', userDirs: [dir] })!;
    expect(final.nextSteps.map((s) => s.id)).toEqual(['gb-ew-small-claim', 'gb-trading-standards']);
    // Without the folder, the built-in entry is used.
    expect(rightsFor({ country: 'GB', remedy: 'refund', stage: 'card-dispute', paidWith: 'debit-card', currency: 'GBP' })!.card?.subject).toBe('Chargeback request');
  });

  it('are read only from a regular file of reasonable size (a pipe or a device could hang or fill memory)', () => {
    const dir = tmp.path('odd');
    mkdirSync(join(dir, 'IE.json'), { recursive: true });
    expect(() => rightsFor({ country: 'IE', remedy: 'refund', stage: 'final', currency: 'EUR', userDirs: [dir] })).toThrow(/is not a regular file/);
    const big = tmp.path('big');
    mkdirSync(big);
    writeFileSync(join(big, 'IE.json'), `{"nextSteps": [], "pad": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(() => rightsFor({ country: 'IE', remedy: 'refund', stage: 'final', currency: 'EUR', userDirs: [big] })).toThrow(/is too large/);
  });

  it('named by a link whose file is gone stop the letter with what to do, not leave the rights out without a word', () => {
    const dir = tmp.path('gone');
    mkdirSync(dir);
    symlinkSync(join(dir, 'moved-away.json'), join(dir, 'GB.json'));
    const file = tmp.path('case.yaml');
    writeFileSync(file, 'sender: {name: Sam Lee, email: sam@example.com, country: GB}\nrecipient: {company: Brightline Carpet Care}\npurchase: {item: carpet cleaning, kind: service, amount: 120, date: 2026-10-01}\nstory:\n  circumstances: Booked a carpet clean for three rooms.\n  expectations: [all carpets cleaned]\n  outcome: [two rooms were left dirty]\nrequest: {remedy: refund}\nletter: {date: 2026-11-16}\n');
    const result = redress(['draft', '--from', file, '--rights', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Your rights pack ${join(dir, 'GB.json')} is a link to a file that does not exist. Point the link at your pack, or remove it.`);
    expect(result.stdout).toBe('');
  });

  it('give a clear error naming the file and the field', () => {
    const dir = tmp.path('bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'IE.json'), JSON.stringify({ nextSteps: [{ id: 'ie-mine', text: 'Write to the ombudsman.', source: 'https://example.org/x', checked: '2026-11-20' }] }));
    let error: unknown;
    try {
      rightsFor({ country: 'IE', remedy: 'refund', stage: 'final', currency: 'EUR', userDirs: [dir] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as Error).message).toContain(join(dir, 'IE.json'));
    expect((error as Error).message).toContain('nextSteps[0] (id "ie-mine").text');
    expect((error as Error).message).toContain('lower case');
  });

  it('can start from what `redress rights --json` shows, and say which field or line is wrong', () => {
    const dir = tmp.path('from-json');
    mkdirSync(dir);
    const shown = redress(['rights', 'GB', '--json']);
    expect(shown.code).toBe(0);
    writeFileSync(join(dir, 'GB.json'), shown.stdout);
    const read = redress(['rights', 'GB', '--rights', dir]);
    expect(read.code, read.stderr).toBe(0);
    writeFileSync(join(dir, 'DE.json'), '{ "name": "Germany", "rightz": [] }\n');
    expect(redress(['rights', 'DE', '--rights', dir]).stderr).toContain('has a field redress does not know: rightz (check the spelling, or remove it); did you mean "rights"?');
    // Every field an entry may have is known, from the schema itself: the newest ones too.
    writeFileSync(join(dir, 'DE.json'), '{ "name": "Germany", "rights": [{ "id": "de-x", "text": "x", "source": "https://example.org", "checked": "2026-11-02", "chargedAbovePercnt": 10 }] }\n');
    expect(redress(['rights', 'DE', '--rights', dir]).stderr).toContain('did you mean "chargedAbovePercent"?');
    writeFileSync(join(dir, 'FR.json'), '{\n  "rights": [\n    { "id": "x" ,, }\n  ]\n}\n');
    expect(redress(['rights', 'FR', '--rights', dir]).stderr).toMatch(/FR\.json:3:\d+ could not be read/);
  });

  it('can give a country redress has no pack for', () => {
    const dir = tmp.path('fr');
    mkdirSync(dir);
    writeFileSync(join(dir, 'FR.json'), JSON.stringify({ rights: [{ id: 'fr-mine', text: 'I understand that under the Code de la consommation it is so.', law: 'Code de la consommation', source: 'https://www.example.org/fr', checked: '2026-11-20' }] }));
    const answer = rightsFor({ country: 'FR', remedy: 'refund', stage: 'first', currency: 'EUR', userDirs: [dir] })!;
    expect(answer).toMatchObject({ country: 'FR', countryName: 'France' });
    expect(answer.rights.map((r) => r.id)).toEqual(['fr-mine']);
  });
});
