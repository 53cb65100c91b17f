// `redress batch`, run as a user would (the built CLI, real files in temporary folders).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BIN, redress, tempDir } from '../support/cli.js';
import { spawn as spawnPty } from '@lydell/node-pty';
import { caseLines, mappingBatch } from '../bench/generate.js';

const tmp = tempDir('redress-batch-');
afterAll(() => tmp.cleanup());
const ENV = { REDRESS_TODAY: '2026-11-16' };

let counter = 0;
/** Writes `content` to a new file and runs `redress batch` on it from the temporary folder. */
function batch(content: string | Buffer, args: string[] = [], env: Record<string, string> = {}) {
  const n = ++counter;
  const file = `batch-${n}.yaml`;
  const out = `letters-${n}`;
  writeFileSync(tmp.path(file), content);
  const result = redress(['batch', file, '--out', out, ...args], { cwd: tmp.dir, env: { ...ENV, ...env } });
  return { ...result, file, out, dir: tmp.path(out) };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
/** 1-based line of the first line containing `text`. */
const lineOf = (content: string, text: string) => content.split('\n').findIndex((line) => line.includes(text)) + 1;

/** One case as an entry of a `cases:` list. */
function entry(company: string, more: { amount?: string; extra?: string[] } = {}): string {
  return [
    '  - recipient:',
    `      company: ${company}`,
    '    purchase:',
    '      item: monthly gym membership',
    `      amount: ${more.amount ?? '39.99'}`,
    '    story:',
    '      circumstances: I cancelled my membership in writing on 1 September.',
    '      expectations: no further monthly charges',
    '      outcome: I was charged again on 1 October',
    '    request:',
    '      remedy: refund',
    ...(more.extra ?? []),
    '',
  ].join('\n');
}

const DEFAULTS = 'defaults:\n  sender:\n    name: Sam Lee\n    email: sam@example.com\n  letter:\n    date: 2026-11-02\n';

function expectNoRawEscapes(text: string) {
  expect(text).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
}

function expectUnusable(r: { code: number | null; stdout: string; stderr: string; dir: string }, ...fragments: (string | RegExp)[]) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expectNoRawEscapes(r.stderr);
  for (const fragment of fragments) expect(r.stderr).toMatch(fragment);
  expect(files(r.dir)).toEqual([]);
}

describe('redress batch: writing letters', () => {
  it('writes one letter per case, named from the company', () => {
    const r = batch(`${DEFAULTS}cases:\n${entry('Brightline Carpet Care')}${entry('Peak Fitness')}${entry('"Tom & Jerry\'s \\"Best\\" Co"')}`);
    expect(r.stderr).toBe(`✔ Wrote 3 letters to ${r.out}.\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(files(r.dir)).toEqual(['001-brightline-carpet-care.txt', '002-peak-fitness.txt', '003-tom-jerry-s-best-co.txt']);
    const letter = read(r.dir, '002-peak-fitness.txt');
    expect(letter).toMatch(/^Subject: Refund request: monthly gym membership\n\nDear Peak Fitness Customer Service,\n/);
    expect(letter).toContain('$39.99');
    expect(letter).toContain('Sam Lee');
  });

  it('writes the same letter as draft --from for the same case', () => {
    const own = caseLines(5).join('\n');
    writeFileSync(tmp.path('single.yaml'), `${own}\n`);
    const draft = redress(['draft', '--from', 'single.yaml'], { cwd: tmp.dir, env: ENV });
    expect(draft.code).toBe(0);
    const r = batch(`${own}\n`);
    expect(r.code).toBe(0);
    const [name] = files(r.dir);
    expect(read(r.dir, name!)).toBe(draft.stdout);
  });

  it('keeps going after a bad case, and says where each problem is, as draft --from does', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}${entry('Two', { amount: 'five hundred' })}${entry('Three')}  - recipent:\n      company: Four\n`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['001-one.txt', '003-three.txt']);
    const amountLine = lineOf(content, 'five hundred');
    expect(r.stderr).toContain(`✖ Case 2 (${r.file}:${lineOf(content, 'company: Two') - 1}:5) was not written:\n`);
    expect(r.stderr).toContain(`  ${r.file}:${amountLine}:15 purchase.amount: "five hundred" is not an amount I can read; write it as a number, e.g. 240 or 79.98\n`);
    expect(r.stderr).toContain(`${r.file}:${lineOf(content, 'recipent:')}:5 recipent: is not a field redress knows (did you mean "recipient"?)`);
    expect(r.stderr).toContain(`Wrote 2 letters to ${r.out}; 2 cases have problems.`);
    expect(r.stderr).toContain('--force');

    // The same case alone, through draft --from: the same message.
    const alone = `sender:\n  name: Sam Lee\n${entry('Two', { amount: 'five hundred' }).replace(/^ {4}/gm, '').replace(/^ {2}- /, '')}`;
    writeFileSync(tmp.path('alone.yaml'), alone);
    const draft = redress(['draft', '--from', 'alone.yaml'], { cwd: tmp.dir });
    expect(draft.code).toBe(2);
    const message = /purchase\.amount: .*/.exec(draft.stderr)?.[0];
    expect(message).toBe('purchase.amount: "five hundred" is not an amount I can read; write it as a number, e.g. 240 or 79.98');
    expect(r.stderr).toContain(message);
  });

  it('fails a case with broken YAML on its own, at its line', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}  - recipient:\n      company: "unclosed\n    purchase: [\n${entry('Three')}`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['001-one.txt', '003-three.txt']);
    expect(r.stderr).toMatch(new RegExp(`Case 2 \\(${r.file}:${lineOf(content, '"unclosed') - 1}:5\\)`));
    // Never past the case's own last line, even for a quote left open until its end.
    expect(r.stderr).toMatch(new RegExp(`${r.file}:(${lineOf(content, '"unclosed')}|${lineOf(content, 'purchase: [')}):\\d+ .*(not valid YAML|is never closed)`));
  });

  it('merges defaults under every case: the case wins, lists are replaced', () => {
    const content =
      'defaults:\n  sender:\n    name: Sam Lee\n    email: sam@example.com\n  evidence:\n    - the receipt\n    - the bank statement\n  letter:\n    locale: en-GB\n    date: 2026-11-02\n' +
      `cases:\n${entry('Own', { extra: ['    sender:', '      name: Alex Rivera', '    evidence:', '      - my own photos'] })}${entry('Shared')}`;
    const r = batch(content, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(files(r.dir)).toEqual(['001-own.json', '002-shared.json']);
    const own = JSON.parse(read(r.dir, '001-own.json'));
    const shared = JSON.parse(read(r.dir, '002-shared.json'));
    expect([own.sender, own.from]).toEqual(['Alex Rivera', 'sam@example.com']);
    expect(own.body).toContain('My own photos');
    expect(own.body).not.toContain('The receipt');
    expect([shared.sender, shared.from]).toEqual(['Sam Lee', 'sam@example.com']);
    expect(shared.body).toContain('The receipt');
    expect(shared.body).toContain('The bank statement');
    expect(shared.body).toContain('16 November 2026'); // en-GB from defaults, 14 days after 2 November
  });

  it("puts a case's own letter settings first, then the command line, then defaults", () => {
    const content =
      'defaults:\n  sender:\n    name: Sam Lee\n  letter:\n    locale: en-GB\n' +
      `cases:\n${entry('German', { extra: ['    letter:', '      locale: de-DE', '      date: 2026-10-01'] })}${entry('Plain')}`;
    const r = batch(content, ['--locale', 'en-US', '--date', '2026-11-02', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const german = JSON.parse(read(r.dir, '001-german.json'));
    const plain = JSON.parse(read(r.dir, '002-plain.json'));
    expect([german.date, german.deadline]).toEqual(['2026-10-01', '2026-10-15']);
    expect(german.body).toContain('15. Oktober 2026');
    expect([plain.date, plain.deadline]).toEqual(['2026-11-02', '2026-11-16']);
    expect(plain.body).toContain('November 16, 2026');
  });

  it('reports a bad value that comes from defaults at its place in defaults', () => {
    const content = `defaults:\n  sender:\n    name: Sam Lee\n  request:\n    deadlineDays: 14\ncases:\n${entry('One', { extra: ['      deadline: 2026-12-01'] })}`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${r.file}:${lineOf(content, 'deadlineDays')}:19 request.deadlineDays: cannot be used together with request.deadline`);
  });

  it('names the extension after --format', () => {
    for (const [format, extension] of [
      ['markdown', 'md'],
      ['html', 'html'],
      ['json', 'json'],
      ['text', 'txt'],
    ]) {
      const r = batch(`${DEFAULTS}cases:\n${entry('Peak Fitness')}`, ['--format', format!]);
      expect(r.code, r.stderr).toBe(0);
      expect(files(r.dir)).toEqual([`001-peak-fitness.${extension}`]);
    }
  });

  it('fails a case that cannot be an e-mail, and writes the others', () => {
    const content = `${DEFAULTS}cases:\n${entry('No Address')}${entry('With Address').replace('company: With Address\n', 'company: With Address\n      email: help@example.com\n')}`;
    const r = batch(content, ['--format', 'eml']);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['002-with-address.eml']);
    expect(r.stderr).toMatch(/Case 1 \(batch-\d+\.yaml:\d+:5\) was not written:\n {2}batch-\d+\.yaml:\d+:\d+ .*e-?mail/i);
  });
});

describe('redress batch: streams and standard input', () => {
  const doc = (company: string, more: string[] = []) =>
    ['---', 'recipient:', `  company: ${company}`, 'purchase: {item: gym, amount: 20}', 'story: {circumstances: a, expectations: b, outcome: c}', 'request: {remedy: refund}', ...more, ''].join('\n');

  it('reads documents separated by ---; a defaults document applies to the documents after it', () => {
    const content =
      '# cases for the autumn\ndefaults:\n  sender: {name: First Sender}\n  letter: {date: 2026-11-02}\n' +
      doc('One') +
      doc('Two') +
      '...\n# a new sender from here on\n---\ndefaults:\n  sender: {name: Second Sender}\n' +
      doc('Three') +
      '---\n# an empty document\n';
    const r = batch(content);
    expect(r.stderr).toBe(`✔ Wrote 3 letters to ${r.out}.\n`);
    expect(files(r.dir)).toEqual(['001-one.txt', '002-two.txt', '003-three.txt']);
    expect(read(r.dir, '002-two.txt')).toContain('First Sender');
    expect(read(r.dir, '003-three.txt')).toContain('Second Sender');
    expect(read(r.dir, '003-three.txt')).not.toContain('First Sender');
  });

  it('takes cases: lists in flow style and in later documents, under the defaults before them', () => {
    const flowCase = (company: string, amount: string) =>
      `{recipient: {company: ${company}}, purchase: {item: x, amount: ${amount}}, story: {circumstances: a, expectations: b, outcome: c}, request: {remedy: refund}}`;
    const content =
      'defaults: {sender: {name: Stream Sender}, letter: {date: 2026-11-02}}\n' +
      `---\ncases: [${flowCase('Flow One', '5')}, ${flowCase('Flow Two', 'zz')}]\n` +
      `---\ndefaults:\n  sender: {email: s@example.com}\ncases:\n${entry('Block One')}`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['001-flow-one.txt', '003-block-one.txt']);
    expect(read(r.dir, '003-block-one.txt')).toContain('Stream Sender');
    expect(read(r.dir, '003-block-one.txt')).toContain('s@example.com');
    expect(read(r.dir, '001-flow-one.txt')).not.toContain('s@example.com');
    expect(r.stderr).toMatch(new RegExp(`${r.file}:3:\\d+ purchase\\.amount: "zz" is not an amount I can read`));
  });

  it('fails a broken document alone, at its line', () => {
    const content = `defaults:\n  sender: {name: Sam}\n${doc('One')}---\nrecipient: [unclosed\n${doc('Three')}`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['001-one.txt', '003-three.txt']);
    expect(r.stderr).toMatch(new RegExp(`Case 2 \\(${r.file}:${lineOf(content, '[unclosed')}:1\\)`));
  });

  it('reads standard input with "-" and names it in messages', () => {
    const content = `defaults:\n  sender: {name: Sam}\n${doc('One')}${doc('Two', ['letter: {date: someday}'])}`;
    const out = tmp.path('stdin-letters');
    const r = redress(['batch', '-', '--out', out], { input: content, env: ENV });
    expect(r.code).toBe(1);
    expect(files(out)).toEqual(['001-one.txt']);
    expect(r.stderr).toContain(`✖ Case 2 (standard input:${lineOf(content, 'company: Two') - 1}:1) was not written:`);
    expect(r.stderr).toMatch(new RegExp(`standard input:${lineOf(content, 'someday')}:\\d+ letter\\.date: "someday" is not a date I can read; write it year first as YYYY-MM-DD`));
  });

  it('reads a batch mapping from standard input too', () => {
    const out = tmp.path('stdin-mapping');
    const r = redress(['batch', '-', '--out', out, '--json'], { input: `${DEFAULTS}cases:\n${entry('One')}${entry('Two')}`, env: ENV });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).written).toEqual([
      { index: 1, file: join(out, '001-one.txt') },
      { index: 2, file: join(out, '002-two.txt') },
    ]);
  });
});

describe('redress batch: file names and the output folder', () => {
  it('gives every case a safe file name inside the folder, whatever the company is called', () => {
    const home = tmp.path('hazards');
    mkdirSync(home);
    const companies = [
      '"../../escape"',
      '"/etc/passwd"',
      '"C:\\\\Windows\\\\evil"',
      'CON',
      'nul',
      'com1',
      '"a<b>:c\\"d|e?f*g"',
      '"\\e[31mred\\e[0m"',
      '"bidi\\u202etxt.exe"',
      '"🎉🎉 Events"',
      '"...Dots..."',
      `"${'Very Long Company Name '.repeat(8)}"`,
      'Café Müller GmbH',
      'Peak Fitness',
      'Peak Fitness',
    ];
    writeFileSync(join(home, 'cases.yaml'), `${DEFAULTS}cases:\n${companies.map((company) => entry(company)).join('')}`);
    const r = redress(['batch', 'cases.yaml', '--out', 'letters'], { cwd: home, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const names = files(join(home, 'letters'));
    expect(names).toEqual([
      '001-escape.txt',
      '002-etc-passwd.txt',
      '003-c-windows-evil.txt',
      '004-con.txt',
      '005-nul.txt',
      '006-com1.txt',
      '007-a-b-c-d-e-f-g.txt',
      '008-31mred-0m.txt',
      '009-bidi-txt-exe.txt',
      '010-events.txt',
      '011-dots.txt',
      `012-${'very-long-company-name-'.repeat(3).slice(0, 60).replace(/-+$/, '')}.txt`,
      '013-cafe-muller-gmbh.txt',
      '014-peak-fitness.txt',
      '015-peak-fitness.txt',
    ]);
    for (const name of names) {
      expect(name).toMatch(/^\d{3}-[\p{L}\p{N}-]+\.txt$/u);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    }
    // Nothing anywhere else.
    expect(files(home)).toEqual(['cases.yaml', 'letters']);
    expect(existsSync(tmp.path('escape.txt'))).toBe(false);
    expect(existsSync(join(tmp.dir, '..', 'escape.txt'))).toBe(false);
    expectNoRawEscapes(r.stderr);
  });

  it('pads the number to the count of cases', () => {
    const r = batch(`${DEFAULTS}cases:\n${Array.from({ length: 1002 }, (_, i) => entry(`Co ${i + 1}`)).join('')}`);
    expect(r.code, r.stderr).toBe(0);
    const names = files(r.dir);
    expect(names.length).toBe(1002);
    expect([names[0], names[1001]]).toEqual(['0001-co-1.txt', '1002-co-1002.txt']);
  });

  it('never replaces a letter without --force, and fails before writing anything', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}${entry('Two')}`;
    const first = batch(content);
    expect(first.code).toBe(0);
    writeFileSync(join(first.dir, '002-two.txt'), 'my own edits');
    // A new case that would be written first, if anything were written.
    writeFileSync(tmp.path(first.file), `${content}${entry('Three')}`);
    const again = redress(['batch', first.file, '--out', first.out], { cwd: tmp.dir, env: ENV });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`2 letters would replace files already in ${first.out}, so nothing was written:`);
    expect(again.stderr).toContain(`  ${join(first.out, '001-one.txt')}\n  ${join(first.out, '002-two.txt')}\n`);
    expect(again.stderr).toContain('--force');
    expect(files(first.dir)).toEqual(['001-one.txt', '002-two.txt']);
    expect(read(first.dir, '002-two.txt')).toBe('my own edits');

    const forced = redress(['batch', first.file, '--out', first.out, '--force'], { cwd: tmp.dir, env: ENV });
    expect(forced.code).toBe(0);
    expect(files(first.dir)).toEqual(['001-one.txt', '002-two.txt', '003-three.txt']);
    expect(read(first.dir, '002-two.txt')).toMatch(/^Subject: /);
  });

  it('refuses, even with --force, a case file in the letters\' folder under a name a letter could take', () => {
    const dir = tmp.path('own-input');
    mkdirSync(dir);
    const content = `${DEFAULTS}cases:\n${entry('One')}${entry('Two')}`;
    writeFileSync(join(dir, '001-one.txt'), content);
    const r = redress(['batch', join('own-input', '001-one.txt'), '--out', 'own-input', '--force'], { cwd: tmp.dir, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is in own-input under a name a letter of this batch could take, and would be replaced. Rename the case file, or write the letters to another folder with --out.');
    expect(files(dir)).toEqual(['001-one.txt']);
    expect(read(dir, '001-one.txt')).toBe(content);
    rmSync(join(dir, '001-one.txt'));
    writeFileSync(join(dir, 'cases.yaml'), content);
    expect(redress(['batch', join('own-input', 'cases.yaml'), '--out', 'own-input'], { cwd: tmp.dir, env: ENV }).code).toBe(0);
  });

  it('names the letters of an earlier run that this one did not replace', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}${entry('Two')}${entry('Three')}`;
    const first = batch(content);
    expect(first.code).toBe(0);
    writeFileSync(join(first.dir, 'my-notes.txt'), 'not a letter');
    // A case taken out: the letters after it are numbered one less.
    writeFileSync(tmp.path(first.file), `${DEFAULTS}cases:\n${entry('One')}${entry('Three')}`);
    const again = redress(['batch', first.file, '--out', first.out, '--force'], { cwd: tmp.dir, env: ENV });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${first.out} also holds 2 letters this run did not write (002-two.txt, 003-three.txt), from an earlier run. Delete any that are out of date`);
    expect(files(first.dir)).toEqual(['001-one.txt', '002-three.txt', '002-two.txt', '003-three.txt', 'my-notes.txt']);
    const json = JSON.parse(redress(['batch', first.file, '--out', first.out, '--force', '--json'], { cwd: tmp.dir, env: ENV }).stdout);
    expect(json.notFromThisRun).toEqual([join(first.out, '002-two.txt'), join(first.out, '003-three.txt')]);
  });

  it('lists the first ten files in the way, and counts the rest', () => {
    const r = batch(`${DEFAULTS}cases:\n${entry('Same Company').repeat(1012)}`);
    expect(r.code).toBe(0);
    const again = redress(['batch', r.file, '--out', r.out], { cwd: tmp.dir, env: ENV });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`1,012 letters would replace files already in ${r.out}, so nothing was written:\n  ${join(r.out, '0001-same-company.txt')}\n`);
    expect(again.stderr).toContain(`  ${join(r.out, '0010-same-company.txt')}\n  …and 1,002 more\n`);
  }, 30_000);

  it('writes into a folder that holds other files', () => {
    const dir = tmp.path('busy-folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    writeFileSync(join(dir, '001-other.md'), 'a different format');
    writeFileSync(tmp.path('busy.yaml'), `${DEFAULTS}cases:\n${entry('One')}`);
    const r = redress(['batch', 'busy.yaml', '--out', 'busy-folder'], { cwd: tmp.dir, env: ENV });
    expect(r.code).toBe(0);
    expect(files(dir)).toEqual(['001-one.txt', '001-other.md', 'notes.txt']);
  });
});

describe('redress batch: --json', () => {
  it('prints {written, failed} on stdout and nothing on stderr', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}${entry('Two', { amount: '"\\e[2J"' })}`;
    const r = batch(content, ['--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout);
    expect(Object.keys(summary)).toEqual(['written', 'failed']);
    expect(summary.written).toEqual([{ index: 1, file: join(r.out, '001-one.txt') }]);
    expect(summary.failed).toEqual([
      {
        index: 2,
        line: lineOf(content, 'company: Two') - 1,
        column: 5,
        errors: [`${r.file}:${lineOf(content, 'amount: "')}:15 purchase.amount: "\\u001b[2J" is not an amount I can read; write it as a number, e.g. 240 or 79.98`],
      },
    ]);
    expectNoRawEscapes(r.stdout);
  });
});

describe('redress batch: files that cannot be used (exit 2, nothing written)', () => {
  it('a missing file, a folder, an empty or binary file', () => {
    expectUnusable({ ...redress(['batch', 'nope.yaml', '--out', 'x'], { cwd: tmp.dir }), dir: tmp.path('x') }, /Cannot find nope\.yaml/, /redress init --batch/);
    mkdirSync(tmp.path('a-folder'), { recursive: true });
    expectUnusable({ ...redress(['batch', 'a-folder', '--out', 'x'], { cwd: tmp.dir }), dir: tmp.path('x') }, /a-folder is a folder/);
    expectUnusable(batch(''), /has no cases/);
    expectUnusable(batch('# only comments\n---\n'), /has no cases/);
    expectUnusable(batch(Buffer.from([0x73, 0x3a, 0x00, 0x01])), /binary/);
    expectUnusable(batch(Buffer.from([0x73, 0x3a, 0x20, 0xff, 0xfe, 0x0a])), /not UTF-8/);
  });

  it('a single document that is not YAML, or not a case', () => {
    expectUnusable(batch('sender: [unclosed\n'), /batch-\d+\.yaml:\d+:\d+ .*not valid YAML/);
    expectUnusable(batch('- a list\n- of things\n'), /batch-\d+\.yaml:1:1 should be a case/);
    expectUnusable(batch('just some text\n'), /should be a case/);
  });

  it('a wrong top-level shape', () => {
    const defualts = batch(`defualts:\n  sender: {name: Sam}\ncases:\n${entry('One')}`);
    expectUnusable(defualts, /batch-\d+\.yaml:1:1 defualts: is not a part of a batch file \(did you mean "defaults"\?\)/);
    expectUnusable(batch('cases:\n  company: One\n'), /batch-\d+\.yaml:2:3 cases: should be a list of cases/);
    expectUnusable(batch('cases: one case\n'), /cases: should be a list of cases/);
    expectUnusable(batch('defaults: [a, b]\ncases:\n' + entry('One')), /batch-\d+\.yaml:1:11 defaults: should be a group of fields/);
    expectUnusable(batch(`sender: {name: Sam}\ncases:\n${entry('One')}`), /sender: belongs to a case, not to the batch file itself/);
    expectUnusable(batch('cases: []\n'), /has no cases/);
    expectUnusable(batch('defaults:\ncases:\n'), /has no cases/);
    expectUnusable(batch('defaults:\n  sender: {name: Sam}\n---\n# nothing after the defaults\n'), /has no cases/);
    expectUnusable(batch(`cases:\n${entry('One')}defaults:\n  sender: {name: Sam}\ndefaults:\n  letter: {}\n`), /batch-\d+\.yaml:\d+:\d+ the field "defaults" appears twice/);
  });

  it('a bad field in defaults', () => {
    const r = batch(`defaults:\n  sender:\n    name: Sam\n    emial: sam@example.com\ncases:\n${entry('One')}`);
    expectUnusable(r, /batch-\d+\.yaml:4:5 defaults\.sender\.emial: is not a field redress knows \(did you mean "email"\?\)/);
  });

  it('a broken defaults document in a stream', () => {
    const r = batch(`defaults:\n  sender: {name: [unclosed\n---\nrecipient: {company: One}\n`);
    expectUnusable(r, /batch-\d+\.yaml:\d+:\d+ /);
  });

  it('bad options', () => {
    const content = `${DEFAULTS}cases:\n${entry('One')}`;
    expectUnusable(batch(content, ['--date', '2026-02-30']), /--date must be a real date/);
    expectUnusable(batch(content, ['--locale', 'xx-\u001b[31m']), /--locale .* is not a locale I know/);
    expectUnusable(batch(content, ['--format', 'docx']), /--format "docx" is not one redress knows: use text, markdown, html, eml, json or pdf\./);
    expectUnusable(batch(content, ['--template', 'no-such-template']), /no template called "no-such-template"/);
    writeFileSync(tmp.path('a-file'), 'x');
    const r = redress(['batch', `batch-${counter}.yaml`, '--out', 'a-file'], { cwd: tmp.dir, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a-file is a file, not a folder/);
  });

  it('an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const single = `sender: {name: Sam}\nrecipient: {company: One}\ncustom:\n${bomb.map((line) => `  ${line}`).join('\n')}\n`;
    expectUnusable(batch(single), /too many aliases|too large/);
    expectUnusable(batch(`defaults:\n  custom:\n${bomb.map((line) => `    ${line}`).join('\n')}\ncases:\n${entry('One')}`), /too many aliases|too large/);
    // Inside one case of a list, only that case fails.
    const inCase = `${DEFAULTS}cases:\n${entry('One')}${entry('Two', { extra: ['    custom:', ...bomb.map((line) => `      ${line}`)] })}${entry('Three')}`;
    const r = batch(inCase);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['001-one.txt', '003-three.txt']);
    expect(r.stderr).toMatch(/Case 2 .*\n.*(too many aliases|too large)/);
  });
});

describe('redress batch: hostile values', () => {
  it('never echoes escape sequences from the file to the terminal', () => {
    const content = `${DEFAULTS}cases:\n${entry('"\\e]0;pwned\\a\\e[2J Evil"', { amount: '"\\e[31mred"' })}  - "recipent\\e[5m": x\n`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expectNoRawEscapes(r.stderr);
    expect(r.stderr).toContain('"\\u001b[31mred" is not an amount I can read');
    expect(r.stderr).toContain('recipent\\x1b[5m: is not a field redress knows');
  });

  it('points anchors shared between cases to defaults:', () => {
    const content = `defaults:\n  sender: &me {name: Sam}\ncases:\n${entry('One', { extra: ['    sender: *me'] })}`;
    const r = batch(content);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the alias \*me points to nothing: each case of a batch file is read on its own, so share values with defaults:/);
  });
});

describe('redress batch: values cut short by a "#"', () => {
  it('reads each one whole and points it out, located, whoever reads the case; quoted values are fine', () => {
    const cut = { extra: ['    evidence:', '      - Invoice #20817', '      - "Order #55, quoted"'] };
    const listed = `${DEFAULTS}cases:\n${entry('Peak Fitness', cut)}${entry('Acme Gym')}${entry('Northside Leisure', { extra: ['    evidence: [receipt]', '    letter:', '      date: 2026-11-02 # a comment, not a cut value'] })}`;
    const stream = ['defaults:\n  sender:\n    name: Sam Lee\n    email: sam@example.com', ...Array.from({ length: 3 }, (_, i) => `---\n${entry(`Gym ${i + 1}`, i === 1 ? cut : {}).replace(/^ {2}- /, '').replace(/^ {4}/gm, '')}`)].join('\n');
    for (const [content, index] of [[listed, 1], [stream, 2]] as const) {
      const runs = ['0', '1'].map((workers) => batch(content, ['--json'], { REDRESS_BATCH_WORKERS: workers }));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      for (const r of runs) {
        const letters = files(r.dir).map((name) => read(r.dir, name));
        expect(letters.filter((letter) => letter.includes('Invoice #20817'))).toHaveLength(1);
        expect(letters.join('\n')).not.toMatch(/Invoice(?! #)/);
      }
      const [alone, byStage] = runs.map((r) => JSON.parse(r.stdout).written.filter((entry: { notes?: string[] }) => entry.notes));
      expect(alone.map((entry: { index: number }) => entry.index)).toEqual([index]);
      expect(alone[0].notes).toHaveLength(1);
      const line = lineOf(content, 'Invoice #20817');
      expect(alone[0].notes[0]).toMatch(new RegExp(`^batch-\\d+\\.yaml:${line}:\\d+ evidence\\[0\\]: YAML would read this as "Invoice" and the rest as a comment; the letter keeps the whole value, "Invoice #20817".*put the whole value in quotes: "Invoice #20817"\\.$`));
      const unnamed = (entries: { notes: string[] }[]) => entries.map((entry) => entry.notes.map((note) => note.replace(/^batch-\d+\.yaml/, '')));
      expect(unnamed(byStage)).toEqual(unnamed(alone));
    }
    // Without --json, the note is shown with the case, and the run still succeeds.
    const shown = batch(listed);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain('Case 1 was written, with a note on how a value was read:');
    expect(shown.stderr).toContain(`:${lineOf(listed, 'Invoice #20817')}:`);
    expect(shown.stderr).not.toContain('Case 3 was written');
  });
});

describe('redress batch: large batches', () => {
  it('gives the same letters and failures with and without worker threads, one or several', () => {
    const unkind = { extra: ['    evidence:', '      - a note from your idiotic manager'] };
    const cases = Array.from({ length: 60 }, (_, i) => entry(`Company ${i + 1}`, i % 7 === 3 ? { amount: 'lots' } : i % 13 === 6 ? unkind : {})).join('');
    writeFileSync(tmp.path('sixty.yaml'), `${DEFAULTS}cases:\n${cases}`);
    const run = (workers: string) => {
      const out = `sixty-${workers}`;
      return { ...redress(['batch', 'sixty.yaml', '--out', out, '--json', '--keep-words'], { cwd: tmp.dir, env: { ...ENV, REDRESS_BATCH_WORKERS: workers } }), dir: tmp.path(out) };
    };
    const alone = run('0');
    const shared = run('2');
    const byStage = run('1');
    expect(alone.code).toBe(1);
    expect(shared.code).toBe(1);
    const a = JSON.parse(alone.stdout);
    const b = JSON.parse(shared.stdout);
    expect(b.failed).toEqual(a.failed);
    expect(a.failed.map((f: { index: number }) => f.index)).toEqual([4, 11, 18, 25, 32, 39, 46, 53, 60]);
    expect(files(shared.dir)).toEqual(files(alone.dir));
    for (const name of files(alone.dir)) expect(read(shared.dir, name)).toBe(read(alone.dir, name));
    // With --keep-words, cases with unkind words are written, with their warnings, whoever writes them.
    const named = (result: { written: { index: number; file: string; warnings?: string[] }[] }) =>
      result.written.map((entry) => ({ ...entry, file: basename(entry.file) }));
    expect(named(a).filter((entry) => entry.warnings).map((entry) => entry.index)).toEqual([7, 20, 33, 59]);
    expect(named(b)).toEqual(named(a));
    // One worker reads and renders, the main thread writes.
    expect(byStage.code).toBe(1);
    const c = JSON.parse(byStage.stdout);
    expect(c.failed).toEqual(a.failed);
    expect(named(c)).toEqual(named(a));
    expect(files(byStage.dir)).toEqual(files(alone.dir));
    for (const name of files(alone.dir)) expect(read(byStage.dir, name)).toBe(read(alone.dir, name));
  });

  // Large enough that the first pass over it outlasts a worker's start, so the worker gets
  // cases during that pass.
  const STREAM_CASES = 3000;
  const caseDoc = (i: number) => ['---', ...caseLines(i, { withSender: false })].join('\n');

  it('gives the same letters from a --- stream with one worker, which starts on it during the first pass', () => {
    const docs = ['defaults:\n  sender:\n    name: First Sender\n  letter:\n    locale: en-GB'];
    for (let i = 1; i <= STREAM_CASES; i++) {
      if (i === 2000) docs.push('---\ndefaults:\n  sender:\n    name: Second Sender');
      // A change of defaults now and then (each is read exactly in the first pass).
      else if (i % 25 === 0) docs.push(`---\ndefaults:\n  sender:\n    name: ${i < 2000 ? 'First' : 'Second'} Sender\n    phone: "+44 ${i}"`);
      if (i === 2500) docs.push(`---\ncases:\n${entry('Listed One')}${entry('Listed Two', { amount: 'lots' })}`);
      if (i === 40) docs.push('---\nrecipient: [unclosed');
      else if (i % 97 === 5) docs.push(caseDoc(i).replace(/amount: [\d.]+/, 'amount: lots'));
      else if (i % 89 === 7) docs.push(caseDoc(i).replace('photos of the room that was not cleaned', 'a note from your idiotic manager'));
      else docs.push(caseDoc(i));
    }
    writeFileSync(tmp.path('stream.yaml'), `${docs.join('\n')}\n`);
    const run = (workers: string) => {
      const out = `stream-${workers}`;
      return { ...redress(['batch', 'stream.yaml', '--out', out, '--json', '--keep-words'], { cwd: tmp.dir, env: { ...ENV, REDRESS_BATCH_WORKERS: workers } }), dir: tmp.path(out) };
    };
    const alone = run('0');
    const byStage = run('1');
    expect(alone.code, alone.stderr).toBe(1);
    expect(byStage.code, byStage.stderr).toBe(1);
    const a = JSON.parse(alone.stdout);
    const c = JSON.parse(byStage.stdout);
    const named = (result: { written: { index: number; file: string; warnings?: string[] }[] }) =>
      result.written.map((entry) => ({ ...entry, file: basename(entry.file) }));
    expect(a.failed.length).toBe(1 + 31 + 1);
    expect(a.written.filter((entry: { warnings?: string[] }) => entry.warnings).length).toBeGreaterThan(30);
    expect(c.failed).toEqual(a.failed);
    expect(named(c)).toEqual(named(a));
    const names = files(alone.dir);
    expect(names.length).toBe(STREAM_CASES + 2 - a.failed.length);
    expect(files(byStage.dir)).toEqual(names);
    for (const name of names) expect(read(byStage.dir, name), name).toBe(read(alone.dir, name));
    expect(read(alone.dir, names.find((name) => name.startsWith('1999-'))!)).toContain('First Sender');
    expect(read(alone.dir, names.find((name) => name.startsWith('2001-'))!)).toContain('Second Sender');
  }, 60_000);

  it('writes nothing for a --- stream that turns out broken, even after the worker started on it', () => {
    const docs = ['defaults:\n  sender:\n    name: First Sender'];
    for (let i = 1; i <= STREAM_CASES; i++) docs.push(caseDoc(i));
    docs.push('---\ndefaults:\n  sender:\n    emial: late@example.com');
    const r = batch(`${docs.join('\n')}\n`, [], { REDRESS_BATCH_WORKERS: '1' });
    expectUnusable(r, /defaults\.sender\.emial: is not a field redress knows/);
  }, 60_000);

  it('stops cleanly on Ctrl-C: exit 130, every letter written is complete', async () => {
    writeFileSync(tmp.path('big.yaml'), mappingBatch(4000));
    const out = tmp.path('big-letters');
    const child = spawn(process.execPath, [BIN, 'batch', 'big.yaml', '--out', 'big-letters'], { cwd: tmp.dir, env: { ...process.env, ...ENV } });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 500 && files(out).filter((name) => name.endsWith('.txt')).length < 20; i++) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await exited;
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/^Stopped\. Wrote [\d,]+ letters? to big-letters; each of them is complete\.\nTo write the rest, run the same command again with --force \(it writes all the letters again\), or choose another folder with --out\.\n$/);
    const written = files(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(4000);
    expect(written.filter((name) => !/^\d{4}-[a-z0-9-]+\.txt$/.test(name))).toEqual([]);
    // Whole letters: a first block (the subject line in English; the recipient's block in German), a blank line, the rest, the last newline.
    for (const name of written) expect(read(out, name)).toMatch(/^(?:[^\n]+\n)+\n[^]*\n$/);
  }, 30_000);

  it.each([[[]], [['--json']]])('stops cleanly on Ctrl-C while still reading standard input %j', async (more: string[]) => {
    const child = spawn(process.execPath, [BIN, 'batch', '-', '--out', 'stdin-stopped', ...more], { cwd: tmp.dir, env: { ...process.env, ...ENV } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (data) => (stderr += data));
    child.stdout.on('data', (data) => (stdout += data));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(`${DEFAULTS}cases:\n${entry('One')}`);
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe('Stopped. No letters were written.\n');
    // A program reading --json still gets its summary.
    if (more.includes('--json')) expect(JSON.parse(stdout)).toEqual({ written: [], failed: [] });
    else expect(stdout).toBe('');
    expect(existsSync(tmp.path('stdin-stopped'))).toBe(false);
  });

  it('stops on Ctrl-C while waiting for a named pipe that nothing writes to', async () => {
    const fifo = tmp.path('waiting.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, 'batch', 'waiting.fifo', '--out', 'fifo-stopped'], { cwd: tmp.dir, env: { ...process.env, ...ENV } });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGINT');
    const stopped = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 8000))]);
    if (stopped === 'hung') child.kill('SIGKILL');
    expect(stopped, stderr).toBe(130);
    expect(stderr).toBe('Stopped. No letters were written.\n');
  }, 20_000);

  it('shows progress on a terminal for a run longer than a second, and never in a pipe', async () => {
    writeFileSync(tmp.path('progress.yaml'), mappingBatch(6000));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, ...ENV, NO_COLOR: '1' })) if (value !== undefined && key !== 'CI') env[key] = value;
    const started = Date.now();
    const term = spawnPty(process.execPath, [BIN, 'batch', 'progress.yaml', '--out', 'progress-tty'], { cols: 100, rows: 30, cwd: tmp.dir, env });
    let screen = '';
    term.onData((data) => (screen += data));
    const exitCode = await new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
    const seconds = (Date.now() - started) / 1000;
    expect(exitCode, screen).toBe(0);
    expect(screen).toContain('Wrote 6,000 letters to progress-tty.');
    if (seconds > 1.5) expect(screen).toMatch(/Writing letters: [\d,]+ of 6,000 \(\d+%\)/);
    expectNoRawEscapes(screen.replace(/\u001b\[K|\r/g, ''));
    const piped = redress(['batch', 'progress.yaml', '--out', 'progress-pipe'], { cwd: tmp.dir, env: ENV });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('✔ Wrote 6,000 letters to progress-pipe.\n');
  }, 60_000);
});

describe('e-mails with enclosures', () => {
  const defaults = [
    'defaults:',
    '  sender: { name: Alex Rivera, email: alex@example.com, country: GB }',
    '  purchase: { item: deep cleaning of three rooms, date: 2026-11-02, amount: 240 }',
    '  story:',
    '    circumstances: I booked a deep clean for 2 November.',
    '    expectations: all three rooms would be cleaned',
    '    outcome: only two rooms were cleaned',
    '  request: { remedy: refund }',
    'cases:',
  ];
  const content = [
    ...defaults,
    '  - recipient: { company: Brightline Carpet Care, email: help@brightline.example }',
    '    evidence: [booking confirmation, photos of the rooms]',
    '  - recipient: { company: Shine Cleaners, email: help@shine.example }',
    '  - recipient: { company: Dust Away, email: help@dustaway.example }',
    '    evidence: [receipt]',
    '',
  ].join('\n');
  const said = '2 of the 3 letters\' cases list documents to enclose (evidence), and an e-mail has no attachments: attach copies to those e-mails in your mail app before you send them.';

  it('says once, in the summary, how many e-mails need their enclosures attached, with or without workers', () => {
    for (const workers of ['0', '1']) {
      const r = batch(content, ['--format', 'eml'], { REDRESS_BATCH_WORKERS: workers });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`✔ Wrote 3 letters to ${r.out}.\n${said}\n`);
      expect(r.stderr.split('to enclose').length).toBe(2);
    }
    const one = batch([...defaults, '  - recipient: { company: Dust Away, email: help@dustaway.example }', '    evidence: [receipt]', ''].join('\n'), ['--format', 'eml']);
    expect(one.stderr).toContain("The letter's case lists documents to enclose (evidence), and an e-mail has no attachments: attach copies to that e-mail in your mail app before you send it.");
  });

  it('says nothing of it for letters that are not e-mails, and keeps it out of --json', () => {
    expect(batch(content, ['--format', 'text']).stderr).not.toContain('to enclose');
    const json = batch(content, ['--format', 'eml', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).written.map((entry: object) => Object.keys(entry))).toEqual([['index', 'file'], ['index', 'file'], ['index', 'file']]);
  });
});
