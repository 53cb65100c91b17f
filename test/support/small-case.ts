// A small case from a given country, with changes laid over each part, and its letter at a
// stage: for tests that show one defect of a realistic case, cut to what shows it.
import { produceLetter } from '../../src/letter/produce.js';
import type { Case, Stage } from '../../src/case/schema.js';

export type Changes = { [K in keyof Case]?: Partial<Case[K]> };

/** A hotel stay from `country`, with `changes` laid over each part (a list replaces). */
export function smallCase(country: string, changes: Changes, purchase: Record<string, unknown> = {}): Case {
  const base: Record<string, Record<string, unknown>> = {
    sender: { name: 'Sam Taylor', email: 'sam@example.com', country },
    recipient: { company: 'Harbourfront Suites' },
    purchase: { item: 'a hotel stay', kind: 'booking', date: '2026-08-08', amount: 400, ...purchase },
    story: { circumstances: 'I stayed three nights.', expectations: 'a clean room', outcome: 'a dirty room' },
    request: { remedy: 'refund' },
    letter: { date: '2026-09-01' },
  };
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) out[key] = Array.isArray(value) ? value : { ...(base[key] ?? {}), ...(value as object) };
  return out as unknown as Case;
}

/** The case's letter at `stage` (after a first letter of 20 August for the later ones), as text. */
export function letterAt(c: Case, stage: Stage = 'first'): string {
  const produced = produceLetter({ ...c, letter: { ...c.letter, stage, ...(stage !== 'first' && { previous: ['2026-08-20'] }) } } as Case, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}
