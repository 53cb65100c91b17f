import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, ROOT, redress, tempDir } from '../support/cli.js';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'cases', name);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('redress draft --from', () => {
  it('prints a finished letter with subject, request, amount and deadline', () => {
    const r = redress(['draft', '--from', fixture('minimal.yaml')]);
    // The case has no order number: a note suggests adding one, but nothing is wrong.
    expect(r.stderr).toMatch(/^Note: .*order, booking, invoice or account number/m);
    expect(r.stderr).not.toMatch(/^(✖|!) /m);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Refund request: monthly gym membership\n\nDear Peak Fitness Customer Service,\n/);
    expect(r.stdout).toContain('Please refund the $79.98 I paid.');
    // 2026-11-02 + 14 days = 16 November 2026, whatever the time zone.
    expect(r.stdout).toContain('Please reply by November 16, 2026');
    expect(r.stdout).not.toMatch(/undefined|null|\n{3,}| {2,}|[^.]\.\.[^.]/);
  });

  it('writes dates in the Gregorian calendar and money in Latin digits, whatever the locale asks', () => {
    const islamic = redress(['draft', '--from', fixture('minimal.yaml'), '--locale', 'en-US-u-ca-islamic']);
    expect(islamic.code).toBe(0);
    expect(islamic.stdout).toContain('Please reply by November 16, 2026');
    const arabic = redress(['draft', '--from', fixture('minimal.yaml'), '--locale', 'ar-EG']);
    expect(arabic.code).toBe(0);
    expect(arabic.stdout).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    expect(arabic.stdout).toMatch(/2026/);
  });

  it('writes the dates of an English letter in English, whatever the locale\'s language, and says so', () => {
    for (const [locale, shown] of [['ar-EG', 'en-'], ['th-TH', 'en-'], ['hi-IN', 'en-IN'], ['ja-JP', 'en-JP']]) {
      const r = redress(['draft', '--from', fixture('minimal.yaml'), '--locale', locale!, '--language', 'en']);
      expect(r.code, locale).toBe(0);
      expect(r.stdout, locale).not.toMatch(/[^\u0000-\u024F\u2000-\u20CF]/);
      expect(r.stdout, locale).toMatch(/Please reply by (?:16 November|November 16), 2026|Please reply by 16 November 2026/);
      expect(r.stderr, locale).toContain(`dates and money are written as ${shown}`);
      expect(r.stderr, locale).toContain(`${locale} would write them in another language than this English letter`);
    }
  });

  it("writes money in the currency of a writer's country that has no rights pack, and says when that currency is not known", () => {
    const written = (country: string) => {
      const file = tmp.path(`country-${country}.yaml`);
      writeFileSync(
        file,
        `sender: {name: Kari Berg, email: kari@example.org, country: ${country}}\nrecipient: {company: Fjord Sykkel AS, email: post@fjord.example}\n` +
          'purchase: {item: bicycle service, kind: service, amount: 1450, date: 2026-10-02}\n' +
          'story: {circumstances: I left my bike for a full service., expectations: [The brakes would be adjusted], outcome: [The brakes still rub]}\n' +
          'request: {remedy: refund}\nletter: {date: 2026-11-16}\n',
      );
      return redress(['draft', '--from', file]);
    };
    for (const [country, amount, date] of [['NO', /1\s450,00\s?kr/, '2 October 2026'], ['IN', /₹1,450\.00/, '2 October 2026'], ['CH', /CHF\s?1.450\.00/, '2 October 2026'], ['BR', /R\$\s?1,450\.00/, '2 October 2026']] as const) {
      const r = written(country);
      expect(r.code, country).toBe(0);
      expect(r.stdout, country).toMatch(amount);
      expect(r.stdout, country).toContain(date);
      expect(r.stdout, country).not.toMatch(/(?<![A-Z])\$1,450\.00/);
      expect(r.stderr, country).not.toContain('amounts are in');
    }
    const unknown = written('ZW');
    expect(unknown.stderr).toContain('In this letter amounts are in USD (redress does not know which currency is used in Zimbabwe).');
  });

  it("writes a letter paid in a country's own currency as that country writes English, when the case names no country", () => {
    const written = (currency: string) => {
      const file = tmp.path(`currency-${currency}.yaml`);
      writeFileSync(
        file,
        'sender: {name: Thabo Nkosi, email: thabo@example.org}\nrecipient: {company: FastFibre, email: help@fastfibre.example}\n' +
          `purchase: {item: fibre installation, kind: service, amount: 1499, currency: ${currency}, date: 2026-09-03}\n` +
          'story: {circumstances: The technician never came., expectations: [Installed within 7 working days], outcome: [Still no fibre]}\n' +
          'request: {remedy: refund}\nletter: {date: 2026-11-20}\n',
      );
      return redress(['draft', '--from', file]);
    };
    for (const [currency, locale] of [['ZAR', 'en-ZA'], ['INR', 'en-IN'], ['SGD', 'en-SG'], ['CHF', 'en-CH']] as const) {
      const r = written(currency);
      expect(r.code, currency).toBe(0);
      // Day before month, and the greeting and sign-off of a British-style letter.
      expect(r.stdout, currency).toMatch(/Please reply by 0?4 December 2026/);
      expect(r.stdout, currency).toContain('Dear Sir or Madam,');
      expect(r.stdout, currency).toContain('Yours faithfully,');
      expect(r.stderr, currency).toContain(`dates and money are written as ${locale} (you pay in ${currency})`);
    }
    // A currency of no one country, and the dollar, stay as before.
    expect(written('XOF').stdout).toMatch(/Please reply by 0?4 December 2026/);
    expect(written('USD').stdout).toContain('Please reply by December 4, 2026');
  });

  it('asks for a name when --out is empty, instead of printing the letter', () => {
    const draft = redress(['draft', '--example', '--out', '']);
    expect(draft.code).toBe(2);
    expect(draft.stdout).toBe('');
    expect(draft.stderr).toContain('--out needs a file name');
    const batch = redress(['batch', fixture('batch-unkind.yaml'), '--out', ' ']);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--out needs the name of a folder');
  });

  it('refuses a word processor\'s file name, saying which names to use, and writes nothing', () => {
    const out = tmp.path('letter.docx');
    const r = redress(['draft', '--example', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("asks for a word processor's file, which redress does not write");
    expect(r.stderr).toMatch(/letter\.pdf.*letter\.txt.*letter\.html/s);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --format that the --out name contradicts, and writes nothing; text and Markdown fit either name', () => {
    const pdf = tmp.path('named.pdf');
    const r = redress(['draft', '--example', '--out', pdf, '--format', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`names a PDF, but --format text writes plain text: the file would not open as its name says. Use --out "${tmp.path('named.txt')}", or leave out --format to write a PDF.`);
    expect(existsSync(pdf)).toBe(false);
    const html = redress(['draft', '--example', '--out', tmp.path('named.html'), '--format', 'pdf']);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('names a web page (HTML), but --format pdf writes a PDF');
    const markdown = redress(['draft', '--example', '--out', tmp.path('named.txt'), '--format', 'markdown']);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(readFileSync(tmp.path('named.txt'), 'utf8')).toMatch(/^\*\*Subject:|^# |^Subject/m);
  });

  it('never writes the letter or a calendar over the case file it reads, even with --force or through a link', () => {
    const file = tmp.path('own.yaml');
    const text = readFileSync(fixture('full.yaml'), 'utf8');
    writeFileSync(file, text);
    for (const args of [['--out', file, '--force'], ['--ics', file, '--force']]) {
      const r = redress(['draft', '--from', file, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('the file this command reads: writing there would replace it. Choose another name.');
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
    const link = tmp.path('own-link.txt');
    symlinkSync(file, link);
    expect(redress(['draft', '--from', file, '--out', link, '--force']).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const status = redress(['status', file, '--ics', file, '--force']);
    expect(status.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses goods bought after the letter date (a year typed wrong), not a booking dated by its day', () => {
    const later = (kind: string) => {
      const file = tmp.path(`later-${kind}.yaml`);
      writeFileSync(file, `sender: {name: Sam Lee, country: GB}\nrecipient: {company: Acme}\npurchase: {item: a sofa, kind: ${kind}, date: 2027-06-01, amount: 400}\nstory: {circumstances: It was cancelled., expectations: a sofa, outcome: no sofa}\nrequest: {remedy: refund}\nletter: {date: 2026-11-16}\n`);
      return redress(['draft', '--from', file]);
    };
    const goods = later('goods');
    expect(goods.code).toBe(2);
    expect(goods.stderr).toMatch(/purchase\.date: \(2027-06-01\) is after the letter date \(2026-11-16\); check the year/);
    expect(later('booking').code).toBe(0);
  });

  it('refuses a service had after the letter date, and a card statement dated after a card dispute, as it refuses a contact', () => {
    const write = (name: string, purchase: string, outcome = 'only two rooms were cleaned', more = '') => {
      const file = tmp.path(`${name}.yaml`);
      writeFileSync(
        file,
        `sender: {name: Sam Lee, country: GB}\nrecipient: {company: Brightline Carpet Care}\npurchase: {item: deep cleaning of three rooms, ${purchase}amount: 240}\n` +
          `story: {circumstances: I booked a deep clean., expectations: all three rooms would be cleaned, outcome: ${outcome}}\nrequest: {remedy: refund}\n${more}letter: {date: 2026-03-01}\n`,
      );
      return file;
    };
    const done = redress(['draft', '--from', write('service-later', 'date: 2026-06-15, ')]);
    expect(done.code).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/service-later\.yaml:3:\d+ purchase\.date: \(2026-06-15\) is after the letter date \(2026-03-01\); check the year, or give the letter's date with letter\.date or --date\n/);
    // A service still to come, cancelled before its day, may be dated by that day; so may one the case calls a service.
    expect(redress(['draft', '--from', write('service-cancelled', 'date: 2026-06-15, ', 'they cancelled it, problem: not-provided')]).code).toBe(0);
    expect(redress(['draft', '--from', write('service-named', 'kind: service, date: 2026-06-15, ')]).code).toBe(0);
    const statement = write('statement-later', 'date: 2026-01-02, ', undefined, "card: {issuer: First Bank, last4: '0042', statementDate: 2026-05-01}\n");
    const dispute = redress(['draft', '--from', statement, '--stage', 'card-dispute']);
    expect(dispute.code).toBe(2);
    expect(dispute.stdout).toBe('');
    expect(dispute.stderr).toMatch(/statement-later\.yaml:6:\d+ card\.statementDate: \(2026-05-01\) is after the letter date \(2026-03-01\); check the year, or give the letter's date with letter\.date or --date\n/);
    // It is printed only in a card dispute: a first letter (written before the statement came) is not refused.
    expect(redress(['draft', '--from', statement]).code).toBe(0);
  });

  it('prints the letter for --out - (standard output), and a batch asks for a folder instead', () => {
    const dir = tmp.path('out-dash');
    mkdirSync(dir);
    const r = redress(['draft', '--from', fixture('minimal.yaml'), '--out', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Refund request: monthly gym membership/);
    expect(readdirSync(dir)).toEqual([]);
    const both = redress(['draft', '--from', fixture('minimal.yaml'), '--example']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give one of them');
    const batch = redress(['batch', fixture('minimal.yaml'), '--out', '-'], { cwd: dir });
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--out needs a folder');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the letter in the language of the answers when nothing else says which, and says so', () => {
    const file = tmp.path('answers-in-german.yaml');
    writeFileSync(
      file,
      [
        'sender:',
        '  name: Jonas Weber',
        '  address: Lindenstraße 8, 80331 München',
        'recipient:',
        '  company: FitWerk Studio GmbH',
        'purchase:',
        '  item: Mitgliedschaft',
        '  date: 2026-06-30',
        '  amount: 119.70',
        '  currency: EUR',
        'story:',
        '  circumstances: Ich habe meine Mitgliedschaft am 15. Mai fristgerecht zum 30. Juni gekündigt.',
        '  expectations: keine Abbuchungen nach dem 30. Juni',
        '  outcome: Im Juli, August und September wurden trotzdem je 39,90 € abgebucht.',
        'request:',
        '  remedy: refund',
        'letter:',
        '  date: 2026-10-01',
        '',
      ].join('\n'),
    );
    // Not the environment's English: the answers are German.
    const r = redress(['draft', '--from', file], { env: { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Note: I wrote the letter in German, because your answers are in German\. To write it in another language, set letter\.language/m);
    expect(r.stdout).toContain('Sehr geehrte Damen und Herren,');
    expect(r.stdout).toContain('München, 1. Oktober 2026');
    // A whole sentence after a colon keeps its capital, as German writes it.
    expect(r.stdout).toContain('Tatsächlich ist Folgendes geschehen: Im Juli, August und September wurden trotzdem je 39,90 € abgebucht.');
    expect(r.stderr).not.toContain('small letters');
    // Nouns typed in small letters cannot be set right by rule: the writer is told where.
    writeFileSync(file, readFileSync(file, 'utf8').replace('keine Abbuchungen nach dem 30. Juni', 'keine abbuchungen nach dem ende der laufzeit'));
    const small = redress(['draft', '--from', file], { env: { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(small.code).toBe(0);
    expect(small.stderr).toMatch(/^Note: Some of your answers are typed in small letters \(story\.expectations\)\. German writes nouns with a capital/m);
    // An adjective after "keine" is written small, beside its noun with a capital: nothing to say.
    writeFileSync(file, readFileSync(file, 'utf8').replace('keine abbuchungen nach dem ende der laufzeit', 'keine weiteren Abbuchungen nach August'));
    const adjective = redress(['draft', '--from', file], { env: { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(adjective.code).toBe(0);
    expect(adjective.stderr).not.toContain('small letters');
  });

  it('writes in English for an address in an English-speaking country, whatever a few words of the story look like', () => {
    const file = tmp.path('la.yaml');
    writeFileSync(
      file,
      [
        'sender:',
        '  name: Kim Nguyen',
        '  address: 1440 W 7th St, Los Angeles, CA 90017',
        'recipient:',
        '  company: TechDealz Online',
        'purchase:',
        '  item: samsung galaxy s25 256gb',
        '  amount: 899.99',
        'story:',
        '  circumstances: ordered phone on website oct 28, said delivery in 3-5 days',
        '  expectations: phone delivered by nov 4',
        '  outcome: never arrived, tracking number doesnt work, order still says processing',
        'request:',
        '  remedy: refund',
        'letter:',
        '  date: 2026-12-04',
        '',
      ].join('\n'),
    );
    const r = redress(['draft', '--from', file], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Refund request/);
    expect(r.stderr).not.toMatch(/in French/);
  });

  it('is the default command', () => {
    const r = redress(['--from', fixture('minimal.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject: Refund request');
  });

  it('keeps text fields as written, even when YAML would read a number', () => {
    const r = redress(['draft', '--from', fixture('full.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('reference 004471');
    expect(r.stdout).toContain('Customer number: 0093321');
  });

  it('shows a sample letter with --example', () => {
    const r = redress(['draft', '--example']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject: ');
    expect(r.stdout).toContain('Sincerely,');
  });

  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    it(`counts the deadline in calendar days in ${tz}`, () => {
      const r = redress(['draft', '--from', fixture('minimal.yaml'), '--format', 'json'], { env: { TZ: tz } });
      const json = JSON.parse(r.stdout);
      expect(json.date).toBe('2026-11-02');
      expect(json.deadline).toBe('2026-11-16');
      expect(json.body).toContain('November 16, 2026');
    });
  }

  it('writes --out atomically and never overwrites without --force', () => {
    const out = tmp.path('letter.txt');
    expect(redress(['draft', '--from', fixture('minimal.yaml'), '--out', out]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toMatch(/^Subject: /);
    writeFileSync(out, 'my own edits');
    const again = redress(['draft', '--from', fixture('minimal.yaml'), '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('my own edits');
    expect(redress(['draft', '--from', fixture('minimal.yaml'), '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to prompt without a terminal and says what to do', () => {
    const r = redress(['draft']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from');
    expect(r.stderr).toContain('redress init');
    expect(r.stderr).toContain('redress batch');
  });

  it('reports a missing file with exit 2 and no stack trace', () => {
    const r = redress(['draft', '--from', tmp.path('nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(tmp.path('nope.yaml'))).toBe(false);
  });
});

describe('redress draft input and output', () => {
  it('reads a case from standard input with --from -', () => {
    const r = redress(['draft', '--from', '-'], { input: readFileSync(fixture('minimal.yaml')) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject: Refund request: monthly gym membership');
  });

  it("notes the writer's hedging, wherever in the answers it is, and nothing of the template's own words", () => {
    const base = readFileSync(fixture('minimal.yaml'), 'utf8');
    const hedged = base.replace('outcome: I was charged again on 1 October and 1 November.', 'outcome: I was charged again on 1 October and 1 November.\n  impact: Sorry to bother you, but I really need the money back.');
    const r = redress(['draft', '--from', '-'], { input: hedged });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sorry to bother you');
    expect(r.stderr).toMatch(/^Note: "Sorry to bother" makes your request sound optional/m);
    const plain = redress(['draft', '--from', '-'], { input: base });
    expect(plain.stderr).not.toMatch(/sound optional/);
  });

  it('finds a disguised swear word in a text that also gives an e-mail address', () => {
    const base = readFileSync(fixture('minimal.yaml'), 'utf8');
    const input = base.replace('  name: Sam Lee', '  name: Sam Lee\n  email: sam_lee@example.com').replace('No further monthly charges', 'No more sh*t from help@peak.example and no further monthly charges');
    const r = redress(['draft', '--from', '-'], { input });
    expect(r.stderr).toMatch(/"sh\*t" is a swear word/);
    const clean = redress(['draft', '--from', '-'], { input: input.replace('sh*t', 'nonsense') });
    expect(clean.stderr).not.toMatch(/swear word/);
  });

  it('names standard input in problems', () => {
    const r = redress(['draft', '--from', '-'], { input: 'sender: [\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✖ standard input:\d+:\d+ /);
  });

  it('hands a slow reader all of its output, far more than a pipe holds (the run ends early only when nothing is left to send)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-slow-'));
    try {
      // A letter of about 190 KB: near three times what a pipe holds before the writer must wait.
      const point = (i: number) => `the crew would finish part ${i} of the job, ${'as the written quote describes in detail, '.repeat(110)}and leave the site clean`;
      const file = join(dir, 'case.yaml');
      writeFileSync(
        file,
        [
          'sender: {name: Sam Lee}',
          'recipient: {company: Hartley Builders}',
          'purchase: {item: a kitchen extension, amount: 1200, date: 2026-10-01}',
          'story:',
          '  circumstances: I hired Hartley Builders to build a kitchen extension.',
          '  expectations:',
          ...Array.from({ length: 40 }, (_, i) => `    - ${JSON.stringify(point(i + 1))}`),
          '  outcome: the crew left after two days and did not come back',
          'request: {remedy: refund}',
          'letter: {date: 2026-11-16}',
          '',
        ].join('\n'),
      );
      const direct = spawnSync(process.execPath, [BIN, 'draft', '--from', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      expect(direct.status, direct.stderr).toBe(0);
      expect(direct.stdout.length).toBeGreaterThan(160 * 1024);
      const slow = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} draft --from ${JSON.stringify(file)} 2>/dev/null | (sleep 0.5; cat)`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      expect(slow.status).toBe(0);
      expect(slow.stdout).toBe(direct.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A comment written as one ("# the front tooth") is no surprise; a value cut at a "#" is.
  it.each([
    ['straight before a number', '  item: a crown # the front tooth\n  reference: Invoice #20817', 'Invoice', '#20817'],
    ['as one number after "# "', '  item: a crown   # the front tooth, 2nd visit\n  reference: acct # BW-300912', 'acct', '# BW-300912'],
    // What follows the number is the writer's too: nothing they wrote is lost.
    ['as a number and more words after "# "', '  item: a crown   # the front tooth, 2nd visit\n  reference: ref # 55-901276 from the desk', 'ref', '# 55-901276 from the desk'],
  ])('reads whole a value YAML would cut at a "#" %s, and says so', (_, lines, kept, cut) => {
    const file = tmp.path(`hash-${kept}.yaml`);
    writeFileSync(
      file,
      `sender: {name: Sam Lee, country: US}  # me\nrecipient: {company: Acme}\npurchase:\n${lines}\n  amount: 100\n  date: 2026-10-01\nstory: {circumstances: It broke., expectations: it would last, outcome: it broke}\nrequest: {remedy: refund}\nletter: {date: 2026-11-16}\n`,
    );
    const r = redress(['draft', '--from', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${kept} ${cut})`);
    expect(r.stderr).toContain(`Note: ${file}:5:14 purchase.reference: YAML would read this as "${kept}" and the rest as a comment; the letter keeps the whole value, "${kept} ${cut}".`);
    expect(r.stderr).toContain(`put the whole value in quotes: "${kept} ${cut}"`);
    expect(r.stderr).not.toMatch(/front tooth|purchase\.item/);
  });

  it('takes what follows a "#" after a number or a date as the note it is', () => {
    const file = tmp.path('hash-number.yaml');
    writeFileSync(
      file,
      'sender: {name: Sam Lee, country: US}\nrecipient: {company: Acme}\npurchase:\n  item: a crown\n  amount: 100 #approx\n  date: 2026-10-01 #roughly\nstory: {circumstances: It broke., expectations: it would last, outcome: it broke}\nrequest: {remedy: refund}\nletter: {date: 2026-11-16}\n',
    );
    const r = redress(['draft', '--from', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('I paid $100.00.');
    expect(r.stdout).toMatch(/^Subject: .*October 1, 2026/);
    expect(r.stderr).not.toMatch(/approx|roughly/);
  });

  it('stops quietly when the reader of its output goes away', () => {
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} draft --example | head -c 10`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Subject: R');
    expect(r.stderr).toBe('');
  });

  it.skipIf(process.platform === 'win32')('ends quietly, exit 0, when standard output is closed before it writes', async () => {
    for (const args of [['draft', '--example'], ['--help'], ['schema'], ['templates', 'list']]) {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  });

  it('lets command-line settings override the case', () => {
    const r = redress(['draft', '--from', fixture('minimal.yaml'), '--date', '2026-12-01', '--locale', 'en-GB', '--stage', 'reminder']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Reminder/);
    expect(r.stdout).toContain('Please reply by 15 December 2026');
    // Without a currency or a country, the locale's region says what money the amounts are in, and the writer is told.
    expect(r.stdout).toContain('£79.98');
    expect(r.stderr).toContain("amounts are in GBP (the letter's locale is en-GB)");
  });

  it('locates a problem that only the command-line settings reveal', () => {
    const file = tmp.path('deadline.yaml');
    writeFileSync(file, readFileSync(fixture('minimal.yaml'), 'utf8').replace(/^request:.*$/m, '$&\n  deadline: 2026-11-20'));
    const r = redress(['draft', '--from', file, '--date', '2026-12-01']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.includes('deadline: 2026-11-20')) + 1;
    expect(r.stderr).toContain(`deadline.yaml:${line}:13 request.deadline: (2026-11-20) is not after the letter date (2026-12-01)`);
  });

  it('gives a later letter a new reply-by date when the case file\'s has passed, and says so', () => {
    const file = tmp.path('deadline-passed.yaml');
    writeFileSync(file, readFileSync(fixture('minimal.yaml'), 'utf8').replace(/^request:.*$/m, '$&\n  deadline: 2026-11-20'));
    for (const stage of ['reminder', 'final']) {
      const r = redress(['draft', '--from', file, '--stage', stage, '--date', '2026-12-01', '--locale', 'en-GB']);
      expect(r.code, r.stderr).toBe(0);
      // 1 December + 14 days, the default.
      expect(r.stdout).toContain('reply by 15 December 2026');
      expect(r.stdout).not.toContain('20 November 2026');
      expect(r.stderr).toMatch(/^Note: The reply-by date in the case file \(20 November 2026\) has passed, so this (reminder|final letter) asks for a reply by 15 December 2026, 14 days after its date\./m);
    }
    // A first letter cannot ask for a reply by a date already past.
    expect(redress(['draft', '--from', file, '--date', '2026-12-01']).code).toBe(2);
    // A later letter can, also when the case file itself says which letter it is, and when.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  date: 2026-11-02$/m, '  stage: reminder\n  date: 2026-12-01'));
    const inFile = redress(['draft', '--from', file, '--locale', 'en-GB']);
    expect(inFile.code, inFile.stderr).toBe(0);
    expect(inFile.stdout).toContain('reply by 15 December 2026');
  });

  it('says when a reminder chosen by hand is dated before the earlier letter\'s reply-by date', () => {
    const file = tmp.path('too-soon.yaml');
    writeFileSync(file, readFileSync(fixture('minimal.yaml'), 'utf8').replace(/^  date: 2026-11-02$/m, '  date: 2026-11-02\n  previous: [2026-11-02]'));
    const soon = redress(['draft', '--from', file, '--stage', 'reminder', '--date', '2026-11-05', '--locale', 'en-GB']);
    expect(soon.code, soon.stderr).toBe(0);
    expect(soon.stderr).toContain('Note: This reminder is dated 5 November 2026, but your letter of 2 November 2026 asked for a reply by 16 November 2026.');
    const later = redress(['draft', '--from', file, '--stage', 'reminder', '--date', '2026-11-20', '--locale', 'en-GB']);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stderr).not.toContain('asked for a reply by');
    // A reply-by date after the reminder's own date is the reminder's: the earlier letter's is 14 days from it.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^request:\n/m, 'request:\n  deadline: 2026-12-15\n'));
    const own = redress(['draft', '--from', file, '--stage', 'reminder', '--date', '2026-11-20', '--locale', 'en-GB']);
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toContain('15 December 2026');
    expect(own.stderr).not.toContain('asked for a reply by');
    // With no earlier letter recorded, a fixed reply-by date may be the first letter's too: the writer is told.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  previous: \[2026-11-02\]\n/m, ''));
    const unknown = redress(['draft', '--from', file, '--stage', 'reminder', '--date', '2026-11-20', '--locale', 'en-GB']);
    expect(unknown.code, unknown.stderr).toBe(0);
    expect(unknown.stderr).toContain('Note: This reminder asks for a reply by 15 December 2026, the date in request.deadline. If your earlier letter gave that date too, wait until it has passed');
  });

  it('says when a first letter is drafted for a case that records letters already sent', () => {
    const file = tmp.path('sent-before.yaml');
    writeFileSync(file, readFileSync(fixture('minimal.yaml'), 'utf8').replace(/^  date: 2026-11-02$/m, '  date: 2026-11-20\n  previous: [2026-10-01, 2026-10-20]'));
    const r = redress(['draft', '--from', file, '--locale', 'en-GB']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Note: This is a first letter, but the case records 2 letters already sent (1 October 2026, 20 October 2026). To write the next one, use --next');
    const next = redress(['draft', '--from', file, '--stage', 'reminder', '--locale', 'en-GB']);
    expect(next.stderr).not.toContain('This is a first letter');
  });

  it('puts the letter through a template given by path', () => {
    const template = tmp.path('short.hbs');
    writeFileSync(template, '---\nsubject: "About {{purchase.item}}"\n---\nHello {{recipient.company}}, please refund {{money request.amount}} by {{deadline}}.\n');
    const r = redress(['draft', '--from', fixture('minimal.yaml'), '--template', template]);
    expect(r.stderr).not.toMatch(/^(✖|!) /m);
    expect(r.stdout).toBe('Subject: About monthly gym membership\n\nHello Peak Fitness, please refund $79.98 by November 16, 2026.\n');
  });
});

describe('redress basics', () => {
  it('shows help with examples and the version', () => {
    const help = redress(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = redress(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on an unknown option', () => {
    const r = redress(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--bogus');
  });

  it('exits 2 on an unknown command, with the closest one and what to run instead', () => {
    const typo = redress(['bach', 'cases.yaml']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('"bach" is not a redress command (did you mean "batch"?)');
    expect(typo.stderr).toContain('redress --help');
    const file = redress(['case.yaml']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('redress draft --from case.yaml');
    const hostile = redress(['\u001b]0;owned\u0007x']);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).not.toMatch(/\u001b|\u0007/);
    expect(redress(['help', 'batch']).stdout).toContain('Usage: redress batch');
  });

  it('prints the JSON Schema of the case file', () => {
    const r = redress(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    // Words may be written in any case, so the list for completion is the first choice.
    expect(schema.properties.request.properties.remedy.anyOf[0].enum).toEqual(['correction', 'refund', 'either', 'partial-refund', 'compensation']);
    expect(schema.required).toEqual(expect.arrayContaining(['sender', 'recipient', 'purchase', 'story', 'request']));
  });
});

describe('redress schema --batch', () => {
  it('prints the JSON Schema of a batch file', () => {
    const r = redress(['schema', '--batch']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['defaults', 'cases']));
  });
});

describe('a template of another language', () => {
  it('is refused for a letter in English, with how to write it in that language instead', () => {
    const r = redress(['draft', '--from', fixture('minimal.yaml'), '--template', 'fr/first']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('fr/first is a French template, but this letter is in English. To write it in French, add --language fr');
    const de = redress(['draft', '--from', fixture('minimal.yaml'), '--template', 'fr/first', '--language', 'de']);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain('but this letter is in German');
    const fr = redress(['draft', '--from', fixture('minimal.yaml'), '--template', 'fr/first', '--language', 'fr']);
    expect(fr.code, fr.stderr).toBe(0);
    // The business, the date, then the subject, as a French letter is set out.
    expect(fr.stdout).toMatch(/^Peak Fitness\n\nLe \d[^\n]*\n\nObjet/);
  });
});
