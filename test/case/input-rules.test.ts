// Amounts and dates in a case file follow the wizard's rules: what is unambiguous is read,
// anything else gets one message with the fix. Driven through the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-input-rules-');
afterAll(() => tmp.cleanup());
const ENV = { REDRESS_TODAY: '2026-11-16' };

const CASE = `sender:
  name: Sam Lee
recipient:
  company: Peak Fitness
purchase:
  item: monthly gym membership
story:
  circumstances: I cancelled my membership in writing on 1 September 2026.
  expectations: No further monthly charges after the cancellation.
  outcome: I was charged again on 1 October and 1 November.
request:
  remedy: refund
  amount: 79.98
letter:
  date: 2026-11-02
`;

let counter = 0;
function draft(values: [(string | number)[], unknown][], args: string[] = []) {
  const doc = parseDocument(CASE);
  for (const [path, value] of values) doc.setIn(path, value);
  const file = tmp.path(`case-${++counter}.yaml`);
  writeFileSync(file, doc.toString());
  return { file, ...redress(['draft', '--from', file, '--no-input', ...args], { env: ENV }) };
}

/** The problem lines of a refused file (✖ and located lines). */
const problems = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => /\.yaml:\d+:\d+ /.test(line))
    .map((line) => line.replace(/^✖ /, ''));

describe('amounts as people write them', () => {
  it.each<[string, [(string | number)[], unknown][], string]>([
    ['£2,400 in a GBP case', [[['request', 'amount'], '£2,400'], [['purchase', 'currency'], 'GBP']], '£2,400.00'],
    ['$1,200.50 in a USD case', [[['request', 'amount'], '$1,200.50']], '$1,200.50'],
    ['1.200,50 € in a EUR case', [[['request', 'amount'], '1.200,50 €'], [['purchase', 'currency'], 'EUR']], '1,200.50'],
    ['240 CAD for a Canadian', [[['request', 'amount'], '240 CAD'], [['sender', 'country'], 'CA']], '$240.00'],
  ])('reads %s', (_, values, shown) => {
    const r = draft(values);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(shown);
  });

  it('takes the currency the amounts are written in when the case gives none', () => {
    const r = draft([[['request', 'amount'], '£50']]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('£50.00');
    expect(r.stdout).not.toContain('$');
    // "$" alone could be several currencies: the case's default stands, and it is said.
    const dollars = draft([[['request', 'amount'], '$50']]);
    expect(dollars.code, dollars.stderr).toBe(0);
    expect(dollars.stdout).toContain('$50.00');
    // A country with its own currency decides, as purchase.currency does.
    const canadian = draft([[['request', 'amount'], '€50'], [['sender', 'country'], 'CA']]);
    expect(problems(canadian.stderr)).toEqual([expect.stringMatching(/request\.amount: "€50" is in euros \(EUR\), but this case's amounts are in Canadian dollars \(CAD\), as no purchase\.currency is given/)]);
  });

  it('says when an amount is in another currency than the case, and what to write', () => {
    const r = draft([[['request', 'amount'], '£50'], [['purchase', 'amount'], '€79.98']]);
    expect(r.code).toBe(2);
    expect(problems(r.stderr)).toEqual([
      expect.stringMatching(/purchase\.amount: "€79\.98" is in euros \(EUR\), but this case's amounts are in US dollars \(USD\), as no purchase\.currency is given\. If you paid in EUR, add purchase\.currency: EUR; if the sum is in US dollars \(USD\), write it as 79\.98$/),
      `${r.file}:14:11 request.amount: "£50" is in pounds (GBP), but this case's amounts are in US dollars (USD), as no purchase.currency is given. If you paid in GBP, add purchase.currency: GBP; if the sum is in US dollars (USD), write it as 50`,
    ]);
    const euro = draft([[['request', 'amount'], '€50'], [['purchase', 'currency'], 'USD']]);
    expect(problems(euro.stderr)).toEqual([expect.stringMatching(/request\.amount: "€50" is in euros \(EUR\), but purchase\.currency is US dollars \(USD\)\. If you paid in EUR, change purchase\.currency to EUR; if the sum is in US dollars \(USD\), write it as 50$/)]);
  });

  it('asks, and never guesses, when a dot could group thousands or mark decimals', () => {
    const r = draft([[['request', 'amount'], '1.200']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(problems(r.stderr)).toEqual([`${r.file}:13:11 request.amount: "1.200" could mean 1200 or 1.2; write it as 1200, or as 1.2`]);
    const euros = draft([[['purchase', 'amount'], '1.849 €'], [['purchase', 'currency'], 'EUR']]);
    expect(problems(euros.stderr)).toEqual([expect.stringMatching(/purchase\.amount: "1\.849 €" could mean 1849 or 1\.849; write it as 1849$/)]);
    // A writer who writes decimals with a comma (their locale, else their country, else the letter's language) groups thousands with the dot.
    for (const [field, value] of [[['letter', 'locale'], 'de-DE'], [['sender', 'country'], 'ES'], [['sender', 'country'], 'NO'], [['letter', 'language'], 'fr']] as const) {
      const grouped = draft([[['purchase', 'amount'], '1.849 €'], [['purchase', 'currency'], 'EUR'], [[...field], value]]);
      expect(grouped.code, `${field.join('.')}: ${value}: ${grouped.stderr}`).toBe(0);
      expect(grouped.stdout).toMatch(/1[.,\s\u00a0\u202f]?849[.,]00/);
    }
    const english = draft([[['purchase', 'amount'], '1.849 €'], [['purchase', 'currency'], 'EUR'], [['letter', 'locale'], 'en-IE']]);
    expect(problems(english.stderr)).toEqual([expect.stringMatching(/could mean 1849 or 1\.849/)]);
    // Two decimals, a decimal comma, a lone 0 or groups of thousands are read as they are.
    for (const [written, shown] of [['39.90', '$39.90'], ['1.200,50', '$1,200.50'], ['0.500', '$0.50'], ['1.000.000', '$1,000,000.00']]) {
      const fine = draft([[['request', 'amount'], written]]);
      expect(fine.code, fine.stderr).toBe(0);
      expect(fine.stdout).toContain(shown);
    }
  });

  it('gives one message, with the number to write, for an amount it cannot read', () => {
    const r = draft([[['request', 'amount'], 'about 2400']]);
    expect(r.code).toBe(2);
    expect(problems(r.stderr)).toEqual([`${r.file}:13:11 request.amount: "about 2400" is not an amount I can read; write it as 2400 (without other words)`]);
    // Thousands written with a k are offered back in full, never as a sum a thousand times smaller.
    const k = draft([[['request', 'amount'], '$2.4k']]);
    expect(problems(k.stderr)).toEqual([`${k.file}:13:11 request.amount: "$2.4k" is not an amount I can read; write it in full, as $2400`]);
  });

  it('reads pence and cents, and a symbol with the code of its currency after the number', () => {
    for (const [written, shown] of [['40p', '£0.40'], ['99c', '£0.99'], ['50 cents', '£0.50']]) {
      const fine = draft([[['request', 'amount'], written], [['purchase', 'currency'], 'GBP']]);
      expect(fine.code, fine.stderr).toBe(0);
      expect(fine.stdout).toContain(shown);
    }
    const cad = draft([[['request', 'amount'], '$50 CAD'], [['sender', 'country'], 'CA']]);
    expect(cad.code, cad.stderr).toBe(0);
    expect(cad.stdout).toContain('$50.00');
    // Words around a price written the European way are left out, the price kept as written.
    const about = draft([[['request', 'amount'], 'ca. 90 €'], [['sender', 'country'], 'DE']]);
    expect(problems(about.stderr)).toEqual([`${about.file}:14:11 request.amount: "ca. 90 €" is not an amount I can read; write it as 90 € (without other words)`]);
  });

  it('says a number beyond any amount is too large', () => {
    const r = draft([[['request', 'amount'], '1e309']]);
    expect(r.code).toBe(2);
    expect(problems(r.stderr)).toEqual([expect.stringMatching(/request\.amount: "1e309" is too large; check the amount$/)]);
  });
});

describe('amounts no one can pay', () => {
  it.each<[string, [(string | number)[], unknown][], RegExp]>([
    ['0.001 USD', [[['request', 'amount'], '0.001']], /request\.amount: is less than 0\.01 USD, the smallest amount in that currency, so the letter would ask for nothing; check the amount$/],
    ['0.5 JPY', [[['request', 'amount'], '0.5'], [['purchase', 'currency'], 'JPY']], /request\.amount: is less than 1 JPY/],
    ['a cost of 0.004 GBP from the country', [[['request', 'remedy'], 'compensation'], [['request', 'amount'], undefined], [['request', 'costs'], [{ what: 'a stamp', amount: 0.004 }]], [['sender', 'country'], 'GB']], /request\.costs\[0\]\.amount: is less than 0\.01 GBP/],
    ['240.1234 USD', [[['request', 'amount'], 240.1234]], /request\.amount: 240\.1234 has more decimal places than USD has \(2\); write it as an amount that can be paid, such as 240\.12$/],
    ['240.5 JPY paid', [[['purchase', 'amount'], '240.5'], [['purchase', 'currency'], 'JPY'], [['request', 'amount'], undefined]], /purchase\.amount: 240\.5 has a fraction of a unit, but JPY is paid in whole units; write a whole number, such as 240$/],
    ['12.3456 KWD as a cost', [[['request', 'remedy'], 'compensation'], [['request', 'amount'], undefined], [['request', 'costs'], [{ what: 'a taxi', amount: 12.3456 }]], [['purchase', 'currency'], 'KWD']], /request\.costs\[0\]\.amount: 12\.3456 has more decimal places than KWD has \(3\); write it as an amount that can be paid, such as 12\.345$/],
  ])('refuses %s', (_, values, message) => {
    const doc = values.filter(([, value]) => value !== undefined);
    const removed = values.filter(([, value]) => value === undefined).map(([path]) => path);
    const r = draft([...doc, ...removed.map((path): [(string | number)[], unknown] => [path, null])]);
    expect(r.code, r.stdout).toBe(2);
    expect(problems(r.stderr)).toEqual([expect.stringMatching(message)]);
    expect(r.stdout).not.toContain('0.00');
  });

  it('writes a currency with three decimal places with all three', () => {
    const r = draft([[['request', 'amount'], 1.25], [['purchase', 'amount'], 12.5], [['purchase', 'currency'], 'KWD']]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/KWD\s1\.250/);
    expect(r.stdout).toMatch(/KWD\s12\.500/);
  });

  it('accepts the smallest unit itself', () => {
    const r = draft([[['request', 'amount'], '0.01']]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('$0.01');
  });
});

describe('dates as people write them', () => {
  it('reads a date with a one-digit month or day', () => {
    const r = draft([[['letter', 'date'], '2026-6-14']], ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"date": "2026-06-14"');
  });

  it.each<[string, string]>([
    ['14/06/2026', 'letter.date: "14/06/2026" is not written year first; write it as 2026-06-14'],
    ['06/14/2026', 'letter.date: "06/14/2026" is not written year first; write it as 2026-06-14'],
    ['06/07/2026', 'letter.date: "06/07/2026" could be 6 July or June 7; write it year first: 2026-07-06 for 6 July, or 2026-06-07 for June 7'],
    ['16 November 2026', 'letter.date: "16 November 2026" is not written year first; write it as 2026-11-16'],
    ['2026-02-30', 'letter.date: "2026-02-30" is not a real calendar date; check the day and month'],
    ['0099-12-01', 'letter.date: "0099-12-01" is outside the years redress writes letters for (1900 to 2199); check the year'],
    ['9999-12-31', 'letter.date: "9999-12-31" is outside the years redress writes letters for (1900 to 2199); check the year'],
  ])('gives %s one message that shows the fix', (written, message) => {
    const r = draft([[['letter', 'date'], written]]);
    expect(r.code).toBe(2);
    expect(problems(r.stderr)).toEqual([`${r.file}:15:9 ${message}`]);
  });

  it('says the supported years for --date too, instead of a deadline nobody wrote', () => {
    const r = draft([], ['--date', '9999-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('✖ --date "9999-12-31" is outside the years redress writes letters for (1900 to 2199); check the year.');
  });

  it('never writes a reply-by date with a five-digit year', () => {
    // 31 December 2200 falls between Christmas Eve and New Year's Day: the reply-by date is the next working day.
    const r = draft([[['letter', 'date'], '2199-12-31'], [['request', 'deadlineDays'], 365]]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/January 2, 2201/);
    expect(r.stderr + r.stdout).not.toMatch(/\d{5}-\d\d-\d\d/);
  });
});

describe('amounts grouped with a comma', () => {
  it('are asked of a writer whose decimals take a comma, and read as thousands otherwise', () => {
    const german = draft([[['sender', 'country'], 'DE'], [['purchase', 'amount'], '1,500'], [['request', 'amount'], '1,50']]);
    expect(german.code).toBe(2);
    expect(problems(german.stderr).join('\n')).toMatch(/purchase\.amount: "1,500" could mean 1500 or 1,5; write it as 1500, or as 1,5/);
    expect(problems(german.stderr).join('\n')).not.toMatch(/request\.amount/);
    const british = draft([[['sender', 'country'], 'GB'], [['purchase', 'amount'], '1,500'], [['request', 'amount'], '1,500']]);
    expect(british.code, british.stderr).toBe(0);
    expect(british.stdout).toContain('£1,500.00');
  });
});

describe('regions as people write them', () => {
  it('a region of a country whose law redress knows by region must be one it knows', () => {
    const r = draft([[['sender', 'country'], 'GB'], [['sender', 'region'], 'Scotlnd']]);
    expect(r.code).toBe(2);
    expect(problems(r.stderr).join('\n')).toMatch(/sender\.region: is not a region of United Kingdom I know \(did you mean Scotland\?\)/);
  });

  it('an abbreviation typed with its dots, or the short form Canadians write', () => {
    for (const [country, region] of [['CA', 'B.C.'], ['CA', 'Ont.'], ['CA', 'Que.'], ['AU', 'N.S.W.'], ['US', 'D.C.']]) {
      const r = draft([[['sender', 'country'], country], [['sender', 'region'], region]]);
      expect(r.stderr, region).not.toMatch(/sender\.region/);
      expect(r.code, region).toBe(0);
    }
  });

  it('a period and a way of paying written as people write them', () => {
    for (const [period, paidWith] of [['every month', 'pre-authorized debit'], ['per week', 'Standing order'], ['every 3 months', 'PAD']]) {
      const r = draft([[['sender', 'country'], 'CA'], [['purchase', 'kind'], 'subscription'], [['purchase', 'period'], period], [['purchase', 'paidWith'], paidWith]]);
      expect(r.stderr, `${period}, ${paidWith}`).not.toMatch(/purchase\.(?:period|paidWith)/);
      expect(r.code, `${period}, ${paidWith}`).toBe(0);
    }
  });

  it('a region of a country with one law everywhere is kept and changes nothing', () => {
    const r = draft([[['sender', 'country'], 'ES'], [['sender', 'region'], 'Andalucía']]);
    expect(r.stderr).not.toMatch(/sender\.region/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Estimados señores:');
  });
});
