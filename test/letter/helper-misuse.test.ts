// A helper given a value it cannot write truly is an error of the template, naming the
// template file, the line and the helper: never an impossible date, an empty amount, "-£5.00"
// or "-1st" in a letter.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTemplates, render } from './support.js';
import { TemplateProblem } from '../../src/letter/template-syntax.js';

afterAll(() => cleanupTemplates());

function problemOf(body: string, partials?: Record<string, string>): TemplateProblem {
  try {
    render(body, partials ? { partials } : {});
  } catch (error) {
    if (error instanceof TemplateProblem) return error;
    throw error;
  }
  throw new Error('no problem reported');
}

describe('helpers given a literal they cannot write', () => {
  it.each([
    ['{{date "2026-02-30"}}', /the helper "date" was given "2026-02-30", which is not a real date/],
    ['{{money "abc"}}', /the helper "money" was given "abc", which is not an amount/],
    ['{{money -5}}', /the helper "money" was given "-5", a negative amount/],
    ['{{ordinal -1}}', /the helper "ordinal" was given "-1"; an ordinal counts from 1/],
    ['{{dates "2026-13-01"}}', /the helper "dates" was given "2026-13-01"/],
    ['{{#if (eq (money "x") "")}}y{{/if}}', /the helper "money" was given "x"/],
  ])('%s is a template error at its line', (call, message) => {
    const problem = problemOf(`Dear team,\n\n${call}\n`);
    expect(problem.message).toMatch(message);
    expect(problem.message).toMatch(/letter\.hbs:3:\d+ the helper/);
    expect(problem.message).toMatch(/Fix the template and run the command again\.$/);
  });

  it('names a partial at its own line', () => {
    const problem = problemOf('Dear team,\n{{> bits}}\n', { bits: 'one\ntwo {{money -1}}\n' });
    expect(problem.message).toMatch(/_bits\.hbs:2:5 the helper "money"/);
  });

  it('good literals still write', () => {
    expect(render('{{date "2026-02-28"}} {{money 5 "GBP"}} {{ordinal 2}}')).toBe('February 28, 2026 £5.00 2nd');
  });
});

describe('a value from the case a helper cannot write', () => {
  it('stops the letter, naming the template and the helper', () => {
    expect(() => render('{{money custom.x}}', { change: (c) => (c.custom = { x: 'abc' }) })).toThrow(/letter\.hbs: the template could not be filled in \(the helper "money" was given "abc", which is not an amount/);
  });
});
