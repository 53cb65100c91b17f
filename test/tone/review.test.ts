import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const full = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), 'utf8');
const rude = tmp.path('rude.yaml');
writeFileSync(rude, full.replace('only two of the three rooms were cleaned', 'your lazy idiots only cleaned two rooms'));

describe('draft checks the tone of what it writes', () => {
  it('shows unkind words where they are in the case file, writes nothing and exits 1', () => {
    const out = tmp.path('letter.txt');
    const r = redress(['draft', '--from', rude, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/rude\.yaml:25:7 story\.outcome\[1\]: .*lazy idiots.*Try: "/);
    expect(r.stderr).toMatch(/The letter was not written: .*Rephrase them in .*rude\.yaml .*--keep-words/);
    expect(existsSync(out)).toBe(false);
    // --strict, which asked for this before it was the default, still does.
    expect(redress(['draft', '--from', rude, '--strict']).code).toBe(1);
  });

  it('with --keep-words, writes the letter as it is and still shows the words', () => {
    const out = tmp.path('kept.txt');
    const r = redress(['draft', '--from', rude, '--keep-words', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('lazy idiots');
    expect(r.stderr).toMatch(/rude\.yaml:25:7 story\.outcome\[1\]: .*lazy idiots/);
    expect(r.stderr).not.toContain('was not written');
  });

  it('writes a letter whose answers only shout: the letter writes them calmly, and passes its own check', () => {
    const loud = tmp.path('loud.yaml');
    writeFileSync(loud, full.replace('only two of the three rooms were cleaned', 'only TWO of the three rooms were cleaned!!!'));
    const r = redress(['draft', '--from', loud]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/loud\.yaml:25:7 story\.outcome\[1\]: "TWO" is in capital letters/);
    expect(r.stdout).toContain('only two of the three rooms were cleaned');
    expect(r.stdout).not.toMatch(/TWO|!!/);
    const check = redress(['check', '-', '--strict'], { input: r.stdout.replace(/^Subject: .*\n\n/, '') });
    expect(check.stdout).not.toMatch(/shout|exclamation/i);
  });

  it('writes a French letter whose answer shouts a whole sentence: the letter writes it calmly, with no space before its full stop', () => {
    const loud = tmp.path('fort.yaml');
    writeFileSync(
      loud,
      [
        'sender: {name: Pierre Dubois, email: p@example.fr, address: "8 allée des Tilleuls, 33000 Bordeaux", country: FR}',
        'recipient: {company: Box Fibre Sud}',
        'purchase: {kind: subscription, item: abonnement box fibre, amount: 39.99, period: month, currency: EUR}',
        'story:',
        '  circumstances: Je suis abonné depuis 2023.',
        '  expectations: une connexion qui fonctionne',
        '  outcome:',
        "    - coupure totale depuis le 3 octobre",
        '    - JE PAIE TOUJOURS LE PLEIN TARIF !!!',
        "    - c'est une HONTE TOTALE",
        'request: {remedy: refund, amount: 40}',
        'letter: {date: 2026-11-15, language: fr}',
      ].join('\n'),
    );
    const r = redress(['draft', '--from', loud]);
    expect(r.stderr).toMatch(/fort\.yaml:9:7 story\.outcome\[1\]: "PAIE TOUJOURS LE PLEIN TARIF" is in capital letters/);
    // Words shouted inside a sentence stay in the letter as typed: the letter is not written without --keep-words.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fort\.yaml:10:7 story\.outcome\[2\]: "HONTE TOTALE"/);
    writeFileSync(loud, readFileSync(loud, 'utf8').replace("    - c'est une HONTE TOTALE\n", ''));
    const calm = redress(['draft', '--from', loud]);
    expect(calm.code, calm.stderr).toBe(0);
    expect(calm.stdout).toContain('- Je paie toujours le plein tarif.');
    expect(calm.stdout).not.toMatch(/TARIF|!!| \./);
  });

  it('takes names as names: a business called "Idiot Proof Carpets" is not name-calling', () => {
    const named = tmp.path('named.yaml');
    writeFileSync(named, full.replace(/company: .*/, 'company: Idiot Proof Carpets'));
    const r = redress(['draft', '--from', named]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Idiot Proof Carpets');
    expect(r.stderr).not.toMatch(/name-calling|insult/);
  });

  it('says nothing about a calm, complete case', () => {
    const r = redress(['draft', '--from', join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), '--strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('warns when a custom template leaves out the deadline', () => {
    const template = tmp.path('vague.hbs');
    writeFileSync(template, 'Dear {{recipient.company}},\n\nPlease refund {{money request.amount}} for order {{purchase.reference}}.\n\n{{sender.name}}\n');
    const r = redress(['draft', '--from', join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), '--template', template]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Note: .*(deadline|date)/im);
    expect(r.stderr).not.toMatch(/^(✖|!) /m);
  });
});

describe('draft --next and --record follow one case through the ladder', () => {
  it('writes first, reminder, final and card-dispute in turn, recording each letter', () => {
    const file = tmp.path('ladder.yaml');
    writeFileSync(file, `# my case, with comments kept\n${full.replace('letter:\n  date: 2026-11-16\n', '')}card:\n  issuer: First Bank Visa\n  last4: "0042"\n  statementDate: 2026-11-20\n`);
    const subjects: string[] = [];
    for (const date of ['2026-11-16', '2026-12-01', '2026-12-16', '2027-01-05']) {
      const r = redress(['draft', '--from', file, '--next', '--record', '--date', date], { env: { REDRESS_TODAY: date } });
      expect(r.stderr).not.toMatch(/^(✖|!) /m);
      expect(r.code).toBe(0);
      subjects.push(r.stdout.split('\n')[0]!);
    }
    expect(subjects[0]).toMatch(/^Subject: Request/);
    expect(subjects[1]).toMatch(/^Subject: Reminder/);
    expect(subjects[2]).toMatch(/^Subject: Final/);
    expect(subjects[3]).toMatch(/^Subject: (Billing error notice|Disputed charge)/);
    const recorded = readFileSync(file, 'utf8');
    expect(recorded).toMatch(/^# my case, with comments kept/);
    expect(recorded).toContain('2026-11-16');
    expect(recorded).toContain('2027-01-05');
    const done = redress(['draft', '--from', file, '--next'], { env: { REDRESS_TODAY: '2027-02-01' } });
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('There is no next letter');
    // It says what was sent, and why nothing follows: never a list of steps that were not taken.
    expect(done.stderr).toMatch(/You have sent \d+ letters, the last on /);
    expect(done.stderr).not.toContain('every step');
  });

  it('reminds a US writer, outside the letter, of the 60-day limit for card disputes', () => {
    const file = tmp.path('card.yaml');
    writeFileSync(file, `${full.replace('letter:\n  date: 2026-11-16\n', 'letter:\n  date: 2026-11-25\n  stage: card-dispute\n  previous: [2026-11-16]\n')}card:\n  last4: "0042"\n  issuer: First Bank Visa\n  statementDate: 2026-11-20\n`);
    const r = redress(['draft', '--from', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/60 days/);
    expect(r.stdout).not.toMatch(/60 days/);
  });

  it('refuses --record without a case file', () => {
    const r = redress(['draft', '--example', '--record']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--record');
  });
});
