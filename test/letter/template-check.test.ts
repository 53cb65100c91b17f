// The template check: every mistake is reported once, at the file's own line:column (front
// matter counted), with a suggestion where one is likely; valid templates pass untouched.
import { afterAll, describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { TemplateProblem } from '../../src/letter/template-syntax.js';
import { findTemplate } from '../../src/letter/template-files.js';
import { compileTemplate } from '../../src/letter/templates.js';
import { UserError } from '../../src/errors.js';
import { cleanupTemplates, render, resolved, writeTemplates } from './support.js';

afterAll(() => cleanupTemplates());

/** The problem a set of template files has: which file (relative), line, column and what. */
function problem(files: Record<string, string>, main = 'letter.hbs'): { file: string; line: number; column: number; detail: string } {
  const dir = writeTemplates(files);
  try {
    compileTemplate(findTemplate(join(dir, main), [])).body(resolved(), false);
  } catch (error) {
    if (error instanceof TemplateProblem) return { file: relative(dir, error.file), line: error.line, column: error.column, detail: error.detail };
    throw error;
  }
  throw new Error('expected a template problem, but the template rendered');
}

const FRONT = '---\nname: mine\ndescription: My letter\nsubject: "About {{purchase.item}}"\n---\n';

describe('mistakes are located in the file', () => {
  it('a misspelt field, below front matter: did you mean', () => {
    expect(problem({ 'letter.hbs': `${FRONT}Dear {{recipient.company}},\n\nFrom {{sender.nmae}}\n` })).toEqual({
      file: 'letter.hbs',
      line: 8,
      column: 8,
      detail: expect.stringContaining('"sender.nmae" is not a field of "sender" (did you mean "sender.name"?)'),
    });
  });

  it('misspelt at the top level, or with capitals', () => {
    expect(problem({ 'letter.hbs': '{{sendr.name}}' }).detail).toContain('(did you mean "sender.name"?)');
    expect(problem({ 'letter.hbs': '{{Sender.Name}}' }).detail).toContain('(did you mean "sender.name"?)');
    expect(problem({ 'letter.hbs': '{{purchase.refrence}}' }).detail).toContain('(did you mean "purchase.reference"?)');
  });

  it('a field that is not there and has no near miss lists the fields', () => {
    expect(problem({ 'letter.hbs': '{{card.pin}}' }).detail).toBe('"card.pin" is not a field of "card"; the fields there are issuer, address, last4, statementDate, bank');
  });

  it('inside #each: the item\'s fields', () => {
    expect(problem({ 'letter.hbs': 'x\n{{#each contacts}}{{dat}}{{/each}}' })).toMatchObject({ line: 2, column: 21, detail: '"dat" is not a field of each item of "contacts" (did you mean "date"?)' });
    expect(problem({ 'letter.hbs': '{{#each contacts as |c|}}{{c.whoo}}{{/each}}' }).detail).toContain('(did you mean "c.who"?)');
    expect(problem({ 'letter.hbs': '{{#each contacts}}{{sender.name}}{{/each}}' }).detail).toContain('write "@root.sender.name"');
    expect(problem({ 'letter.hbs': '{{#each (zip story.expectations story.outcome)}}{{promise}}{{/each}}' }).detail).toContain('(did you mean "promised"?)');
    expect(problem({ 'letter.hbs': '{{#each evidence}}{{this.name}}{{/each}}' }).detail).toContain('is a single value and has no "name"');
  });

  it('inside #with, and @root', () => {
    expect(problem({ 'letter.hbs': '{{#with sender}}{{nmae}}{{/with}}' }).detail).toContain('(did you mean "name"?)');
    expect(problem({ 'letter.hbs': '{{@root.sender.nmae}}' }).detail).toContain('(did you mean "@root.sender.name"?)');
  });

  it('in the subject, at its place in the front matter', () => {
    expect(problem({ 'letter.hbs': '---\nname: x\nsubject: "Hi {{sender.nmae}}"\n---\nbody\n' })).toMatchObject({ line: 3, column: 16 });
    expect(problem({ 'letter.hbs': "---\nsubject: 'Hi {{#if x}}'\n---\nbody\n" }).detail).toContain('{{#if}} is never closed');
  });

  it('in a partial, in the partial\'s own file, with the context it is given', () => {
    const files = { 'letter.hbs': 'Hello\n{{#each contacts}}{{> item}}{{/each}}', '_item.hbs': '---\nnote: a partial\n---\n{{who}}\n{{resutl}}\n' };
    expect(problem(files)).toEqual({ file: '_item.hbs', line: 5, column: 3, detail: '"resutl" is not a field of each item of "contacts" (did you mean "result"?)' });
    expect(problem({ 'letter.hbs': '{{> item}}', '_item.hbs': '{{who}}' }).detail).toContain('"who" is not a field of the case');
  });

  it('an unknown helper, or one misspelt', () => {
    expect(problem({ 'letter.hbs': `${FRONT}{{shout sender.name}}` })).toMatchObject({ line: 6, column: 3, detail: expect.stringContaining('"shout" is not a helper redress knows') });
    expect(problem({ 'letter.hbs': '{{mony purchase.amount}}' }).detail).toContain('(did you mean "money"?)');
    expect(problem({ 'letter.hbs': '{{#if (eqq request.remedy "refund")}}x{{/if}}' })).toMatchObject({ column: 8, detail: expect.stringContaining('did you mean "eq"') });
    expect(problem({ 'letter.hbs': '{{log sender.name}}' }).detail).toContain('"log" is not a helper redress knows');
  });

  it('helpers with the wrong number of values, and helpers used where a field was meant', () => {
    expect(problem({ 'letter.hbs': '{{money}}' }).detail).toBe('the helper "money" takes 1 to 2 values, not 0, e.g. {{money request.amount}}');
    expect(problem({ 'letter.hbs': '{{#each contacts}}{{date}}{{/each}}' }).detail).toContain('use {{this.date}}, or {{date date}} to format it');
    expect(problem({ 'letter.hbs': '{{eq request.remedy}}' }).detail).toContain('takes 2 values, not 1');
    expect(problem({ 'letter.hbs': '{{#if}}x{{/if}}' }).detail).toContain('takes 1 value, not 0');
    expect(problem({ 'letter.hbs': '{{list evidence sep=", "}}' }).detail).toBe('the helper "list" does not take sep=…; remove it');
    expect(problem({ 'letter.hbs': '{{if contacts}}' }).detail).toContain('works only as a block');
    expect(problem({ 'letter.hbs': '{{#eq 1 1}}x{{/eq}}' }).detail).toContain('is not a block helper');
  });

  it('a missing partial: did you mean', () => {
    expect(problem({ 'letter.hbs': 'x\n  {{> signatur}}' })).toMatchObject({ line: 2, column: 3, detail: expect.stringContaining('the partial "signatur" does not exist (did you mean "signature"?)') });
    expect(problem({ 'letter.hbs': '{{> ../secret}}' }).detail).toContain('can only use letters, digits, - and _');
  });

  it('syntax errors, at the line and column where they are', () => {
    expect(problem({ 'letter.hbs': `${FRONT}Dear {{recipient.company}},\n\n{{#if contacts}}\nabc\n` })).toMatchObject({ line: 8, column: 1, detail: 'the block {{#if}} is never closed; add {{/if}} where it should end' });
    expect(problem({ 'letter.hbs': `${FRONT}a\n{{#if contacts}}{{/each}}` })).toMatchObject({ line: 7, column: 4, detail: expect.stringContaining('{{#if}} is closed by {{/each}}') });
    expect(problem({ 'letter.hbs': 'line one\nDear {{sender.name\nbye' })).toMatchObject({ line: 2, detail: expect.stringContaining('syntax error') });
    expect(problem({ 'letter.hbs': 'a {{}}' })).toMatchObject({ line: 1, detail: expect.stringContaining('empty or incomplete') });
    // A template with no letter in it would give a subject and nothing else.
    for (const empty of ['', '\n  \n', `${FRONT}\n`]) {
      expect(problem({ 'letter.hbs': empty })).toMatchObject({ file: 'letter.hbs', column: 1, detail: expect.stringMatching(/^has no letter in it: .*redress templates eject first$/) });
    }
    expect(problem({ 'letter.hbs': '{{/if}}' }).detail).toContain('closes a block that was never opened');
    expect(problem({ 'letter.hbs': 'a\n{{!-- never closed' })).toMatchObject({ line: 2, detail: expect.stringContaining('syntax error') });
  });

  it('values that would print as [object Object] or a,b', () => {
    expect(problem({ 'letter.hbs': '{{sender}}' }).detail).toContain('is a group of fields');
    expect(problem({ 'letter.hbs': '{{evidence}}' }).detail).toContain('write it with {{list evidence}}');
    expect(problem({ 'letter.hbs': '{{last contacts}}' }).detail).toContain('is a group of fields');
    expect(problem({ 'letter.hbs': '{{#each sender.name}}x{{/each}}' }).detail).toContain('is a single value, not a list');
  });

  it('@data names, ../ above the case, literals and front matter', () => {
    expect(problem({ 'letter.hbs': '{{@foo}}' }).detail).toContain('use @index, @key, @first, @last or @root');
    expect(problem({ 'letter.hbs': '{{../sender.name}}' }).detail).toContain('reaches above the case');
    expect(problem({ 'letter.hbs': '{{#each contacts}}{{../../sender.name}}{{/each}}' }).detail).toContain('reaches above the case');
    expect(problem({ 'letter.hbs': '{{"hello"}}' }).detail).toContain('write text outside {{ }}');
    expect(problem({ 'letter.hbs': '---\nname: x\nsubjet: "A"\n---\nbody' })).toMatchObject({ line: 3, column: 1, detail: '"subjet" is not a front matter field (did you mean "subject"?)' });
    expect(problem({ 'letter.hbs': '---\nstages: [first, remider]\n---\nbody' })).toMatchObject({ line: 2, column: 17, detail: expect.stringContaining('(did you mean "reminder"?)') });
    expect(problem({ 'letter.hbs': '---\nname: [\n---\nbody' })).toMatchObject({ line: 2, detail: expect.stringContaining('front matter') });
    expect(problem({ 'letter.hbs': '---\nformat: pdf\n---\nbody' }).detail).toContain('format: expected one of text, markdown, html, eml, json');
  });
});

describe('valid templates pass and render as Handlebars does', () => {
  const cases: [string, string, Record<string, string>?][] = [
    ['{{#each evidence}}{{this}};{{/each}}', 'the receipt;photos;e-mails;'],
    ['{{#each evidence}}{{.}}|{{@index}}|{{@first}}|{{@last}};{{/each}}', 'the receipt|0|true|false;photos|1|false|false;e-mails|2|false|true;'],
    ['{{#each evidence}}{{../sender.name}}/{{@root.recipient.company}};{{/each}}', 'Alex Rivera/Brightline Carpet Care;Alex Rivera/Brightline Carpet Care;Alex Rivera/Brightline Carpet Care;'],
    ['{{#each evidence}}{{#if @first}}{{../sender.name}}{{/if}}{{/each}}', 'Alex Rivera'],
    ['{{#each sender}}{{@key}}={{this}};{{/each}}', 'name=Alex Rivera;email=alex@example.com;'],
    ['{{#each evidence as |item i|}}{{i}}:{{item}} {{/each}}', '0:the receipt 1:photos 2:e-mails '],
    ['{{#each (zip story.expectations story.outcome) as |pair|}}{{pair.promised}}>{{pair.happened}} {{/each}}', 'on time>late three rooms>two rooms '],
    ['{{lookup evidence 1}} {{lookup sender "name"}} {{lookup (lookup story "outcome") 0}}', 'photos Alex Rivera late'],
    ['{{#each story.expectations}}{{this}}={{lookup ../story.outcome @index}};{{/each}}', 'on time=late;three rooms=two rooms;'],
    ['{{#with sender}}{{name}} for {{../recipient.company}}{{/with}}', 'Alex Rivera for Brightline Carpet Care'],
    ['{{#with sender as |s|}}{{s.email}}{{/with}}', 'alex@example.com'],
    ['{{#with card}}{{issuer}}{{else}}no card{{/with}}', ''],
    ['{{#with (lookup story "expectations")}}{{list this}}{{/with}}', 'on time and three rooms'],
    ['{{#if purchase.amount includeZero=true}}paid{{/if}}', 'paid'],
    ['{{#if (eq "a" "a")}}same{{/if}} {{plural 2 "day"}} {{money 1.5}} {{#if true}}yes{{/if}} {{list evidence "or"}}', 'same days $1.50 yes the receipt, photos or e-mails'],
    ['{{#if contacts}}a{{else if evidence}}b{{else}}c{{/if}}', 'b'],
    ['{{#unless contacts}}none{{/unless}}', 'none'],
    ['{{story.expectations.length}} {{evidence.[0]}} {{evidence.[2]}} {{this.sender.name}} {{./purchase.item}}', '2 the receipt e-mails Alex Rivera a deep clean'],
    ['{{custom.anything.deep}}[{{#each custom.list}}{{this.x}}{{/each}}]', '[]'],
    ['{{#evidence}}<{{this}}>{{/evidence}}', '<the receipt><photos><e-mails>'],
    ['{{#sender}}{{name}}{{/sender}}', 'Alex Rivera'],
    ['a  {{~sender.name~}}  b', 'aAlex Riverab'],
    ['{{! a note }}{{!-- {{sender.nmae}} is not read --}}ok', 'ok'],
    ['{{{sender.name}}} {{&sender.name}}', 'Alex Rivera Alex Rivera'],
    ['{{#each letter.previous}}{{date this}}{{#unless @last}}, {{/unless}}{{/each}}', 'October 1, 2026, October 20, 2026'],
    ['{{> greet greeting="Hello"}}', 'Hello, Alex Rivera', { greet: '{{greeting}}, {{sender.name}}' }],
    ['{{> who sender}}', 'Alex Rivera <alex@example.com>', { who: '{{name}} <{{email}}>' }],
    ['{{#each story.outcome}}{{> item}}{{/each}}', '[late][two rooms]', { item: '[{{this}}]' }],
    ['{{> "greet"}}', 'Hi Alex Rivera', { greet: 'Hi {{sender.name}}' }],
    ['{{> a}}', 'A(B(Alex Rivera))', { a: 'A({{> b}})', b: 'B({{sender.name}})' }],
    ['{{#with sender}}{{> line}}{{/with}}', 'Alex Rivera', { line: '{{name}}' }],
    ['{{> signature}}', 'Sincerely,\n\nAlex Rivera\nalex@example.com\n'],
  ];
  for (const [template, expected, partials] of cases) {
    it(template, () => {
      expect(render(template, { partials })).toBe(expected);
    });
  }

  it('a partial in the template\'s folder replaces the built-in one', () => {
    expect(render('{{> signature}}', { partials: { signature: 'Cheers, {{sender.name}}' } })).toBe('Cheers, Alex Rivera');
  });

  it('escapes values and the template\'s own text for HTML, even in {{{ }}}', () => {
    expect(render('<b>{{{purchase.item}}}</b> & {{recipient.company}}', { html: true, change: (c) => (c.purchase.item = '<i>x</i>') })).toBe(
      '&lt;b&gt;&lt;i&gt;x&lt;/i&gt;&lt;/b&gt; &amp; Brightline Carpet Care',
    );
  });
});

describe('limits', () => {
  it('refuses templates that would repeat without end', () => {
    const nested = '{{#each evidence}}{{#each ../evidence}}{{#each ../../evidence}}{{#each ../../../evidence}}x{{/each}}{{/each}}{{/each}}{{/each}}';
    expect(problem({ 'letter.hbs': nested }).detail).toContain('would repeat too many times');
    const fan = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`_p${i}.hbs`, i === 11 ? 'x'.repeat(1000) : `{{> p${i + 1}}}{{> p${i + 1}}}{{> p${i + 1}}}`]));
    expect(problem({ 'letter.hbs': '{{> p0}}', ...fan }).detail).toContain('would repeat too many times');
  });

  it('stops a template that writes far more than a letter, from a long list of the user\'s own', () => {
    const dir = writeTemplates({ 'letter.hbs': '{{#each custom.big}}{{#each ../custom.big}}{{#each ../../custom.big}}x{{/each}}{{/each}}{{/each}}' });
    const compiled = compileTemplate(findTemplate(join(dir, 'letter.hbs'), []));
    const context = { ...resolved(), custom: { big: Array.from({ length: 200 }, (_, i) => i) } };
    expect(() => compiled.body(context, false)).toThrow(UserError);
    expect(() => compiled.body(context, false)).toThrow(/writes far more than a letter needs/);
  });

  it('refuses blocks nested too deeply before Handlebars reads them (its parser slows steeply with depth)', () => {
    const deep = (n: number) => '{{#if sender.name}}'.repeat(n) + 'x' + '{{/if}}'.repeat(n);
    expect(render(deep(100))).toBe('x');
    expect(problem({ 'letter.hbs': `${FRONT}${deep(5000)}` })).toMatchObject({ line: 6, column: 1901, detail: expect.stringContaining('more than 100 deep') });
    expect(problem({ 'letter.hbs': `{{#if contacts}}a${'{{else if evidence}}b'.repeat(150)}{{/if}}` }).detail).toContain('more than 100 deep');
    expect(problem({ 'letter.hbs': `{{list ${'(list '.repeat(150)}evidence${')'.repeat(150)}}}` }).detail).toContain('more than 100 deep');
    // Many blocks one after another are fine, and so are brackets in plain text.
    expect(render(`${'{{#if sender.name}}(x){{/if}}'.repeat(300)}`)).toBe('(x)'.repeat(300));
  });
});
