// A regular expression with a Unicode property class (\p{L}) costs V8 about 30 µs to make,
// and a module-level one is made when its module loads, for every letter, whether or not the
// letter uses it (docs/performance.md). Such expressions are made on first use instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('module-level regular expressions', () => {
  it('none with a Unicode property class is made when its module loads', () => {
    const eager: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        // A module-level constant whose value is an expression literal, on its line or the next.
        if (!/^(?:export )?const \w+(?:: RegExp)? =/.test(line)) return;
        const value = line.replace(/^[^=]*=\s*/, '') || (lines[i + 1] ?? '').trim();
        if (value.startsWith('/') && /\\p\{/.test(value)) eager.push(`${relative(ROOT, file)}:${i + 1}`);
      });
    }
    expect(eager, 'wrap these in onFirstUse (src/util/on-first-use.ts)').toEqual([]);
  });
});
