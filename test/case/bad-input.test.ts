// Every bad case file gets one clear, located message on stderr and exit 2 — never a stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const minimal = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml'), 'utf8');

let counter = 0;
function draftFrom(content: string | Buffer, extra: string[] = []) {
  const file = tmp.path(`case-${++counter}.yaml`);
  writeFileSync(file, content);
  const result = redress(['draft', '--from', file, ...extra]);
  return { ...result, file };
}

function expectCleanFailure(r: { code: number | null; stdout: string; stderr: string }, ...fragments: (string | RegExp)[]) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(r.stderr).not.toMatch(/\u001b/); // no raw escape sequences
  for (const fragment of fragments) expect(r.stderr).toMatch(fragment);
}

describe('bad case files', () => {
  it('a wrong type names file, line, column and field', () => {
    const r = draftFrom(minimal.replace('amount: 79.98', 'amount: five hundred'));
    expectCleanFailure(r, /case-\d+\.yaml:13:11 request\.amount: "five hundred" is not an amount I can read; write it as a number, e\.g\. 240 or 79\.98/);
  });

  it('a missing file', () => {
    expectCleanFailure(redress(['draft', '--from', tmp.path('missing.yaml')]), /Cannot find .*missing\.yaml/, /redress init/);
  });

  it('a folder', () => {
    const dir = tmp.path('a-folder');
    mkdirSync(dir);
    expectCleanFailure(redress(['draft', '--from', dir]), /a-folder is a folder/);
  });

  it.skipIf(process.platform === 'win32')('an unreadable file', () => {
    const r = draftFrom(minimal);
    chmodSync(r.file, 0o000);
    expectCleanFailure(redress(['draft', '--from', r.file], { asOtherUser: true }), /permission/);
  });

  it('an empty file', () => {
    expectCleanFailure(draftFrom(''), /is empty/, /redress init/);
    expectCleanFailure(draftFrom('# only a comment\n'), /should be a case|is empty/);
  });

  it('YAML syntax errors', () => {
    expectCleanFailure(draftFrom('sender: [unclosed\n'), /case-\d+\.yaml:\d+:\d+ .*not valid YAML/);
    expectCleanFailure(draftFrom('sender:\n  name: "open quote\n'), /case-\d+\.yaml:\d+:\d+/);
    // A quotation mark left open is shown where it opens, not where the file ends.
    expectCleanFailure(draftFrom('sender:\n  name: "Bob Smith\n  country: GB\nrecipient:\n  company: Acme\n'), /case-\d+\.yaml:2:9 this value starts with a quotation mark \(\"\) that is never closed; add \" at the end/);
    // An answer with ": " in it reads as another field: the message shows the line written in quotes.
    expectCleanFailure(
      draftFrom(`${minimal}story:\n  circumstances: My unit was broken into. Things taken: my tools, a bike and a "good" TV.\n`),
      /case-\d+\.yaml:\d+:\d+ this answer has ": " inside it, .*put the whole answer in quotes: circumstances: "My unit was broken into\. Things taken: .*"$/m,
    );
  });

  it('an answer typed over several lines, or on one very long line, with ": " inside it says to quote the whole answer, not to check the indenting', () => {
    const circumstances = /^  circumstances: .*$/m;
    const wrapped = minimal.replace(circumstances, '  circumstances: I booked a deep clean for 2 November. When they came\n    they left early. The reason given: none at all.');
    expectCleanFailure(
      draftFrom(wrapped),
      /case-\d+\.yaml:\d+:18 this answer has ": " inside it, which YAML reads as the start of another field; put the whole answer in quotes, from its first word to its last: "I booked a deep clean for 2 November\. When … The reason given: none at all\."$/m,
    );
    const below = minimal.replace(/^  outcome: .*$/m, '  outcome:\n    - Only one room was cleaned, and when they came\n      they left early. The reason given: none.');
    expectCleanFailure(draftFrom(below), /case-\d+\.yaml:\d+:7 this answer has ": " inside it, .*put the whole answer in quotes, from its first word to its last: "Only one room was cleaned, and when they … early\. The reason given: none\."$/m);
    const long = minimal.replace(circumstances, `  circumstances:\n    ${'I booked a deep clean. '.repeat(50)}Things taken: tools`);
    expectCleanFailure(draftFrom(long), /case-\d+\.yaml:\d+:5 this answer has ": " inside it, .*from its first word to its last: "I booked a deep clean\. I booked a deep … a deep clean\. Things taken: tools"$/m);
    // A field whose colon was forgotten on the line above is still told to look like "name: value".
    const name = /^(\s*)name: .*$/m.exec(minimal)!;
    expectCleanFailure(draftFrom(minimal.replace(name[0], `${name[1]}name Sam Lee\n${name[1]}email: sam@example.com`)), /check the indenting and that each field looks like "name: value"/);
  });

  it('text in another encoding (a curly quote saved by Windows) is placed at its line and column, by draft, batch and check', () => {
    const bytes = Buffer.from(minimal.replace(/^  outcome: .*$/m, '  outcome: I was charged again \u0001.'), 'utf8');
    const windows = Buffer.from(bytes.toString('latin1').replace('\u0001', '\u0093twice\u0094'), 'latin1');
    const line = minimal.split('\n').findIndex((text) => text.startsWith('  outcome:')) + 1;
    const where = `The first character that is not UTF-8 is on line ${line}, column 32, after "… outcome: I was charged again ".`;
    const draft = draftFrom(windows);
    expectCleanFailure(draft, /is not UTF-8 text\. Save it as UTF-8 in your editor and try again\./);
    expect(draft.stderr).toContain(where);
    const batchFile = tmp.path('windows-batch.yaml');
    writeFileSync(batchFile, Buffer.concat([Buffer.from('cases:\n  - '), Buffer.from(windows.toString('latin1').replace(/\n(?=.)/g, '\n    '), 'latin1')]));
    const batch = redress(['batch', batchFile, '--out', tmp.path('windows-letters')]);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain(`The first character that is not UTF-8 is on line ${line + 1}, column 36, after "… outcome: I was charged again ".`);
    const letter = tmp.path('windows-letter.txt');
    writeFileSync(letter, Buffer.from('Dear Sir or Madam,\n\nI paid the caf\u00e9 twice.\n', 'latin1'));
    const check = redress(['check', letter]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('The first character that is not UTF-8 is on line 3, column 15, after "I paid the caf".');
  });

  it('an amount with compensation says how to ask for money back as well as the costs', () => {
    const r = draftFrom(`${minimal.replace(/request:[\s\S]*$/, '')}request:\n  remedy: compensation\n  amount: 406.20\n  costs:\n    - what: a hotel night\n      amount: 120\n`);
    expectCleanFailure(r, /request\.amount: is money back of what you paid, .*set request\.remedy to refund \(or partial-refund\) and keep request\.costs/);
  });

  it('a name or a company of emoji or invisible characters alone, which a letter would leave blank', () => {
    const name = /^(\s*)name: .*$/m.exec(minimal)!;
    for (const typed of ['"😀"', '"\\u200b\\u200b"', '"\\u202e\\u202c"']) {
      const r = draftFrom(minimal.replace(name[0], `${name[1]}name: ${typed}`));
      expectCleanFailure(r, /sender\.name: has no letters or numbers \(emoji and invisible characters are left out of letters\); write it in words/);
    }
    const kept = draftFrom(minimal.replace(name[0], `${name[1]}name: "Alex 😀 Rivera"`));
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Alex Rivera');
    expect(kept.stdout).not.toContain('😀');
    // The writer is told which answers lost their emoji, and how to keep what they meant.
    expect(kept.stderr).toMatch(/Note: The emoji in sender\.name are left out of the letter\. If one of them says something that matters, write it in words in /);
    expect(draftFrom(minimal).stderr).not.toMatch(/emoji/);
  });

  it('a customer since an impossible or future date, or a contact after the letter', () => {
    const name = /^(\s*)name: .*$/m.exec(minimal)!;
    const since = (value: string) => draftFrom(minimal.replace(name[0], `${name[0]}\n${name[1]}customerSince: '${value}'`), ['--date', '2026-12-05']);
    expectCleanFailure(since('2026-02-30'), /sender\.customerSince: is not a real year, month or date/);
    expectCleanFailure(since('2026-13'), /sender\.customerSince: is not a real year, month or date/);
    expectCleanFailure(since('2030'), /sender\.customerSince: \(2030\) is after the letter date \(2026-12-05\)/);
    expectCleanFailure(since('1850'), /sender\.customerSince: is before 1900/);
    expect(since('2019-03').code).toBe(0);
    const contact = draftFrom(`${minimal}contacts:\n  - date: 2027-01-01\n    channel: phone\n`, ['--date', '2026-12-05']);
    expectCleanFailure(contact, /contacts\[0\]\.date: \(2027-01-01\) is after the letter date \(2026-12-05\); check the year/);
  });

  it('a line break inside a name is a space', () => {
    const r = draftFrom(minimal.replace('recipient:\n', "recipient:\n  contact: 'Member\n\n    Services'\n"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dear Member Services');
    // Any other way of ending a line too: a next-line, a line separator, a lone carriage return.
    for (const end of ['\\u0085', '\\u2028', '\\r']) {
      const odd = draftFrom(minimal.replace('recipient:\n', `recipient:\n  contact: "Member${end}Services"\n`));
      expect(odd.code, odd.stderr).toBe(0);
      expect(odd.stdout, end).toContain('Dear Member Services');
    }
  });

  it('duplicate keys', () => {
    const r = draftFrom(minimal.replace('recipient:\n', 'recipient:\n  company: One\n'));
    expectCleanFailure(r, /case-\d+\.yaml:5:3 recipient: the field "company" appears twice/);
  });

  it('tabs used for indenting', () => {
    expectCleanFailure(draftFrom(minimal.replace('  name: Sam Lee', '\tname: Sam Lee')), /case-\d+\.yaml:2:\d+ .*tab/);
  });

  it('an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = draftFrom(`${minimal}custom:\n  bomb:\n${bomb.map((l) => `    ${l}`).join('\n')}\n`);
    expectCleanFailure(r, /too many aliases|too large/);
  });

  it('deeply nested input', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expectCleanFailure(draftFrom(`${minimal}custom:\n  deep: ${deep}\n`), /nested too deeply|not valid YAML/);
  });

  it('binary and non-UTF-8 bytes', () => {
    expectCleanFailure(draftFrom(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])), /binary/);
    expectCleanFailure(draftFrom(Buffer.concat([Buffer.from(minimal), Buffer.from([0xff, 0xfe, 0x41])])), /not UTF-8/);
  });

  it('__proto__ and constructor keys are refused without polluting anything', () => {
    expectCleanFailure(draftFrom(`${minimal}custom:\n  __proto__:\n    polluted: yes\n`), /__proto__.*cannot be used/);
    expectCleanFailure(draftFrom(minimal.replace('sender:\n', 'sender:\n  constructor: x\n')), /constructor/);
  });

  it('a comma inside { } that cut a value short', () => {
    const r = draftFrom(minimal.replace(/^request:\n  remedy: refund\n  amount: 79\.98$/m, 'request: {remedy: refund, amount: 79.98, reason: the fee, which I never agreed to}'));
    expectCleanFailure(r, /case-\d+\.yaml:\d+:\d+ request: inside \{ \}, a comma ends a value, so "which I never agreed to" was read as a field of its own; put the value that holds the comma in quotes/);
    // In quotes, the comma is the value's own.
    const quoted = draftFrom(minimal.replace(/^request:\n  remedy: refund\n  amount: 79\.98$/m, 'request: {remedy: refund, amount: 79.98, reason: "the fee, which I never agreed to"}'));
    expect(quoted.code, quoted.stderr).toBe(0);
  });

  it('an amount with a comma inside [ ], which YAML cuts in two', () => {
    const list = (items: string) => `${minimal}evidence: ${items}\n`;
    expectCleanFailure(draftFrom(list('[charged 39,90 € on 1 October, receipt]')), /case-\d+\.yaml:\d+:\d+ evidence\[0\]: inside \[ \], a comma ends an item, so "charged 39" and "90 € on 1 October" were read as two; if they are one, put it in quotes: "charged 39,90 € on 1 October"/);
    // A date cut in two, the same way.
    expectCleanFailure(draftFrom(list('[confirmation email dated Aug 28, 2026, statement]')), /evidence\[0\]: inside \[ \], a comma ends an item, so "confirmation email dated Aug 28" and "2026" were read as two; if they are one, put it in quotes: "confirmation email dated Aug 28, 2026"/);
    // In quotes, or with a space after the comma (two items), nothing is cut.
    for (const fine of ['["charged 39,90 € on 1 October", receipt]', '[receipt 2026, photos 1 to 3]']) {
      const r = draftFrom(list(fine));
      expect(r.code, r.stderr).toBe(0);
    }
  });

  // "[2026-01-10,2026-02-01]" was refused, and the advice (quote "2026-01-10,2026-02-01") gave a date that is none.
  it('items that are each a date or a number, without a space after the comma, are a list as written', () => {
    const dated = draftFrom(minimal.replace(/^letter:\n/m, 'letter:\n  stage: reminder\n  previous: [2026-10-01,2026-10-20]\n'));
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stdout).toContain("On October 1, 2026, and October 20, 2026, I wrote to");
    const numbers = draftFrom(`${minimal}custom:\n  l: [1,2,3]\n`);
    expect(numbers.code, numbers.stderr).toBe(0);
    // An amount written with a comma still is one item cut in two.
    expectCleanFailure(draftFrom(`${minimal}evidence: [a refund of £1,200 promised, receipt]\n`), /evidence\[0\]: inside \[ \], a comma ends an item, so "a refund of £1" and "200 promised" were read as two/);
  });

  it('a text written in [ ] with a comma in it ("[Smith, John]") says to quote it as one', () => {
    expectCleanFailure(
      draftFrom(minimal.replace('name: Sam Lee', 'name: [Lee, Sam]')),
      /sender\.name: expected text, got a list \(inside \[ \], a comma ends an item\); for one text, write it in quotes without the \[ \]: "Lee, Sam"/,
    );
  });

  it('unknown keys get a "did you mean"', () => {
    const r = draftFrom(minimal.replace('recipient:', 'recipent:'));
    expectCleanFailure(r, /case-\d+\.yaml:3:1 recipent: is not a field redress knows \(did you mean "recipient"\?\)/);
  });

  it('a field name with an invisible character in it is shown with the character, and not also said to be missing', () => {
    const r = draftFrom(minimal.replace('recipient:', 'recip\u200Bient:'));
    expectCleanFailure(r, /case-\d+\.yaml:3:1 recip\\u\{200b\}ient: has an invisible character in its name/, 'Delete "recipient" and type it again');
    expect(r.stderr).not.toContain('is required');
    expect(r.stderr).not.toContain('\u200B');
  });

  it('a word from a fixed list is read without the invisible characters pasted with it', () => {
    const r = draftFrom(minimal.replace('remedy: refund', 'remedy: refund\u200B'));
    expect(r.stderr).not.toContain('request.remedy');
    expect(r.code).toBe(0);
  });

  it('reads lines ended by a carriage return alone, as old Mac files have', () => {
    const r = draftFrom(minimal.replace(/\n/g, '\r'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Peak Fitness');
  });

  it('names a YAML merge key as one, and says how to write it instead', () => {
    const r = draftFrom(minimal.replace('sender:\n', 'sender:\n  <<: {}\n'));
    expectCleanFailure(r, /sender\.<<: is a YAML merge key, which redress does not read\. Write the fields it would bring in under sender themselves/);
  });

  it('reads a file of tens of thousands of fields with an anchor in a second, not minutes', () => {
    // The YAML reader's own duplicate check compared every key with every other.
    const many = `${minimal}custom:\n  first: &one 1\n${Array.from({ length: 30000 }, (_, i) => `  k${i}: ${i}\n`).join('')}  k5: again\n`;
    const r = draftFrom(many);
    expectCleanFailure(r, /custom: the field "k5" appears twice here/);
  });

  it('impossible dates', () => {
    expectCleanFailure(draftFrom(minimal.replace('date: 2026-11-02', 'date: 2026-02-30')), /letter\.date: "2026-02-30" is not a real calendar date; check the day and month/);
    expectCleanFailure(draftFrom(minimal.replace('date: 2026-11-02', 'date: 02/11/2026')), /letter\.date: "02\/11\/2026" could be 2 November or February 11; write it year first: 2026-11-02 for 2 November, or 2026-02-11 for February 11$/m);
  });

  it('negative amounts and deadlines', () => {
    expectCleanFailure(draftFrom(minimal.replace('amount: 79.98', 'amount: -5')), /request\.amount: must be more than 0/);
    expectCleanFailure(draftFrom(minimal.replace('amount: 79.98', 'amount: 79.98\n  deadlineDays: -3')), /request\.deadlineDays: must be at least 1 day/);
    expectCleanFailure(draftFrom(minimal.replace('amount: 79.98', 'amount: 79.98\n  deadline: 2026-10-01')), /request\.deadline/);
  });

  it('an unknown remedy, with a suggestion', () => {
    expectCleanFailure(draftFrom(minimal.replace('remedy: refund', 'remedy: refnud')), /request\.remedy: expected one of correction, refund, either, partial-refund, compensation, got "refnud" \(did you mean "refund"\?\)/);
  });

  it('missing conditional fields', () => {
    expectCleanFailure(draftFrom(minimal.replace('remedy: refund', 'remedy: either')), /request\.correction: is required when remedy is either/);
    expectCleanFailure(draftFrom(minimal.replace('remedy: refund\n  amount: 79.98', 'remedy: partial-refund')), /request\.amount: is required for a partial refund/);
    expectCleanFailure(draftFrom(minimal.replace('  amount: 79.98\n', '')), /request\.amount: is needed for a refund/);
  });

  it('a refund of more than was paid', () => {
    const paid = minimal.replace('  item: monthly gym membership\n', '  item: dining table\n  amount: 649\n').replace('amount: 79.98', 'amount: 700');
    expectCleanFailure(draftFrom(paid), /request\.amount: is more than purchase\.amount, what you paid: a refund cannot be more than that \(for costs the problem caused you, use request\.costs\)/);
    expectCleanFailure(draftFrom(paid.replace('remedy: refund', 'remedy: partial-refund')), /a partial refund cannot be more than that/);
    // A fee paid again and again may add up to more than one payment.
    const monthly = draftFrom(minimal.replace('  item: monthly gym membership\n', '  item: monthly gym membership\n  amount: 39.99\n  period: month\n'));
    expect(monthly.code, monthly.stderr).toBe(0);
  });

  it('missing required fields', () => {
    expectCleanFailure(draftFrom(minimal.replace('  name: Sam Lee\n', '  email: sam@example.com\n')), /sender\.name: is required/);
    expectCleanFailure(draftFrom(minimal.replace(/story:[\s\S]*?request:/, 'request:')), /story: is required/);
  });

  it('empty lists and empty values', () => {
    expectCleanFailure(draftFrom(`${minimal}evidence: []\n`), /evidence: needs at least one item/);
    expectCleanFailure(draftFrom(minimal.replace('expectations: No further monthly charges after the cancellation.', 'expectations: []')), /story\.expectations: needs at least one item/);
    expectCleanFailure(draftFrom(minimal.replace('company: Peak Fitness', 'company: "   "')), /recipient\.company: must not be empty/);
    // An optional field left empty is not used, as the file from `init` says, quoted or not.
    for (const empty of ['""', "'  '", '']) {
      const r = draftFrom(minimal.replace('company: Peak Fitness', `company: Peak Fitness\n  contact: ${empty}`));
      expect(r.code, `${empty}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('Dear Peak Fitness Customer Service,');
    }
  });

  it('very large values', () => {
    expectCleanFailure(draftFrom(minimal.replace('I cancelled', `${'very '.repeat(5000)}I cancelled`)), /story\.circumstances: is too long \(at most 10,000 characters\); shorten it/);
    expectCleanFailure(draftFrom(minimal.replace('amount: 79.98', 'amount: 1e300')), /request\.amount: is too large/);
    expectCleanFailure(draftFrom(`${minimal}evidence:\n${'  - a receipt\n'.repeat(500)}`), /evidence: has too many items/);
  });

  it('a list where a group of fields belongs, and the wrong top level', () => {
    expectCleanFailure(draftFrom(minimal.replace('sender:\n  name: Sam Lee', 'sender: [Sam Lee]')), /sender: expected a group of fields, got a list/);
    expectCleanFailure(draftFrom('- just\n- a list\n'), /should be a case/);
  });

  it('escape sequences in values never reach the terminal raw', () => {
    const r = draftFrom(minimal.replace('remedy: refund', 'remedy: "\\e]0;pwned\\a\\e[31mred"'));
    expectCleanFailure(r, /request\.remedy/, /\\u001b/);
  });

  it('an invalid e-mail address, currency and locale', () => {
    expectCleanFailure(draftFrom(minimal.replace('  name: Sam Lee', '  name: Sam Lee\n  email: "sam@example.com\\r\\nBcc: x@y.z"')), /sender\.email: is not an e-mail address/);
    expectCleanFailure(draftFrom(minimal.replace('item: monthly gym membership', 'item: monthly gym membership\n  currency: XYZ1')), /purchase\.currency/);
    expectCleanFailure(draftFrom(`${minimal}`.replace('date: 2026-11-02', 'date: 2026-11-02\n  locale: "not a locale!"')), /letter\.locale/);
  });

  it('a currency written as its sign or name gets its code, and a value of the wrong form one problem, not a second about what it would mean', () => {
    const currency = (value: string) => draftFrom(minimal.replace('item: monthly gym membership', `item: monthly gym membership\n  currency: ${value}`));
    const pound = currency('"£"');
    expectCleanFailure(pound, /purchase\.currency: "£" names a currency; write its three-letter code instead: GBP$/m, /Fix this problem in/);
    expect(pound.stderr).not.toContain('is not a currency code I know');
    expectCleanFailure(currency('euros'), /purchase\.currency: "euros" names a currency; write its three-letter code instead: EUR$/m);
    expectCleanFailure(currency('$'), /purchase\.currency: "\$" may be one of several currencies; write the three-letter code of yours instead: USD, CAD, AUD, NZD, SGD, HKD or MXN$/m);
    const name = /^(\s*)name: .*$/m.exec(minimal)!;
    const since = draftFrom(minimal.replace(name[0], `${name[0]}\n${name[1]}customerSince: 1e3`));
    expectCleanFailure(since, /sender\.customerSince: expected a year or a date, e\.g\. 2019 or 2019-03-01, got "1e3"$/m, /Fix this problem in/);
    expect(since.stderr).not.toContain('before 1900');
  });

  it('a locale written as the system writes one (en_GB.UTF-8) is told the tag to write, in the case file and on the command line', () => {
    const r = draftFrom(`${minimal}`.replace('date: 2026-11-02', 'date: 2026-11-02\n  locale: en_GB.UTF-8'));
    expectCleanFailure(r, /letter\.locale: "en_GB\.UTF-8" is written as the system writes a locale; write it as en-GB$/m);
    expectCleanFailure(draftFrom(minimal, ['--locale', 'de_DE@euro']), /^✖ --locale "de_DE@euro" is written as the system writes a locale; use --locale de-DE\.$/m);
    expectCleanFailure(draftFrom(minimal, ['--locale', 'xx_YY']), /--locale "xx_YY" is not a locale I know\. Use one such as en-US, en-GB or de-DE\./);
  });

  it('reports several problems at once, in file order', () => {
    const r = draftFrom(minimal.replace('company: Peak Fitness', 'company: ""').replace('amount: 79.98', 'amount: lots'));
    expectCleanFailure(r, /recipient\.company[\s\S]*request\.amount/, /these 2 problems/);
  });

  it('bad option values', () => {
    const r = draftFrom(minimal, ['--date', '2026-13-01']);
    expectCleanFailure(r, /--date must be a real date/);
    expectCleanFailure(draftFrom(minimal, ['--format', 'docx']), /--format "docx" is not one redress knows: use text, markdown, html, eml, json or pdf\./);
    expectCleanFailure(draftFrom(minimal, ['--locale', 'xx-!!']), /--locale/);
    expectCleanFailure(draftFrom(minimal, ['--stage', 'last']), /stage/);
  });
});
