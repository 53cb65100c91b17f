// Differential check of the batch's fast YAML reader against the exact reader: whenever
// the fast reader gives data, the exact reader must accept the text and give the same data.
import { fastParse } from '../../src/case/fast-yaml.js';
import { parseYaml, YamlProblem } from '../../src/case/yaml.js';

export function exact(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: parseYaml(text).data };
  } catch (error) {
    if (error instanceof YamlProblem) return { ok: false, message: error.problem.message };
    throw error;
  }
}

/** A disagreement, described; undefined when the readers agree. */
export function disagreement(text: string): string | undefined {
  const fast = fastParse(text);
  if (!fast) return undefined;
  const slow = exact(text);
  if (!slow.ok) return `fast reader accepted what the exact reader rejects (${slow.message})`;
  const a = JSON.stringify(fast.data);
  const b = JSON.stringify(slow.data);
  if (a !== b) return `fast ${a}\nexact ${b}`;
  return undefined;
}

/** Small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ', ' ', '  ', '\n', '\n', '\n  ', '\n    ', '\n- ', '\r\n', ':', ': ', '- ', '-', '#', ' #', "'", '"', "''", '\\', '\\n', '\\x41', '\\u00e9', '\\"',
  '|', '|-', '|+', '|2', '>', '>-', '>+', '[', ']', '{', '}', ',', ', ', '?', '? ', '&a ', '*a', '!', '!!str ', '%', '~', 'null', 'Null', 'NULL',
  'true', '0x1F', '1e3', '004471', '+44', '.inf', '-.5', '2026-11-02', '...', '---', '\n---\n', '\n...\n', '<<: ', 'a', 'key', 'é', '✓', '\u00a0', '\u2028',
  '\u0085', '\u001b', '\t', '\r', '\uFEFF', '__proto__', 'constructor', '=', '`', '@', 'x: y', 'k: [1, 2]', 'k: {a: b}', '"a\n b"', "'a\n\n b'",
];

export const BASE = [
  `sender:
  name: Alex Rivera
  email: alex@example.com
  phone: +1 555 0142
  customerId: 0093321
recipient:
  company: "Tom & Jerry's \\"Best\\" Co"
  contact: 'Member ''Services'' team'
purchase:
  item: deep cleaning # a comment
  date: 2026-11-02
  reference: 004471
  amount: 240.50
story:
  circumstances: >-
    I booked a deep clean
    of three rooms.

    Second paragraph.
  expectations:
    - the crew would arrive
    - all rooms
  outcome: |
    line one
      indented
    line three
  impact:
request:
  remedy: either
  correction: ~
custom: {a: 1, b: "y", c: null, d: ''}
list: [x, "y", 'z', 2026-10-01]
`,
  `- sender:
    name: Sam
  story:
    circumstances: plain text
      continued here
    outcome:
    - one
    - two
  letter:
    previous: []
    nextSteps:
      -
        first: step
      - |-
        block
         text

  custom:
    a: ~
    b: "quoted # not a comment"
    c: 'it''s'
- second: item # comment
  third:
    fourth: >+
      kept

# comment
`,
  `    sender:
      name: Sam
    story:
      - a
      -
      - ~
      - - nested
        - list
    multi: plain text
      continued here
    quoted: "first
      second"
`,
  `quoted: "esc \\x41 \\u00e9 \\U0001F600 \\N \\_ \\/ \\e \\\\ \\" end"
single: 'it''s here '
folded: >
  one
  two

  three


  four
literal: |-
  keep
    indented
  # not a comment
flow: {a: x, b: "y z", c: ~}
list: [1, 'two', "three", ~]
empty:
after: x
  continued
    more
nested:
  - a: 1
    b:
      - c
      - d
  - e: [f]
`,
  `--- # doc
a: 1
b:
- x
- y
...
`,
  `- a: 1
  b: 2
- [c, d]
- {e: f}
- "g"
`,
];

export function mutate(base: string, rand: () => number, edits: number): string {
  let text = base;
  for (let i = 0; i < edits; i++) {
    if (rand() < 0.4) {
      // Line edits: indentation, duplicated, moved or dropped lines.
      const lines = text.split('\n');
      const at = Math.floor(rand() * lines.length);
      const op = rand();
      if (op < 0.3) lines[at] = ' '.repeat(1 + Math.floor(rand() * 3)) + lines[at];
      else if (op < 0.55) lines[at] = lines[at]!.replace(/^ {1,3}/, '');
      else if (op < 0.7) lines.splice(at, 0, lines[Math.floor(rand() * lines.length)]!);
      else if (op < 0.85) lines.splice(at, 1);
      else lines.splice(at, 0, lines.splice(Math.floor(rand() * lines.length), 1)[0]!);
      text = lines.join('\n');
      continue;
    }
    const at = Math.floor(rand() * (text.length + 1));
    const op = rand();
    if (op < 0.45) text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at);
    else if (op < 0.75) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
    else text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at + 1);
  }
  return text;
}

/** Runs `count` mutations from `seed`; returns the disagreements found (at most `max`). */
export function fuzz(seed: number, count: number, max = 5): { text: string; why: string }[] {
  const rand = random(seed);
  const found: { text: string; why: string }[] = [];
  for (let i = 0; i < count && found.length < max; i++) {
    const base = BASE[Math.floor(rand() * BASE.length)]!;
    const text = mutate(base, rand, 1 + Math.floor(rand() * 4));
    const why = disagreement(text);
    if (why) found.push({ text, why });
  }
  return found;
}

if (process.argv[1]?.endsWith('yaml-fuzz.ts')) {
  const seed = Number(process.argv[2] ?? 1);
  const count = Number(process.argv[3] ?? 10000);
  let fastCount = 0;
  for (const base of BASE) if (disagreement(base)) console.log('BASE DISAGREES', JSON.stringify(base), disagreement(base));
  const rand = random(seed + 1);
  for (let i = 0; i < 2000; i++) if (fastParse(mutate(BASE[i % BASE.length]!, rand, 2))) fastCount++;
  console.log('fast path taken for', fastCount, 'of 2000 mutations');
  for (const { text, why } of fuzz(seed, count, 20)) console.log('---\n' + JSON.stringify(text) + '\n' + why);
}
