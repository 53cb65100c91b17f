// A user template never prints "[object Object]": custom values that are groups of fields or
// lists write nothing, through {{…}} and through every helper; and a template's own HTML is
// shown as text in Markdown, as it is in HTML.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-object-values-');
afterAll(() => tmp.cleanup());

const CUSTOM = `
custom:
  obj: {a: 1, b: two}
  list: [{x: 1}, {y: 2}]
  words: [first, second]
  nested: {inner: {deep: yes}}
  word: hello
`;

function setUp(template: string): { caseFile: string; templateFile: string } {
  const dir = tmp.path(`t-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  const caseFile = join(dir, 'case.yaml');
  writeFileSync(caseFile, readFileSync(join(ROOT, 'test/fixtures/cases/minimal.yaml'), 'utf8') + CUSTOM);
  const templateFile = join(dir, 'letter.hbs');
  writeFileSync(templateFile, template);
  return { caseFile, templateFile };
}

describe('custom values that are groups of fields or lists', () => {
  const template = [
    'A[{{custom.obj}}]',
    'B[{{last custom.list}}]',
    'C[{{ordinal custom.obj}}]',
    'D[{{sentence custom.obj}}]',
    'E[{{custom.nested.inner}}]',
    'F[{{list custom.list}}]',
    'G[{{clause custom.obj}}]',
    'H[{{custom.word}} {{last custom.words}}]',
    '',
  ].join('\n');

  it.each(['text', 'markdown', 'html', 'json'])('write nothing in %s, never [object Object]', (format) => {
    const { caseFile, templateFile } = setUp(template);
    const r = redress(['draft', '--from', caseFile, '--template', templateFile, '--format', format]);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(r.stdout).not.toContain('object Object');
    expect(r.stdout).not.toMatch(/\[object/);
    if (format === 'text') {
      for (const label of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) expect(r.stdout).toContain(`${label}[]`);
      expect(r.stdout).toContain('H[hello second]');
    }
  });
});

describe('a template’s own HTML', () => {
  it('shows as text in Markdown, as in HTML', () => {
    const { caseFile, templateFile } = setUp('Hello <script>alert(1)</script> and <b>bold</b>, {{sender.name}} <3\n');
    const markdown = redress(['draft', '--from', caseFile, '--template', templateFile, '--format', 'markdown']);
    expect(markdown.code, markdown.stderr).toBeLessThanOrEqual(1);
    expect(markdown.stdout).not.toMatch(/(^|[^\\])<script>/);
    expect(markdown.stdout).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown.stdout).toContain('\\<b\\>bold\\</b\\>, Sam Lee \\<3');
    const html = redress(['draft', '--from', caseFile, '--template', templateFile, '--format', 'html']);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;');
  });

  it('keeps a value’s own escaping: a < typed in the case is escaped once', () => {
    const { caseFile, templateFile } = setUp('Note: {{custom.word}} {{story.impact}}\n');
    writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace('story:\n', 'story:\n  impact: it cost me <£20\n'));
    const r = redress(['draft', '--from', caseFile, '--template', templateFile, '--format', 'markdown']);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(r.stdout).toContain('it cost me \\<£20');
    expect(r.stdout).not.toContain('\\\\<');
  });
});
