// `redress init` and `redress init --batch`: commented files that work once filled in.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { caseJsonSchema } from '../../src/case/schema.js';
import { BATCH_TEMPLATE, CASE_TEMPLATE } from '../../src/commands/init.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-init-');
afterAll(() => tmp.cleanup());
const ENV = { REDRESS_TODAY: '2026-11-16' };

let counter = 0;
function folder(): string {
  const dir = tmp.path(`f-${++counter}`);
  mkdirSync(dir);
  return dir;
}

/** Fills a template's blanks: sets each path to a value, keeping the comments. */
function fill(template: string, values: [path: (string | number)[], value: unknown][]): string {
  const doc = parseDocument(template);
  for (const [path, value] of values) doc.setIn(path, value);
  return doc.toString();
}

const REQUIRED: [(string | number)[], unknown][] = [
  [['sender', 'name'], 'Alex Rivera'],
  [['recipient', 'company'], 'Brightline Carpet Care'],
  [['purchase', 'item'], 'deep cleaning of three rooms'],
  [['purchase', 'amount'], 240],
  [['story', 'circumstances'], 'I booked a deep clean of three rooms for 2 November.'],
  [['story', 'expectations'], ['the crew would arrive between 9 and 10 am', 'all three rooms would be cleaned']],
  [['story', 'outcome'], ['the crew arrived at 1 pm', 'only two rooms were cleaned']],
  [['request', 'remedy'], 'refund'],
];

const EVERYTHING: [(string | number)[], unknown][] = [
  ...REQUIRED,
  [['sender', 'email'], 'alex.rivera@example.com'],
  [['sender', 'phone'], '+1 555 0142'],
  [['sender', 'address'], '12 Elm Street, Springfield'],
  [['sender', 'customerId'], '0093321'],
  [['recipient', 'contact'], 'Member Services team'],
  [['recipient', 'email'], 'support@brightline.example'],
  [['recipient', 'address'], '1 Main Road, Springfield'],
  [['purchase', 'date'], '2026-11-02'],
  [['purchase', 'reference'], 'BCC-004471'],
  [['purchase', 'currency'], 'EUR'],
  [['story', 'impact'], 'I took a day off work and lost most of it waiting.'],
  [['story', 'problem'], 'poor-quality'],
  [['contacts'], [{ date: '2026-11-03', channel: 'phone', who: 'Dana', result: 'she promised a call back' }]],
  [['evidence'], ['booking confirmation BCC-004471']],
  [['card', 'issuer'], 'First Bank Visa'],
  [['card', 'last4'], '0042'],
  [['card', 'statementDate'], '2026-11-20'],
  [['request', 'remedy'], 'either'],
  [['request', 'correction'], 'clean the third room at no charge'],
  [['request', 'amount'], 200],
  [['request', 'deadlineDays'], 21],
  [['letter', 'stage'], 'final'],
  [['letter', 'date'], '2026-12-01'],
  [['letter', 'previous'], ['2026-11-16']],
  [['letter', 'nextSteps'], ['dispute the charge with my card issuer']],
  [['letter', 'countrySteps'], 'include'],
  [['letter', 'locale'], 'en-GB'],
  [['custom'], { note: 'anything' }],
];

describe('redress init', () => {
  it('writes case.yaml, pointing editors at the schema, and says what to do next', () => {
    const dir = folder();
    const r = redress(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
    expect(text).toBe(CASE_TEMPLATE);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./redress.schema.json');
    expect(r.stderr).toContain('redress draft --from case.yaml');
    expect(r.stderr).toContain('redress schema > redress.schema.json');
  });

  it('never replaces a file without --force', () => {
    const dir = folder();
    writeFileSync(join(dir, 'case.yaml'), 'my own case');
    const r = redress(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('case.yaml already exists');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toBe('my own case');
    expect(redress(['init', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toBe(CASE_TEMPLATE);
  });

  it('writes to a named file, into a folder, or to standard output with "-"', () => {
    const dir = folder();
    expect(redress(['init', 'gym.yaml'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'gym.yaml'))).toBe(true);
    mkdirSync(join(dir, 'sub'));
    expect(redress(['init', 'sub'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'sub', 'case.yaml'))).toBe(true);
    expect(redress(['init', '--batch', 'sub'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'sub', 'cases.yaml'))).toBe(true);
    const out = redress(['init', '-']);
    expect([out.code, out.stdout]).toEqual([0, CASE_TEMPLATE]);
  });

  it('refuses a name of another kind of file, saying the name to use', () => {
    const dir = folder();
    const r = redress(['init', 'case.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"case.json" is named as a .json file, but init writes a YAML case file with comments. Name it "case.yaml": redress init case.yaml');
    expect(existsSync(join(dir, 'case.json'))).toBe(false);
    expect(redress(['init', '--batch', 'cases.txt'], { cwd: dir }).stderr).toContain('init writes a YAML batch file with comments');
    expect(redress(['init', 'my-complaint'], { cwd: dir }).code).toBe(0);
  });

  it('explains every field of a case, and whether it is required', () => {
    const lines = CASE_TEMPLATE.split('\n');
    const fields: string[] = [];
    const walk = (schema: Record<string, unknown>, prefix: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, child] of Object.entries(properties)) {
        fields.push(`${prefix}${name}`);
        walk(child, `${prefix}${name}.`);
        const items = child.items as Record<string, unknown> | undefined;
        if (items?.properties) walk(items, `${prefix}${name}[].`);
      }
    };
    walk(caseJsonSchema() as Record<string, unknown>, '');
    expect(fields.length).toBeGreaterThan(40);
    for (const field of fields) {
      const name = field.split('.').pop()!;
      const line = lines.find((l) => new RegExp(`^#?\\s*(- )?${name}:`).test(l));
      expect(line, field).toBeDefined();
      // "required" or "optional", then what the field is for.
      expect(line, field).toMatch(/#\s+(required|optional)\b.*[a-z]{3,}.*[a-z]{3,}/);
    }
  });

  it('as written, says what is missing, at its line', () => {
    const dir = folder();
    redress(['init'], { cwd: dir });
    const r = redress(['draft', '--from', 'case.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const line = (field: string) => CASE_TEMPLATE.split('\n').findIndex((l) => l.startsWith(`  ${field}:`)) + 1;
    expect(r.stderr).toContain(`case.yaml:${line('name')}:25 sender.name: is required`);
    expect(r.stderr).toContain(`case.yaml:${line('company')}:25 recipient.company: is required`);
    expect(r.stderr).toContain('request.remedy');
  });

  it('gives a letter once the required blanks are filled in', () => {
    const dir = folder();
    writeFileSync(join(dir, 'case.yaml'), fill(CASE_TEMPLATE, REQUIRED));
    const r = redress(['draft', '--from', 'case.yaml'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Refund request: deep cleaning of three rooms\n/);
    expect(r.stdout).toContain('$240.00');
  });

  it('gives a letter with every field filled in', () => {
    const dir = folder();
    const filled = fill(CASE_TEMPLATE, EVERYTHING);
    expect(filled.split('\n')[0]).toBe('# yaml-language-server: $schema=./redress.schema.json');
    writeFileSync(join(dir, 'case.yaml'), filled);
    const r = redress(['draft', '--from', 'case.yaml', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const letter = JSON.parse(r.stdout);
    expect([letter.stage, letter.date, letter.deadline, letter.currency, letter.from, letter.to]).toEqual([
      'final',
      '2026-12-01',
      '2026-12-22',
      'EUR',
      'alex.rivera@example.com',
      'support@brightline.example',
    ]);
  });
});

describe('redress init --batch', () => {
  it('writes cases.yaml with defaults: and two cases, pointing editors at the batch schema', () => {
    const dir = folder();
    const r = redress(['init', '--batch'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'cases.yaml'), 'utf8');
    expect(text).toBe(BATCH_TEMPLATE);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./redress-batch.schema.json');
    const data = parseDocument(text).toJS();
    expect(Object.keys(data)).toEqual(['defaults', 'cases']);
    expect(data.cases).toHaveLength(2);
    expect(r.stderr).toContain('redress batch cases.yaml');
    for (const line of text.split('\n')) if (/^\s+(- )?\w+:/.test(line)) expect(line, line).toMatch(/#/);
  });

  it('as written, says what is missing in each case; filled in, writes both letters', () => {
    const dir = folder();
    redress(['init', '--batch'], { cwd: dir });
    const unfilled = redress(['batch', 'cases.yaml', '--out', 'letters'], { cwd: dir, env: ENV });
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toMatch(/Case 1 \(cases\.yaml:\d+:5\) was not written:\n {2}cases\.yaml:\d+:\d+ sender\.name: is required/);
    expect(unfilled.stderr).toContain('Case 2 (cases.yaml:');

    const filled = fill(BATCH_TEMPLATE, [
      [['defaults', 'sender', 'name'], 'Alex Rivera'],
      [['defaults', 'sender', 'email'], 'alex.rivera@example.com'],
      [['defaults', 'request', 'deadlineDays'], 21],
      [['defaults', 'letter', 'locale'], 'en-GB'],
      [['cases', 0, 'recipient', 'company'], 'Northwind Airlines'],
      [['cases', 0, 'recipient', 'email'], 'care@northwind.example'],
      [['cases', 0, 'purchase', 'item'], 'return flight, 12 to 19 May'],
      [['cases', 0, 'purchase', 'amount'], 420],
      [['cases', 0, 'purchase', 'currency'], 'GBP'],
      [['cases', 0, 'story', 'circumstances'], 'My flight was cancelled the day before departure.'],
      [['cases', 0, 'story', 'expectations'], 'a refund within seven days'],
      [['cases', 0, 'story', 'outcome'], 'no refund after six weeks'],
      [['cases', 0, 'request', 'remedy'], 'refund'],
      [['cases', 1, 'recipient', 'company'], 'Harbour View Hotel'],
      [['cases', 1, 'purchase', 'item'], 'two nights, sea-view room'],
      [['cases', 1, 'story', 'circumstances'], 'The room we were given had no view of the sea.'],
      [['cases', 1, 'story', 'expectations'], 'a sea-view room, as booked'],
      [['cases', 1, 'story', 'outcome'], 'a room facing the car park'],
      [['cases', 1, 'request', 'remedy'], 'correction'],
      [['cases', 1, 'request', 'correction'], 'a free night in a sea-view room'],
    ]);
    writeFileSync(join(dir, 'cases.yaml'), filled);
    const r = redress(['batch', 'cases.yaml', '--out', 'letters'], { cwd: dir, env: ENV });
    expect(r.stderr).toBe('✔ Wrote 2 letters to letters.\n');
    expect(r.code).toBe(0);
    const hotel = readFileSync(join(dir, 'letters', '002-harbour-view-hotel.txt'), 'utf8');
    expect(hotel).toMatch(/a free night in a sea-view room/i);
    expect(hotel).toContain('Alex Rivera');
    expect(hotel).toContain('7 December 2026'); // en-GB, 21 days after 16 November
  });
});
