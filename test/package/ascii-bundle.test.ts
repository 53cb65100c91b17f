// The command line's and the draft bundles are read on every start, as Latin-1: in ASCII,
// that needs no UTF-8 decoding (scripts/build.js), and a character beyond ASCII would be read
// wrongly. The characters of letters and messages must come through the escaping unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redress, ROOT, tempDir } from '../support/cli.js';

describe('the bundles run with the code cache', () => {
  it.each(['commands.cjs', 'cli.cjs'])('%s is ASCII only', (bundle) => {
    const code = readFileSync(join(ROOT, 'dist', bundle));
    const at = code.findIndex((byte) => byte > 0x7f);
    expect(at, at < 0 ? '' : code.subarray(Math.max(0, at - 60), at + 20).toString('utf8')).toBe(-1);
  });

  it('writes letters with their typographic and accented characters', () => {
    const dir = tempDir();
    try {
      const file = dir.path('case.yaml');
      writeFileSync(
        file,
        `sender: {name: Zoë O’Brien, country: GB}
recipient: {company: Café Münster Ltd, contact: "Mr O’Neill"}
purchase: {item: "birthday cake – 3 tiers", amount: 120, date: 2026-10-01}
story:
  circumstances: I ordered a cake for my daughter’s party.
  expectations: "a cake that says “Happy 10th”"
  outcome: it arrived a day late
request: {remedy: refund}
letter: {date: 2026-11-16}
`,
      );
      const r = redress(['draft', '--from', file, '--format', 'text'], { env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Dear Mr O’Neill');
      expect(r.stdout).toContain('Café Münster');
      expect(r.stdout).toContain('£120.00');
      expect(r.stdout).toContain('Zoë O’Brien');
      expect(r.stdout).toMatch(/Subject: .*–/);
      expect(r.stdout).not.toMatch(/\\u[0-9a-f]{4}|\uFFFD/i);
    } finally {
      dir.cleanup();
    }
  });
});
