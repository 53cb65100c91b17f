// Letters in French, German and Spanish: every case of test/fixtures/letters-lang at every
// stage follows the language's conventions, cites the country's rights, and leaves no
// English in the letter's own sentences.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { STAGES } from '../../src/case/schema.js';
import { languageCases, type LanguageCode } from '../fixtures/letters-lang/cases.js';

const NBSP = '\u00A0';
const CONVENTIONS: Record<LanguageCode, { subject: RegExp; dateLine: (town: string) => RegExp; greetings: RegExp; closing: RegExp; rights: RegExp }> = {
  fr: {
    subject: new RegExp(`^Objet${NBSP}: \\S`),
    dateLine: (town) => new RegExp(`^${town}, le 16 novembre 2026$`),
    greetings: /^(Madame, Monsieur,|Madame,|Monsieur,|(?:Madame|Monsieur) l[ae] \p{Lu}\p{Ll}+,)$/u,
    closing: /^Je vous prie d'agréer, (Madame, Monsieur|Madame|Monsieur|(?:Madame|Monsieur) l[ae] \p{Lu}\p{Ll}+), l'expression de mes salutations distinguées\.$/u,
    rights: /code de la consommation/,
  },
  de: {
    subject: /^(?!Betreff)\S.*[^.]$/,
    dateLine: (town) => new RegExp(`^${town}, 16\\. November 2026$`),
    greetings: /^(Sehr geehrte Damen und Herren,|Sehr geehrte Frau [\p{L}. ]+,|Sehr geehrter Herr [\p{L}. ]+,)$/u,
    closing: /^Mit freundlichen Grüßen$/,
    rights: /BGB/,
  },
  es: {
    subject: /^Asunto: \S/,
    dateLine: (town) => new RegExp(`^${town}, 16 de noviembre de 2026$`),
    greetings: /^(Estimados señores:|Estimada (Sra|Dra)\. [\p{L} ]+:|Estimado (Sr|Dr)\. [\p{L} ]+:)$/u,
    closing: /^Atentamente,$/,
    rights: /Ley General para la Defensa de los Consumidores/,
  },
};

/** Words of English template sentences that must not appear in a letter's own words. */
const ENGLISH = /\b(Dear|Yours|Sincerely|Subject|Please|I am writing|What I was promised|What actually happened|Thank you|refund|reply by|I enclose|faithfully|Reminder|Final letter|which I understand)\b/;

function ownWords(letter: string, value: Record<string, unknown>): string {
  let text = letter;
  const strings: string[] = [];
  const gather = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(gather);
    else if (v && typeof v === 'object') Object.values(v).forEach(gather);
  };
  gather(value);
  for (const s of strings.sort((a, b) => b.length - a.length)) if (s.length > 2) text = text.split(s).join(' ');
  return text;
}

for (const language of ['fr', 'de', 'es'] as const) {
  describe(`letters in ${language}`, () => {
    const rules = CONVENTIONS[language];
    for (const c of languageCases(language)) {
      for (const stage of STAGES) {
        it(`${c.name} (${stage})`, () => {
          const value = caseSchema.parse(c.value);
          const produced = produceLetter(value, { format: 'text', settings: { stage } });
          // A card issuer reverses a card payment, and not the costs a problem caused: no such letter otherwise.
          if (stage === 'card-dispute' && (value.purchase.paidWith === 'bank-transfer' || value.request.remedy === 'compensation')) {
            expect(produced.ok).toBe(false);
            if (!produced.ok) expect(produced.problems.map((p) => p.path)).toEqual([value.purchase.paidWith === 'bank-transfer' ? 'purchase.paidWith' : 'request.remedy']);
            return;
          }
          if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
          const written = produced.output.content as string;
          // The recipient's block comes first, naming the business (the bank, for a card dispute), then the place and date, then the subject, as these countries set a letter out.
          const block = (produced.letter.case.phrases as { recipientBlock?: string }).recipientBlock ?? '';
          if (stage !== 'card-dispute') expect(block.split('\n')).toContain(produced.letter.case.recipient.company);
          if (block) expect(written.startsWith(`${block}\n\n`)).toBe(true);
          const text = block ? written.slice(block.length + 2) : written;
          const all = text.split('\n');
          expect(all[0]).toMatch(rules.dateLine(c.town));
          expect(all[1]).toBe('');
          // A French mise en demeure says above its subject that it goes by registered post.
          const sentBy = language === 'fr' && stage === 'final';
          expect(all[2] === 'Lettre recommandée avec accusé de réception').toBe(sentBy);
          const lines = sentBy ? all.slice(3) : all.slice(2);
          expect(lines[0]).toMatch(rules.subject);
          expect(lines[2]).toMatch(rules.greetings);
          if (stage === 'card-dispute') expect(lines[2]).toMatch(/Madame, Monsieur,|Damen und Herren|Estimados señores/);
          expect(lines.some((line) => rules.closing.test(line))).toBe(true);
          expect(produced.letter.case.letter.language).toBe(language);
          const kind = (c.value.purchase as { kind: string }).kind;
          // Goods that never came ("il n'a toujours pas été livré") are not faulty goods: the law on conformity is beside the point
          // (in French, the seller's duty to deliver, and the risk of loss until the goods are in the buyer's hands, is cited instead).
          const neverCame = produced.letter.case.story.problem === 'not-provided';
          if ((stage === 'first' || stage === 'final') && kind === 'goods') expect(text).toMatch(neverCame ? /^(?![\s\S]*(?:conformité|conforme au contrat|§§ 437|Ley General))/ : rules.rights);
          if ((stage === 'first' || stage === 'final') && kind === 'goods' && neverCame && language === 'fr') expect(text).toContain("l'obligation de livraison du vendeur professionnel est une obligation de résultat");
          if ((stage === 'first' || stage === 'final') && kind === 'goods' && neverCame && language === 'de') expect(text).toContain('nach § 475 Abs. 2 BGB erst mit der Übergabe an mich auf mich über');
          expect(ownWords(text, c.value)).not.toMatch(ENGLISH);
          expect(text).not.toMatch(/\{\w+\}|undefined|NaN|\bnull\b/);
          // French sets a colon, semicolon, question or exclamation mark after a no-break space, never a plain one.
          if (language === 'fr') expect(text).not.toMatch(/(?:\S |[\p{L})])[:;?!](?=\s|$)/mu);
        });
      }
    }
  });
}

describe('choosing the language', () => {
  const base = languageCases('fr')[0]!.value;
  it('follows letter.language over the country, and English packs stay English', () => {
    const value = caseSchema.parse({ ...base, letter: { ...(base.letter as object), language: 'en' } });
    const produced = produceLetter(value, { format: 'text' });
    if (!produced.ok) throw new Error('not ok');
    expect(produced.output.content).toMatch(/^Subject: /);
    expect(produced.letter.case.rights).toEqual([]);
    // The French pack cites nothing for this first letter about a service: the terminal says so, not that it has rights in French only.
    expect(produced.letter.case.rightsLanguage).toBeUndefined();
    // For goods it cites the legal guarantee, in French: an English letter cites none of it, and says why.
    const goods = caseSchema.parse({ ...languageCases('fr')[1]!.value, letter: { ...(languageCases('fr')[1]!.value.letter as object), language: 'en' } });
    const english = produceLetter(goods, { format: 'text' });
    if (!english.ok) throw new Error('not ok');
    expect(english.letter.case.rights).toEqual([]);
    expect(english.letter.case.rightsLanguage).toBe('fr');
  });
  it('follows letter.locale before the country', () => {
    const value = caseSchema.parse({ ...base, letter: { ...(base.letter as object), locale: 'de-DE' } });
    const produced = produceLetter(value, { format: 'text' });
    if (!produced.ok) throw new Error('not ok');
    expect(produced.letter.case.letter.language).toBe('de');
  });
  it('uses LANG only when the answers do not read as English', () => {
    const english = { ...base, sender: { name: 'Sam Lee' }, story: { circumstances: 'The crew arrived three hours late and did not finish the work.', expectations: 'they would arrive at 9 am', outcome: 'they arrived at noon' } };
    const produced = produceLetter(caseSchema.parse(english), { format: 'text', settings: { envLanguage: 'fr' } });
    if (!produced.ok) throw new Error('not ok');
    expect(produced.letter.case.letter.language).toBe('en');
    const french = { ...base, sender: { name: 'Sam Lee' } };
    const again = produceLetter(caseSchema.parse(french), { format: 'text', settings: { envLanguage: 'fr' } });
    if (!again.ok) throw new Error('not ok');
    expect(again.letter.case.letter.language).toBe('fr');
  });
});
