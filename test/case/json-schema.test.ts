// The JSON Schema printed by `redress schema` gives every file the verdict redress gives it:
// each case is checked by a real JSON Schema validator, reading the YAML as an editor does
// (YAML 1.2, where a field left empty is null), and by the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { BATCH_TEMPLATE, CASE_TEMPLATE } from '../../src/commands/init.js';
import { redress, ROOT, tempDir } from '../support/cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const tmp = tempDir('redress-json-schema-');
afterAll(() => tmp.cleanup());
const ENV = { REDRESS_TODAY: '2026-11-16' };

function validator(args: string[]) {
  const r = redress(args);
  expect(r.code).toBe(0);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(r.stdout));
}

let validCase: ReturnType<typeof validator>;
let validBatch: ReturnType<typeof validator>;
beforeAll(() => {
  validCase = validator(['schema']);
  validBatch = validator(['schema', '--batch']);
});

let counter = 0;
function file(text: string, ext = 'yaml'): string {
  const path = tmp.path(`case-${++counter}.${ext}`);
  writeFileSync(path, text);
  return path;
}

/** What redress says of a case file: accepted (a letter, maybe with warnings) or refused as bad input. */
function redressVerdict(path: string): 'accepted' | 'refused' {
  const r = redress(['draft', '--from', path, '--no-input'], { env: ENV });
  if (r.code === 2) return 'refused';
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  return 'accepted';
}

function schemaVerdict(path: string, validate = validCase): 'accepted' | 'refused' {
  return validate(parse(readFileSync(path, 'utf8'))) ? 'accepted' : 'refused';
}

function expectSameVerdict(path: string, expected: 'accepted' | 'refused') {
  const fromRedress = redressVerdict(path);
  const fromSchema = schemaVerdict(path);
  const errors = JSON.stringify(validCase.errors?.slice(0, 3));
  expect({ redress: fromRedress, schema: fromSchema }, `${path}\n${readFileSync(path, 'utf8')}\n${errors}`).toEqual({ redress: expected, schema: expected });
}

/** Sets each path in a YAML text, keeping its comments; `null` leaves a field empty. */
function edit(source: string, values: [(string | number)[], unknown][]): string {
  const doc = parseDocument(source);
  for (const [path, value] of values) {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  }
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

const minimal = readFileSync(join(ROOT, 'test/fixtures/cases/minimal.yaml'), 'utf8');

describe('redress schema: the same verdict as redress', () => {
  const fixtures = [
    ...readdirSync(join(ROOT, 'test/fixtures/cases')).map((name) => join(ROOT, 'test/fixtures/cases', name)),
    ...readdirSync(join(ROOT, 'test/fixtures/letters'))
      .filter((name) => name.endsWith('.yaml') && !name.endsWith('.expect.yaml'))
      .map((name) => join(ROOT, 'test/fixtures/letters', name)),
  ].filter((path) => !/batch/.test(path));

  it('accepts every case in the test corpus', () => {
    expect(fixtures.length).toBeGreaterThan(40);
    for (const path of fixtures) expectSameVerdict(path, 'accepted');
    // One run of redress per case in the corpus, which grows.
  }, 180_000);

  it('accepts a file made by `redress init` with its optional fields left empty', () => {
    expectSameVerdict(file(edit(CASE_TEMPLATE, REQUIRED)), 'accepted');
  });

  it('refuses the `redress init` file before its required fields are filled in', () => {
    expectSameVerdict(file(CASE_TEMPLATE), 'refused');
  });

  it.each<[string, [(string | number)[], unknown][]]>([
    ['an amount with a currency symbol and thousands', [[['request', 'amount'], '$1,200.50']]],
    ['an amount with a decimal comma', [[['request', 'amount'], '1.200,50'], [['purchase', 'currency'], 'EUR']]],
    ['pounds in a GBP case', [[['request', 'amount'], '£2,400'], [['purchase', 'currency'], 'gbp']]],
    ['an amount as quoted text', [[['request', 'amount'], '79.98']]],
    ['a date with a one-digit month', [[['letter', 'date'], '2026-6-14']]],
    ['words in any case', [[['request', 'remedy'], 'Refund'], [['purchase', 'paidWith'], 'Credit Card']]],
    ['a way of paying named in a phrase', [[['purchase', 'paidWith'], 'Chase Sapphire credit card']]],
    ['a way of paying in brackets after the bank', [[['purchase', 'paidWith'], 'Monzo (debit card)']]],
    ['a way of paying with an accent, in a phrase', [[['purchase', 'paidWith'], 'Überweisung Sparkasse']]],
    ['a period as people write it', [[['purchase', 'period'], 'Monthly']]],
    ['text YAML reads as a boolean', [[['sender', 'phone'], true]]],
    ['an empty optional group', [[['letter', 'greeting'], null], [['card'], null], [['evidence'], null]]],
    ['optional fields quoted empty or only spaces', [[['story', 'impact'], '   '], [['recipient', 'contact'], ''], [['request', 'deadlineDays'], '']]],
  ])('accepts %s', (_, values) => {
    expectSameVerdict(file(edit(minimal, values)), 'accepted');
  });

  it.each<[string, [(string | number)[], unknown][]]>([
    ['a required field left empty', [[['sender', 'name'], null]]],
    ['a required group left empty', [[['story'], null]]],
    ['an amount in words', [[['request', 'amount'], 'five hundred']]],
    ['an amount of 0', [[['request', 'amount'], 0]]],
    ['an amount of 0 as text', [[['request', 'amount'], '£0.00'], [['purchase', 'currency'], 'GBP']]],
    ['a negative amount', [[['request', 'amount'], '-5']]],
    ['a date written day first', [[['letter', 'date'], '14/06/2026']]],
    ['a month that does not exist', [[['letter', 'date'], '2026-13-01']]],
    ['a day that does not exist', [[['letter', 'date'], '2026-04-31']]],
    ['a year out of range', [[['letter', 'date'], '0099-12-01']]],
    ['a remedy misspelt', [[['request', 'remedy'], 'refnd']]],
    ['a field redress does not know', [[['purchase', 'colour'], 'blue']]],
    ['an empty list', [[['evidence'], []]]],
    ['an empty item in a list', [[['evidence'], ['receipt', null]]]],
    ['text that is only spaces where it is required', [[['recipient', 'company'], '   ']]],
    ['a currency that is not a code', [[['purchase', 'currency'], 'euro']]],
    ['five digits for the card', [[['card', 'last4'], '12345']]],
    ['a stage misspelt', [[['letter', 'stage'], 'reminer']]],
    ['a period redress does not know', [[['purchase', 'period'], 'every leap year']]],
    ['a phrase offering two ways of paying', [[['purchase', 'paidWith'], 'cash or card']]],
    ['a phrase that says how it was not paid', [[['purchase', 'paidWith'], 'not by credit card']]],
  ])('refuses %s', (_, values) => {
    expectSameVerdict(file(edit(minimal, values)), 'refused');
  });
});

describe('redress schema --batch', () => {
  it('accepts the `redress init --batch` file once filled in, with its optional fields left empty', () => {
    const filled = edit(BATCH_TEMPLATE, [
      [['defaults', 'sender', 'name'], 'Alex Rivera'],
      ...[0, 1].flatMap((index): [(string | number)[], unknown][] => [
        [['cases', index, 'recipient', 'company'], `Company ${index}`],
        [['cases', index, 'purchase', 'item'], 'a flight'],
        [['cases', index, 'purchase', 'amount'], 120],
        [['cases', index, 'story', 'circumstances'], 'The flight was cancelled.'],
        [['cases', index, 'story', 'expectations'], 'A flight on 12 May.'],
        [['cases', index, 'story', 'outcome'], 'No flight and no refund.'],
        [['cases', index, 'request', 'remedy'], 'refund'],
      ]),
    ]);
    const path = file(filled);
    expect(schemaVerdict(path, validBatch)).toBe('accepted');
    const r = redress(['batch', path, '--out', tmp.path(`letters-${counter}`)], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
  });

  it('refuses a batch whose case has a date written day first, as redress does', () => {
    const source = readFileSync(join(ROOT, 'test/fixtures/cases/batch-unkind.yaml'), 'utf8');
    const path = file(edit(source, [[['cases', 0, 'letter', 'date'], '14/06/2026']]));
    expect(schemaVerdict(path, validBatch)).toBe('refused');
    expect(redress(['batch', path, '--out', tmp.path(`letters-${counter}`)], { env: ENV }).stderr).toContain('write it as 2026-06-14');
  });
});
