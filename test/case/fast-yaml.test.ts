// The batch's fast YAML reader must give exactly what the exact reader (src/case/yaml.ts)
// gives, or step aside: a different reading would write a different letter than
// `redress draft --from` for the same case.
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/case/fast-yaml.js';
import { caseLines, mappingBatch } from '../bench/generate.js';
import { BASE, disagreement, exact, fuzz } from './yaml-fuzz.js';

const IN_SUBSET = [
  ...BASE.filter((text) => fastParse(text) !== undefined),
  caseLines(7).join('\n'),
  caseLines(8, { indent: '    ' }).join('\n'),
  'a: x\r\nb:\r\n  - y\r\n  - z\r\n',
  'story:\n  outcome:\n  - listed at the key\'s own indentation\n  - second\n  impact: after the list\n',
  'text:\n  on the next line\n  and continued\nnext: 1\n',
  'quoted: "a \\"b\\" \\\\ \\t \\u00e9 \\x41 \\U0001F600"\nsingle: \'it\'\'s\'\n',
  'folded: >-\n  one\n  two\n\n  three\nliteral: |\n  keep\n    this\n\nafter: x\n',
  'flow: [a, "b c", \'d\', ~, 2026-10-01]\nmap: {a: x, b: ~}\nempty: []\nnone: {}\n',
  '--- # a document marker\na: 1\n...\n',
  'nbsp: a\u00a0\nkey: value # comment\n',
];

const NOT_IN_SUBSET = [
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: !custom x\n',
  '? complex\n: key\n',
  '[a]: b\n',
  'a: "multi\n  line"\n',
  "a: 'multi\n  line'\n",
  'a: [1,\n  2]\n',
  '- - nested\n',
  'a: |+\n  keep\n\n',
  'a: |2\n   indented\n',
  'a:\tx\n',
  '%YAML 1.2\n---\na: 1\n',
  '__proto__: x\n',
  'constructor: x\n',
  'null: x\n',
  '~: x\n',
  'a: 1\na: 2\n',
  'a: [[x]]\n',
  'a: x\u2028y\n',
  'a: x\ry\n',
  '"quoted key": x\n',
  'a b: x\n',
  'a: b: c\n',
  'list:\n-\n- x\n',
  'a: x\n  # a comment inside\n  y\n',
  'a: x\n\n  y\n',
  '---\n---\na: 1\n',
  'a: 1\n...\nb: 2\n',
  'a: "\\q"\n',
  'a: "\\ud83d"\n',
  'scalar only\n',
  '',
];

describe('fast YAML reader', () => {
  it('reads its subset exactly as the exact reader does', () => {
    for (const text of IN_SUBSET) {
      expect(fastParse(text), JSON.stringify(text)).toBeDefined();
      expect(disagreement(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('keeps every value as the text written, and drops what is not given', () => {
    const text = 'reference: 004471\nphone: +4412345678\nflag: true\namount: 1e3\nhex: 0x1F\nnone: ~\nnothing:\nalso: null\nlist: [~, x]\nquoted: "null"\n';
    const data = { reference: '004471', phone: '+4412345678', flag: 'true', amount: '1e3', hex: '0x1F', list: [null, 'x'], quoted: 'null' };
    expect(fastParse(text)?.data).toEqual(data);
    expect(exact(text)).toEqual({ ok: true, data });
  });

  it('leaves everything else to the exact reader', () => {
    for (const text of NOT_IN_SUBSET) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads every case of a generated batch', () => {
    const text = mappingBatch(40);
    const whole = exact(text);
    expect(whole.ok).toBe(true);
    const cases = (whole as { data: { cases: unknown[] } }).data.cases;
    for (let i = 1; i <= 40; i++) {
      const lines = caseLines(i, { indent: '    ', withLocale: i % 3 !== 0 });
      lines[0] = `    ${lines[0]!.trimStart()}`;
      expect(fastParse(`${lines.join('\n')}\n`)?.data).toEqual(cases[i - 1]);
    }
  });

  for (const seed of [1, 2, 3]) {
    it(`agrees with the exact reader on 4,000 variations of valid and broken YAML (seed ${seed})`, () => {
      expect(fuzz(seed, 4000, 3)).toEqual([]);
    });
  }
});
