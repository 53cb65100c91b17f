// A batch checks its cases with the case schema compiled (src/case/compiled.ts). It must
// accept and refuse exactly what the schema itself does, give the same Case for every case
// it accepts, and the same problems for every case it refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledCaseSchema } from '../../src/case/compiled.js';
import { parseYaml } from '../../src/case/yaml.js';
import { validateCase } from '../../src/case/validate.js';
import { caseLines } from '../bench/generate.js';
import { random } from './yaml-fuzz.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function fixtureCases(): { name: string; data: unknown }[] {
  const found: { name: string; data: unknown }[] = [];
  for (const dir of ['cases', 'letters']) {
    for (const file of readdirSync(join(FIXTURES, dir))) {
      if (!file.endsWith('.yaml') || file.endsWith('.expect.yaml')) continue;
      const data = parseYaml(readFileSync(join(FIXTURES, dir, file), 'utf8')).data;
      if (data && typeof data === 'object' && !('cases' in data) && !('defaults' in data)) found.push({ name: `${dir}/${file}`, data });
    }
  }
  for (let i = 1; i <= 12; i++) found.push({ name: `generated ${i}`, data: parseYaml(caseLines(i).join('\n')).data });
  return found;
}

/** Every path to a value in `data`. */
function leafPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== 'object') return [path];
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
  return [path, ...entries.flatMap(([key, value]) => leafPaths(value, [...path, key]))];
}

function withValue(data: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (value === undefined && rest.length === 0) delete copy[head];
  else copy[head] = withValue(copy[head], rest, value);
  return copy;
}

const ODD_VALUES: unknown[] = [undefined, '', '  ', 'x', '  spaced  ', '2026-02-30', '14/06/2026', '2026', 0, -5, 12.345, 1e12, 'abc', '£2,400', '79,98', true, null, [], ['a'], {}, { a: 1 }, 'GBP', 'gbp', 'XYZ', 'refund', 'a@b', 'x'.repeat(5000)];

function agree(data: unknown): void {
  const plain = validateCase(data);
  const compiled = validateCase(data, undefined, compiledCaseSchema());
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(plain));
}

describe('the compiled case schema', () => {
  const cases = fixtureCases();

  it('gives the same Case as the schema for every case of the corpus', () => {
    expect(cases.length).toBeGreaterThan(40);
    let accepted = 0;
    for (const { data } of cases) {
      agree(data);
      if (validateCase(data).ok) accepted++;
    }
    expect(accepted).toBeGreaterThan(40);
  });

  it('accepts and refuses what the schema does, with the same problems, whatever value a field has', () => {
    const next = random(19);
    let refused = 0;
    for (const { data } of cases) {
      for (const path of leafPaths(data)) {
        for (let k = 0; k < 2; k++) {
          const changed = withValue(data, path, ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]);
          agree(changed);
          if (!validateCase(changed).ok) refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(300);
  });
});
