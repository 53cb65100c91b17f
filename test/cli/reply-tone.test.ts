// A reply's notes are the writer's own and never in a letter: they never stop one. Words
// that do go into the next letter (--reason, --other…) are checked when the reply is
// recorded, as draft would check them, not only when the letter is written.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-reply-tone-');
afterAll(() => tmp.cleanup());
const env = { REDRESS_TODAY: '2026-12-06', REDRESS_HOME: tmp.path('home') };
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env });

const BASE = `${CARPET_CASE}history:
  letters:
    - { date: 2026-11-10, stage: first }
`;

describe('reply notes and words for the letter', () => {
  it('notes with unkind words are recorded, and the next letter is written without them', () => {
    writeFileSync(tmp.path('notes.yaml'), BASE);
    const reply = run(['reply', 'notes.yaml', '--refused', '--notes', 'they are idiots']);
    expect(reply.code, reply.stderr).toBe(0);
    const draft = run(['draft', '--from', 'notes.yaml', '--next', '-o', 'notes.txt']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(readFileSync(tmp.path('notes.txt'), 'utf8')).not.toMatch(/idiot/i);
  });

  it('--reason with unkind words is refused at once, with the words draft would say, and nothing is recorded', () => {
    writeFileSync(tmp.path('reason.yaml'), BASE);
    const offer = run(['reply', 'reason.yaml', '--offer', '50']);
    expect(offer.code, offer.stderr).toBe(0);
    const before = readFileSync(tmp.path('reason.yaml'), 'utf8');
    const r = run(['reply', 'reason.yaml', '--reject', '--reason', 'you are liars']);
    // Exit 1, as draft refuses the same words (README: not written, exit 1).
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--reason: "you are liars" accuses someone of lying[^]*Try: "[^"]+"[^]*Nothing was recorded[^]*Say it in other words/);
    expect(readFileSync(tmp.path('reason.yaml'), 'utf8')).toBe(before);
    // The same words written in the file: draft says the same of them.
    writeFileSync(tmp.path('reason.yaml'), `${before}    - { date: 2026-12-06, kind: refusal, reason: "you are liars" }\n`);
    const draft = run(['draft', '--from', 'reason.yaml', '--next']);
    expect(draft.stderr).toContain('"you are liars" accuses someone of lying');
    expect(draft.code).toBe(r.code);
  });

  it('--other and --correction are checked too; calm words pass', () => {
    writeFileSync(tmp.path('other.yaml'), BASE);
    expect(run(['reply', 'other.yaml', '--other', 'you are a scam']).code).toBe(1);
    expect(run(['reply', 'other.yaml', '--offer', '50', '--reject', '--reason', 'It is a fifth of what I paid.']).code).toBe(0);
  });
});

describe('reply run twice, and a full list', () => {
  it('the same reply is recorded once', () => {
    writeFileSync(tmp.path('twice.yaml'), BASE);
    const first = run(['reply', 'twice.yaml', '--date', '2026-12-03', '--offer', '50', '--text', 'as a credit']);
    expect(first.code, first.stderr).toBe(0);
    const after = readFileSync(tmp.path('twice.yaml'), 'utf8');
    const again = run(['reply', 'twice.yaml', '--date', '2026-12-03', '--offer', '50', '--text', 'as a credit']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^Already recorded in twice\.yaml under history\.replies: their offer of £50\.00 \(3 December 2026\)\. Nothing was added\.\nNext: /);
    expect(readFileSync(tmp.path('twice.yaml'), 'utf8')).toBe(after);
    // Another reply the same day is another reply.
    expect(run(['reply', 'twice.yaml', '--date', '2026-12-03', '--offer', '60']).code).toBe(0);
    expect(readFileSync(tmp.path('twice.yaml'), 'utf8').match(/kind: offer/g)).toHaveLength(2);
  });

  it('after 50 replies, says what to do', () => {
    const replies = Array.from({ length: 50 }, (_, i) => `    - { date: 2026-11-${String(11 + (i % 19)).padStart(2, '0')}, kind: other, text: "call ${i}" }`).join('\n');
    const source = `${BASE}  replies:\n${replies}\n`;
    writeFileSync(tmp.path('full.yaml'), source);
    const r = run(['reply', 'full.yaml', '--refused']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing was recorded: full\.yaml already records 50 replies, the most a case file holds\. Move the oldest replies out of history\.replies/);
    expect(readFileSync(tmp.path('full.yaml'), 'utf8')).toBe(source);
  });
});
