// A template of unclosed {{ gets its syntax error with file, line and column (its speed on
// 200 KB of them is measured by the bench: test/bench/pathological.js).
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-unclosed-');
afterAll(() => tmp.cleanup());

describe('templates with {{ that are never closed', () => {
  it.each([
    ['unclosed.hbs', 'Dear {{sender.name}},\n{{ '.repeat(1) + '{{ '.repeat(2000), /unclosed\.hbs:2:1 the template has a syntax error/],
    ['comment.hbs', `Hello {{!-- note --}} there\n${'{{!-- '.repeat(2000)}`, /comment\.hbs:2:\d+ the template has a syntax error/],
  ])('%s', (name, text, message) => {
    const file = tmp.path(name);
    writeFileSync(file, text);
    const r = redress(['draft', '--example', '--template', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('still counts nesting after closed tags', () => {
    const file = tmp.path('deep.hbs');
    writeFileSync(file, `{{!-- a --}}{{x}}${'{{#if a}}'.repeat(150)}`);
    const r = redress(['draft', '--example', '--template', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more than 100 deep/);
  });
});
