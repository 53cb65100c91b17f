// A person written to in French, German or Spanish: typed in place of a business (a private
// landlord) with a hyphenated, compound or particled name, greeted by title and surname.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

/** The letter (text) for a plain case in `language`, with `over` laid over it. */
function letter(language: Lang, over: Record<string, any> = {}): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company, ...over.recipient },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100 },
    story: STORY[language],
    ...(over.contacts && { contacts: over.contacts }),
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage: 'first' } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

const greeting = (text: string) => text.split('\n').find((line) => /^(?:Madame|Monsieur|Maître|Sehr geehrte|Estimad).*[,:]$/.test(line));

describe('a person typed in place of a business', () => {
  it('is greeted by title and surname, whatever the form of the name', () => {
    expect(greeting(letter('fr', { recipient: { company: 'M. Jean-Pierre Vasseur' } }))).toBe('Monsieur,');
    expect(greeting(letter('de', { recipient: { company: 'Hr. Hans-Peter Krüger' } }))).toBe('Sehr geehrter Herr Krüger,');
    expect(greeting(letter('de', { recipient: { company: 'Frau Anna-Lena Krüger' } }))).toBe('Sehr geehrte Frau Krüger,');
    expect(greeting(letter('es', { recipient: { company: 'D. José Luis García-Pérez' } }))).toBe('Estimado Sr. García-Pérez:');
    const es = letter('es', { recipient: { company: 'Sra. Montserrat Puig i Vidal' } });
    expect(greeting(es)).toBe('Estimada Sra. Puig i Vidal:');
    expect(es).toContain('con usted');
    expect(es).not.toContain('ustedes');
  });

  it('is not found in a business with a legal form or a word in small letters', () => {
    expect(greeting(letter('de', { recipient: { company: 'Frau Müller GmbH' } }))).toBe('Sehr geehrte Damen und Herren,');
    expect(greeting(letter('fr', { recipient: { company: 'M. Bricolage de la gare' } }))).toBe('Madame, Monsieur,');
  });
});

describe('a surname', () => {
  it('keeps its particles and joining words small, and leaves the given names out (Spanish)', () => {
    expect(greeting(letter('es', { recipient: { contact: 'Sra. María del Carmen Fernández López' } }))).toBe('Estimada Sra. Fernández López:');
    expect(greeting(letter('es', { recipient: { contact: 'Dña. Ana Ruiz de Alda' } }))).toBe('Estimada Sra. Ruiz de Alda:');
    expect(greeting(letter('es', { recipient: { contact: 'Sr. Juan de la Cruz' } }))).toBe('Estimado Sr. De la Cruz:');
    expect(greeting(letter('es', { recipient: { contact: 'Sr. Antonio Sánchez Ruiz' } }))).toBe('Estimado Sr. Sánchez Ruiz:');
    expect(greeting(letter('de', { recipient: { contact: 'Frau Dr. van der Berg' } }))).toBe('Sehr geehrte Frau Dr. van der Berg,');
  });

  it('that starts with Le or La is a name in French, not a function', () => {
    for (const [contact, said] of [['Mme Le Goff', 'Madame,'], ['M. Le Bihan', 'Monsieur,'], ['Mme La Rosa', 'Madame,']]) {
      expect(greeting(letter('fr', { recipient: { contact } }))).toBe(said);
    }
    expect(greeting(letter('fr', { recipient: { contact: 'le directeur' } }))).toBe('Monsieur le Directeur,');
  });
});

describe('someone spoken to, typed in small letters with a title', () => {
  it('is written with the capitals of the title and the name', () => {
    const visit = (who: string) => ({ contacts: [{ date: '2026-10-01', channel: 'visit', who, result: 'x' }] });
    expect(letter('de', visit('herr yilmaz an der theke'))).toContain('mit Herrn Yilmaz an der theke');
    expect(letter('fr', visit('mme dupont'))).toContain('Mme Dupont');
    expect(letter('es', visit('sra garcía'))).toContain('Sra. García');
  });
});
