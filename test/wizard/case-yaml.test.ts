import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCase } from '../../src/case/load.js';
import { addToCaseYaml, caseYaml } from '../../src/wizard/case-yaml.js';

/**
 * Read as a YAML 1.1 reader does, where `yes`, `null`-like words, `0093321` and dates have
 * other meanings than in YAML 1.2 (which the writer uses): text must stay text in either.
 */
const readAsYaml11 = (text: string): unknown => parse(text, { version: '1.1' });

const data = {
  request: { remedy: 'refund', amount: 79.98 },
  sender: { name: 'Sam Lee', customerId: '0093321', phone: '+4412345678' },
  recipient: { company: 'Tom & Jerry\'s "Best" <Co>: #1' },
  purchase: { item: 'yes', reference: '004471', date: '2026-11-02', amount: 240, currency: 'EUR' },
  story: {
    circumstances: 'null',
    expectations: ['NULL', 'true', '- a dash', '1e3', 'line one\nline two'],
    outcome: ['{not: a map}', '[not, a list]', 'tab\there', 'émoji 😀 and \\ backslash'],
  },
  letter: { previous: ['2026-10-01'], nextSteps: ['dispute the charge with my card issuer'] },
};

describe('answers saved as a case file', () => {
  it('quotes every text, so any YAML reader keeps it as text, and keeps amounts as numbers', () => {
    const yaml = caseYaml(data);
    expect(yaml).toContain('reference: "004471"');
    expect(yaml).toContain('customerId: "0093321"');
    expect(yaml).toContain('item: "yes"');
    expect(yaml).toMatch(/^ {2}amount: 240$/m);
    expect(readAsYaml11(yaml)).toEqual(data);
  });

  it('is read back by redress into the same case', () => {
    const value = parseCase(caseYaml(data), 'answers.yaml');
    expect(value.purchase.reference).toBe('004471');
    expect(value.sender.customerId).toBe('0093321');
    expect(value.purchase.amount).toBe(240);
    expect(value.request.amount).toBe(79.98);
    expect(value.story.expectations).toEqual(data.story.expectations);
    expect(value.story.outcome).toEqual(data.story.outcome);
    expect(value.recipient.company).toBe(data.recipient.company);
  });

  it('lists the fields in the order of the case file, with a comment on top', () => {
    const yaml = caseYaml(data, 'Written by redress.\nRun it again.');
    expect(yaml.startsWith('# Written by redress.\n# Run it again.\n')).toBe(true);
    const order = [...yaml.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(order).toEqual(['sender', 'recipient', 'purchase', 'story', 'request', 'letter']);
    expect(yaml.indexOf('name:')).toBeLessThan(yaml.indexOf('phone:'));
    expect(yaml.indexOf('phone:')).toBeLessThan(yaml.indexOf('customerId:'));
  });

  it('turns number-like amounts from a case file into numbers', () => {
    const yaml = caseYaml({ purchase: { item: 'x', amount: '240' }, request: { remedy: 'refund', deadlineDays: '10' } });
    expect(yaml).toMatch(/amount: 240\n/);
    expect(yaml).toMatch(/deadlineDays: 10\n/);
  });
});

describe('adding answers to an existing case file', () => {
  it('keeps its comments and layout, and fills empty groups', () => {
    const source = '# my gym case\nsender:\nrecipient:\n  company: Peak Fitness # the gym\nstory:\n  circumstances: I cancelled.\n';
    const out = addToCaseYaml(source, { 'sender.name': 'Sam Lee', 'story.expectations': ['no more charges'], 'purchase.item': '004471' });
    expect(out).toContain('# my gym case');
    expect(out).toContain('company: Peak Fitness # the gym');
    expect(readAsYaml11(out)).toEqual({
      sender: { name: 'Sam Lee' },
      recipient: { company: 'Peak Fitness' },
      story: { circumstances: 'I cancelled.', expectations: ['no more charges'] },
      purchase: { item: '004471' },
    });
    expect(out).toContain('"004471"');
  });
});

describe('the command to run the case again', () => {
  it('quotes a file name for the shell only when it needs it', async () => {
    const { shellWord } = await import('../../src/wizard/menu.js');
    expect(shellWord('my-case.yaml')).toBe('my-case.yaml');
    expect(shellWord('cases/gym 2026.yaml')).toBe("'cases/gym 2026.yaml'");
    expect(shellWord("it's $HOME`x`.yaml")).toBe("'it'\\''s $HOME`x`.yaml'");
  });
});
