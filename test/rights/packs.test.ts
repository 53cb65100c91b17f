// Every fact in a built-in pack carries the public page it was checked against and the
// date of that check; a pack entry without them fails here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';
import { isRealDate, packSchemas } from '../../src/rights/schema.js';

const { packSchema, rightSchema } = packSchemas();
import { countryInfo } from '../../src/case/countries.js';

const dir = join(ROOT, 'src', 'rights', 'packs');
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
const today = new Date().toISOString().slice(0, 10);

type Raw = Record<string, unknown>;
const packs = files.map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Raw }));
const entries = packs.flatMap(({ file, data }) =>
  (['rights', 'nextSteps', 'cardRoutes'] as const).flatMap((list) => ((data[list] as Raw[] | undefined) ?? []).map((entry) => ({ file, list, entry }))),
);

describe('built-in rights packs', () => {
  it('cover GB, IE, US, CA, AU, NZ, FR, DE and ES, one file per country, each valid', () => {
    expect(files.sort()).toEqual(['AU.json', 'CA.json', 'DE.json', 'ES.json', 'FR.json', 'GB.json', 'IE.json', 'NZ.json', 'US.json']);
    for (const { file, data } of packs) {
      const parsed = packSchema.safeParse(data);
      expect(parsed.success, `${file}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      expect(`${data.country}.json`).toBe(file);
    }
  });

  it.each(entries.map(({ file, list, entry }) => [`${file} ${list} ${String(entry.id)}`, entry] as const))('%s has an https source and a real checked date, not in the future', (_, entry) => {
    expect(entry.source, 'source').toEqual(expect.stringMatching(/^https:\/\/[^\s/]+\.[^\s]+$/));
    expect(typeof entry.checked, 'checked').toBe('string');
    expect(isRealDate(entry.checked as string), `checked ${String(entry.checked)}`).toBe(true);
    expect((entry.checked as string) <= today, `checked ${String(entry.checked)} is after today`).toBe(true);
  });

  it('never cites the closed EU online dispute resolution platform', () => {
    for (const { file } of packs) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/ec\.europa\.eu\/consumers\/odr|online dispute resolution platform/i);
  });

  it('has unique ids, regions of the pack country, and next steps that follow "I will"', () => {
    const ids = entries.map(({ entry }) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, list, entry } of entries) {
      const country = file.slice(0, 2);
      for (const region of (entry.regions as string[] | undefined) ?? []) {
        expect(countryInfo(country)?.regions?.some((r) => r.code === region), `${String(entry.id)}: ${region}`).toBe(true);
      }
      if (list === 'nextSteps') expect(entry.text as string).toMatch(/^[a-z].*[^.]$/);
      // The writer's understanding, in the pack's language ("I understand…", "Nach meinem Verständnis…").
      if (list === 'rights' && ['GB', 'IE', 'US', 'CA', 'AU', 'NZ'].includes(country)) expect(entry.text as string).toMatch(/^I understand that under /);
    }
  });

  it('phrases rights as the writer’s understanding, never as a finding against the business', () => {
    for (const { entry } of entries) expect(entry.text as string).not.toMatch(/\byou (are|were|have been) (liable|in breach)\b|\byou broke\b/i);
  });

  it('rejects an entry with no source or no checked date', () => {
    const entry = { id: 'x-test', text: 'I understand that under the Test Act a thing is so.', law: 'Test Act', checked: '2026-12-02' };
    expect(rightSchema.safeParse(entry).success).toBe(false);
    expect(rightSchema.safeParse({ ...entry, source: 'https://example.org/page', checked: undefined }).success).toBe(false);
    expect(rightSchema.safeParse({ ...entry, source: 'http://example.org/page' }).success).toBe(false);
    expect(rightSchema.safeParse({ ...entry, source: 'https://example.org/page', checked: '2026-02-30' }).success).toBe(false);
    expect(rightSchema.safeParse({ ...entry, source: 'https://example.org/page' }).success).toBe(true);
  });
});
