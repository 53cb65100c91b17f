// The fields templates may use come from the case schema and a short list of derived fields:
// every field a letter's context really has must be among them, and every case field too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/load.js';
import { produceLetter } from '../../src/letter/produce.js';
import { modelOfSchema, templateModel, type Model } from '../../src/letter/template-fields.js';
import { caseSchema } from '../../src/case/schema.js';
import { ROOT } from '../support/cli.js';

/** Every path of a value, lists entered through their items: "purchase.amount", "contacts[].who". */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => pathsOf(item, `${prefix}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...pathsOf(item, path)];
    });
  }
  return [];
}

function known(model: Model, path: string): boolean {
  let at: Model = model;
  for (const part of path.split('.')) {
    for (const piece of part.split(/(?=\[\])/)) {
      if (at === 'any') return true;
      if (piece === '[]') {
        if (typeof at !== 'object' || !('list' in at)) return false;
        at = at.list;
      } else {
        if (typeof at !== 'object' || !('fields' in at) || !(piece in at.fields)) return false;
        at = at.fields[piece]!;
      }
    }
  }
  return true;
}

describe('the fields templates may use', () => {
  const model = templateModel();

  it('hold every field of every letter context the corpus makes, at every stage', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'letters');
    const unknown = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /^\d\d-.*(?<!\.expect)\.yaml$/.test(f))) {
      const value = parseCase(readFileSync(join(dir, file), 'utf8'), file);
      for (const stage of ['first', 'reminder', 'final', 'card-dispute'] as const) {
        const produced = produceLetter(value, { format: 'text', settings: { stage } });
        if (!produced.ok) continue;
        for (const path of pathsOf(produced.letter.case)) if (!path.startsWith('custom') && !known(model, path)) unknown.add(path);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it('hold every field of the case file, read from its schema', () => {
    const fromSchema = modelOfSchema(caseSchema);
    const paths = (m: Model, prefix = ''): string[] =>
      typeof m === 'object' && 'fields' in m
        ? Object.entries(m.fields).flatMap(([key, item]) => [prefix + key, ...paths(item, `${prefix}${key}.`)])
        : typeof m === 'object' && 'list' in m
          ? paths(m.list, prefix.replace(/\.$/, '[].'))
          : [];
    const all = paths(fromSchema);
    expect(all).toEqual(expect.arrayContaining(['sender.country', 'purchase.paidWith', 'request.costs[].amount', 'story.expectations', 'letter.signOff']));
    for (const path of all) expect(known(model, path), path).toBe(true);
  });

  it('know what is not a field', () => {
    expect(known(model, 'purchase.price')).toBe(true);
    expect(known(model, 'purchase.prise')).toBe(false);
    expect(known(model, 'phrases.greeting')).toBe(true);
    expect(known(model, 'sender.password')).toBe(false);
  });
});
