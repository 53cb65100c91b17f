// Rendering small templates in-process, from real files in a temporary folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveCase } from '../../src/case/resolve.js';
import type { Case } from '../../src/case/schema.js';
import { letterCase, type LetterCase } from '../../src/letter/render.js';
import { findTemplate } from '../../src/letter/template-files.js';
import { compileTemplate } from '../../src/letter/templates.js';
import { tempDir } from '../support/cli.js';

export const baseCase = (): Case =>
  ({
    sender: { name: 'Alex Rivera', email: 'alex@example.com' },
    recipient: { company: 'Brightline Carpet Care' },
    purchase: { item: 'a deep clean', date: '2026-11-02', reference: 'BCC-1', amount: 1200, currency: 'USD' },
    story: { circumstances: 'I booked a clean.', expectations: ['on time', 'three rooms'], outcome: ['late', 'two rooms'] },
    evidence: ['the receipt', 'photos', 'e-mails'],
    request: { remedy: 'refund' },
    letter: { date: '2026-11-02', previous: ['2026-10-01', '2026-10-20'], locale: 'en-US' },
  }) as Case;

export function resolved(change: (c: Case) => void = () => {}): LetterCase {
  const c = baseCase();
  change(c);
  const r = resolveCase(c);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return letterCase(r.value);
}

let counter = 0;
const folder = tempDir('redress-templates-');
export const cleanupTemplates = folder.cleanup;

/** Writes files (name -> text) into a fresh folder and returns its path. */
export function writeTemplates(files: Record<string, string>): string {
  const dir = join(folder.dir, `set-${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Renders a template body (and optional partials) for a case; returns the plain text. */
export function render(body: string, options: { partials?: Record<string, string>; change?: (c: Case) => void; html?: boolean } = {}): string {
  const files: Record<string, string> = { 'letter.hbs': body };
  for (const [name, text] of Object.entries(options.partials ?? {})) files[`_${name}.hbs`] = text;
  const dir = writeTemplates(files);
  const compiled = compileTemplate(findTemplate(join(dir, 'letter.hbs'), []));
  return compiled.body(resolved(options.change), options.html ?? false);
}
