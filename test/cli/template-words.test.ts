// A template of the writer's own with unkind words: the template is named, at its line, not
// the case file.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-template-words-');
afterAll(() => tmp.cleanup());
const env = { REDRESS_TODAY: '2026-12-01', REDRESS_HOME: tmp.path('home') };
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env });

const CASE = CARPET_CASE;

describe("a template's own unkind words", () => {
  it('are blamed on the template, at their line', () => {
    mkdirSync(tmp.path('tpl'));
    writeFileSync(tmp.path('tpl/first.hbs'), '---\nsubject: Complaint about {{purchase.item}}\n---\nDear team,\n\nYou are idiots and liars.\n\n{{sender.name}}\n');
    writeFileSync(tmp.path('case.yaml'), CASE);
    const r = run(['draft', '--from', 'case.yaml', '--template', 'tpl/first.hbs']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tpl\/first\.hbs:6:1 the template's own words: "You are idiots[^]*Change the template's words/);
    expect(r.stderr).toMatch(/Rephrase them in the template \S*tpl\/first\.hbs/);
    expect(r.stderr).not.toContain('case.yaml');
  });
});
