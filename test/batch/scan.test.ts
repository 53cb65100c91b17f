// Splitting a batch file into pieces without parsing it: each piece, read on its own, must
// mean what it means inside the whole file, at the same line and column.
import { describe, expect, it } from 'vitest';
import { Scanner, type Piece } from '../../src/batch/scan.js';
import { exactParse, fromLine } from '../../src/batch/structure.js';
import { parseYaml } from '../../src/case/yaml.js';

function scan(text: string, chunk = 3): Piece[] {
  const pieces: Piece[] = [];
  const scanner = new Scanner((piece) => pieces.push(piece));
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i += chunk) scanner.push(lines.slice(i, i + chunk));
  scanner.end();
  return pieces;
}

const TRICKY = `# a batch with every kind of formatting
defaults: &shared
  sender:
    name: Sam Lee
cases:
  - recipient:
      company: One   # a comment
    story:
      circumstances: |
        block text with a line that looks like an entry:
        - not an entry
      expectations:
      - listed at the key's own indentation
      outcome: >-
        folded
        text
# a comment at the start of a line, between entries
  -
    recipient: {company: Two}
    story:
      circumstances: "quoted: with a colon"
      expectations: plain text
        continued on the next line
  - recipient:
      company: 'Three'

  - just a scalar
  - - a list in a list
other: after the list
`;

describe('batch scanner', () => {
  it('splits a cases: list into entries that read the same on their own, at the same place', () => {
    const pieces = scan(TRICKY);
    const items = pieces.filter((p) => p.kind === 'item');
    expect(items.map((p) => p.line)).toEqual([6, 18, 24, 27, 28]);
    const whole = parseYaml(TRICKY);
    const cases = (whole.data as { cases: unknown[] }).cases;
    items.forEach((item, i) => {
      const alone = exactParse(item.text, fromLine(item.line));
      expect(alone.ok).toBe(true);
      if (!alone.ok) return;
      expect(alone.data).toEqual(cases[i]);
      // Positions inside the entry are the positions in the file.
      expect(alone.locate([])).toEqual(whole.locate(['cases', i]));
      if (i === 0) expect(alone.locate(['story', 'outcome'])).toEqual(whole.locate(['cases', 0, 'story', 'outcome']));
    });
  });

  it('keeps what is outside the list as a skeleton, with file line numbers', () => {
    const skeleton = scan(TRICKY).find((p) => p.kind === 'skeleton');
    expect(skeleton?.kind).toBe('skeleton');
    if (skeleton?.kind !== 'skeleton') return;
    expect(skeleton.items).toBe(5);
    expect(skeleton.topKeys).toEqual(['defaults', 'cases', 'other']);
    const read = exactParse(skeleton.text, skeleton.fileLine);
    expect(read.ok && read.data).toEqual({ defaults: { sender: { name: 'Sam Lee' } }, other: 'after the list' });
    expect(read.ok && read.locate(['other'])).toEqual({ line: 29, column: 8 });
    expect(read.ok && read.locate(['defaults', 'sender', 'name'])).toEqual({ line: 4, column: 11 });
  });

  it('splits a stream of documents on --- and ... lines, keeping their lines', () => {
    const text = '# leading comment\n%YAML 1.2\n---\na: 1\n---\n---   # empty\nb: 2\n...\n# between\n---\nc: |\n  text\n  --- not a marker (indented)\n';
    const docs = scan(text).filter((p) => p.kind === 'doc');
    expect(docs.map((d) => [d.line, d.empty])).toEqual([
      [1, false],
      [5, true],
      [6, false],
      [9, false],
    ]);
    expect(docs.map((d) => (d.kind === 'doc' ? d.text : ''))).toEqual([
      '# leading comment\n%YAML 1.2\n---\na: 1\n',
      '---\n',
      '---   # empty\nb: 2\n...\n',
      '# between\n---\nc: |\n  text\n  --- not a marker (indented)\n',
    ]);
    const last = docs[3]!;
    const read = last.kind === 'doc' ? exactParse(last.text, fromLine(last.line)) : undefined;
    expect(read?.ok && read.data).toEqual({ c: 'text\n--- not a marker (indented)\n' });
    expect(read?.ok && read.locate(['c'])).toEqual({ line: 11, column: 4 });
  });

  it('treats a document whose cases: is not a block list as one piece', () => {
    const pieces = scan('cases: [{a: 1}]\n---\ncases:\n  a: 1\n---\ncases:\ndefaults: {}\n');
    expect(pieces.map((p) => p.kind)).toEqual(['doc', 'doc', 'doc']);
  });

  it('notes the top-level field names of a document, and whether it starts with one', () => {
    const [a, b] = scan('sender:\n  name: x\ndefualts:\n  y: 1\n---\n{defaults: {}}\n');
    expect(a?.kind === 'doc' && [a.topKeys, a.keyFirst]).toEqual([['sender', 'defualts'], true]);
    expect(b?.kind === 'doc' && b.keyFirst).toBe(false);
  });

  it('marks a piece that is too large instead of keeping it', () => {
    const big = `cases:\n  - story: ${'x'.repeat(6 * 1024 * 1024)}\n  - recipient: {company: Small}\n`;
    const items = scan(big).filter((p) => p.kind === 'item');
    expect(items.map((p) => (p.kind === 'item' ? [p.tooLarge, p.text.length > 0] : []))).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
