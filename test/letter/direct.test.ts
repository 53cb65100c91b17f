// The built-in templates are written as plain functions when the package is built
// (src/letter/direct.ts). Those functions must write exactly what Handlebars writes from
// the same templates, for every template, stage, remedy and shape of case.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolveCase } from '../../src/case/resolve.js';
import type { Case } from '../../src/case/schema.js';
import { UserError } from '../../src/errors.js';
import type { DirectCode } from '../../src/letter/builtin-specs.js';
import type { DirectFactory } from '../../src/letter/direct.js';
import { letterContext } from '../../src/letter/render.js';
import { checkTemplateSource } from '../../src/letter/template-check.js';
import { findTemplate, listTemplates, readEntry, type TemplateSource } from '../../src/letter/template-files.js';
import { compileTemplate, directFactories, directTemplate } from '../../src/letter/templates.js';
import { tempDir } from '../support/cli.js';
import { REMEDIES, STAGES, VARIATIONS, variant } from './cases.js';

/** The factories as the build writes them into the package: source text made code. */
function asCode(sources: NonNullable<ReturnType<typeof directFactories>>): DirectCode {
  const code = (source: string) => new Function(`return (${source});`)() as DirectFactory;
  return {
    body: code(sources.body),
    subject: code(sources.subject),
    partials: Object.fromEntries(Object.entries(sources.partials).map(([name, source]) => [name, code(source)])),
  };
}

const builtIns = listTemplates([])
  .filter((entry) => entry.builtIn)
  .map((entry) => readEntry(entry));

function resolved(value: Case) {
  const result = resolveCase(value);
  if (!result.ok) throw new Error(`test case does not resolve: ${JSON.stringify(result.problems)}`);
  return letterContext(result.value);
}

/** Cases of every shape, with some values that templates must pass through untouched. */
function cases(): { name: string; context: object }[] {
  const all: { name: string; context: object }[] = [];
  for (const stage of STAGES) {
    for (const remedy of REMEDIES) {
      for (const name of ['full', 'minimal', ...Object.keys(VARIATIONS)] as const) {
        const c = variant(name, stage, remedy);
        // A card dispute needs a payment to reverse (see resolveCase).
        if (stage === 'card-dispute' && c.purchase.amount === undefined && c.purchase.price === undefined && c.request.amount === undefined) c.purchase.amount = 40;
        all.push({ name: `${stage}/${remedy}/${name}`, context: resolved(c) });
      }
      for (const locale of ['de-DE', 'fr-FR', 'ja-JP']) {
        const c = variant('full', stage, remedy);
        c.letter!.locale = locale;
        c.purchase.currency = 'EUR';
        all.push({ name: `${stage}/${remedy}/${locale}`, context: resolved(c) });
      }
      const odd = variant('full', stage, remedy);
      odd.recipient.company = 'Tom & Jerry\'s "Best" <Co> {{x}} *bold* \u202e';
      odd.story.expectations = ['', '  spaced  ', 'ends with a stop.', 'Ends with a question?'];
      odd.story.outcome = ['one', 'two', 'three', '4'];
      odd.evidence = ['a', 'b', 'c'];
      all.push({ name: `${stage}/${remedy}/odd values`, context: resolved(odd) });
    }
  }
  return all;
}

describe('built-in templates as plain functions', () => {
  it('every built-in template can be written as plain functions', () => {
    expect(builtIns.length).toBeGreaterThanOrEqual(4);
    for (const source of builtIns) expect(directFactories(source), source.name).toBeDefined();
  });

  const all = cases();
  for (const source of builtIns) {
    it(`${source.name} writes what Handlebars writes, for ${all.length} cases`, () => {
      const direct = directTemplate(source, asCode(directFactories(source)!));
      const handlebars = compileTemplate(source);
      let compared = 0;
      for (const { name, context } of all) {
        const expected = { subject: handlebars.subject(context), body: handlebars.body(context, false) };
        expect({ subject: direct.subject(context), body: direct.body(context) }, name).toEqual(expected);
        expect(expected.body.length, name).toBeGreaterThan(200);
        compared++;
      }
      expect(compared).toBe(all.length);
    });
  }
});

describe('what is left to Handlebars', () => {
  const source = (body: string): TemplateSource => ({ name: 'test', file: '/nowhere/test.hbs', builtIn: false, meta: { name: 'test', subject: 'Hello' }, body, bodyLine: 1 });
  const unsupported = {
    'a data value': '{{#each story.outcome}}{{@index}}{{/each}}',
    'a parent path': '{{#each story.outcome}}{{../sender.name}}{{/each}}',
    'with': '{{#with sender}}{{name}}{{/with}}',
    'a name plain values have': '{{story.circumstances.length}}',
    'a hash argument': '{{list story.outcome word="or"}}',
    'lookup': '{{lookup custom "a"}}',
    'with as a value': '{{with sender}}',
    'a partial with a context': '{{> signature sender}}',
  };
  for (const [what, body] of Object.entries(unsupported)) {
    it(`${what} is not written as a plain function`, () => {
      expect(directFactories(source(body), new Map())).toBeUndefined();
    });
  }

  it('plain functions keep the render budget', () => {
    const factories = directFactories(source('{{#each story.outcome}}- {{this}}\n{{/each}}'), new Map())!;
    const direct = directTemplate(source(''), asCode(factories));
    const context = resolved(variant('minimal', 'first', 'refund'));
    expect(direct.body(context)).toBe('- I was charged again on 1 October and 1 November.\n');
    const huge = { ...context, story: { ...(context as { story: object }).story, outcome: Array.from({ length: 300_000 }, () => 'x') } };
    expect(() => direct.body(huge)).toThrow(UserError);
    expect(() => direct.body(huge)).toThrow(/far more than a letter needs/);
  });
});

describe('templates of other shapes, written both ways', () => {
  // Constructs the built-in templates do not use today, checked so that a built-in that
  // starts to use them still writes what Handlebars writes.
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const both = (name: string, body: string, partials: Record<string, string>, context: object) => {
    writeFileSync(tmp.path(`${name}.hbs`), `---\nsubject: "Hello"\n---\n${body}`);
    for (const [partial, text] of Object.entries(partials)) writeFileSync(tmp.path(`_${partial}.hbs`), text);
    const source = findTemplate(tmp.path(`${name}.hbs`), []);
    const factories = directFactories(source, checkTemplateSource(source));
    expect(factories, name).toBeDefined();
    return { handlebars: compileTemplate(source).body(context, false), direct: directTemplate(source, asCode(factories!)).body(context) };
  };

  it('a partial on a line of its own keeps the indentation before it', () => {
    const { handlebars, direct } = both('indented', 'A\n  {{> two}}\nB\n', { two: 'P1\nP2' }, { x: 1 });
    expect(handlebars).toBe('A\n  P1\nP2B\n');
    expect(direct).toBe(handlebars);
  });

  it('a list with holes is not an empty list', () => {
    const { handlebars, direct } = both('holes', '{{#each story.outcome}}[{{this}}]{{else}}EMPTY{{/each}}', {}, { story: { outcome: [, ,] } });
    expect(handlebars).toBe('');
    expect(direct).toBe(handlebars);
  });

  it('a block inside a missing value sees an empty context, as in Handlebars', () => {
    const body = '{{#each story.outcome}}{{#unless this}}{{#if this}}A{{else}}B{{/if}}{{/unless}}{{/each}}';
    const { handlebars, direct } = both('nulls', body, {}, { story: { outcome: [null, 'x'] } });
    expect(handlebars).toBe('A');
    expect(direct).toBe(handlebars);
  });
});
