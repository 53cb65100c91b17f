// Every built-in letter in French, German and Spanish passes the tone check of its language:
// each case of test/fixtures/letters-lang at every stage, rendered as test/letter/languages.test.ts
// renders them, is recognised as its language and has no finding at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSchema, STAGES } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { checkTone } from '../../src/tone/index.js';
import { detectLanguage, loadToneRules } from '../../src/tone/languages/index.js';
import { reviewLetter, loadReviewLanguage } from '../../src/tone/review.js';
import { languageCases } from '../fixtures/letters-lang/cases.js';

beforeAll(async () => {
  for (const language of ['fr', 'de', 'es']) await loadToneRules(language);
});

for (const language of ['fr', 'de', 'es'] as const) {
  describe(`built-in letters in ${language} pass the tone check`, () => {
    for (const c of languageCases(language)) {
      for (const stage of STAGES) {
        it(`${c.name} (${stage})`, () => {
          const value = caseSchema.parse(c.value);
          const produced = produceLetter(value, { format: 'text', settings: { stage } });
          // No card-dispute letter for a payment not made by card, or for costs alone (test/letter/languages.test.ts).
          if (!produced.ok && stage === 'card-dispute' && produced.problems.every((p) => p.path === 'purchase.paidWith' || p.path === 'request.remedy')) return;
          if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
          const text = produced.output.content as string;
          expect(detectLanguage(text)).toBe(language);
          expect(checkTone(text, { language }).map((f) => `${f.rule} "${f.text}" (line ${f.line})`)).toEqual([]);
        });
      }
    }
  });
}

describe('draft reviews the answers of a letter in its language', () => {
  it("reports the writer's unkind words by the letter's language, and English answers by English rules", async () => {
    await loadReviewLanguage('fr');
    const base = languageCases('fr')[0]!.value as Record<string, any>;
    const value = caseSchema.parse({ ...base, story: { ...base.story, outcome: 'Votre livreur, ce connard, a jeté le colis.', impact: 'You lied to me about the delivery.' } });
    const produced = produceLetter(value, { format: 'text', settings: { stage: 'first' } });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    const review = reviewLetter(value, () => undefined, produced.letter.subject, produced.letter.body, 'fr');
    expect(review.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['story.outcome', 'story.impact']));
    expect(review.warnings.find((w) => w.path === 'story.outcome')?.message).toMatch(/connard.*Try: "je suis très contrarié/);
    expect(review.notes).toEqual([]);
  });
});
