// The story in French, German and Spanish letters: what the law gives is not told as agreed.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

function letter(language: Lang, over: Record<string, any> = {}): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100 },
    story: { ...STORY[language], ...over.story },
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage: 'first' } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('what the writer expected', () => {
  it('by law is what they could expect, not what was agreed', () => {
    expect(letter('es', { story: { expectations: 'un móvil que funcione durante el plazo de garantía legal' } })).toContain('Lo que cabía esperar: un móvil que funcione');
    expect(letter('de', { story: { expectations: 'Rückzahlung innerhalb von 14 Tagen nach dem Widerruf' } })).toContain('Erwarten durfte ich: Rückzahlung innerhalb');
    expect(letter('fr', { story: { expectations: 'un remboursement sous 14 jours après ma rétractation' } })).toContain("Ce que j'étais en droit d'attendre : un remboursement");
  });
  it('promised in so many words is what was agreed, law or not', () => {
    expect(letter('de', { story: { expectations: 'Rückzahlung innerhalb von 14 Tagen, wie am Telefon zugesagt' } })).toContain('Vereinbart war: Rückzahlung');
    expect(letter('es', { story: { expectations: 'entrega antes del 3 de mayo' } })).toContain('Lo acordado: entrega antes del 3 de mayo');
  });
});

describe('German abbreviations', () => {
  it('end no sentence, and keep their dot after a name', () => {
    const de = letter('de', { story: { circumstances: 'Der ICE war 3 std. 12 min. verspätet in Hamburg, ich fuhr 1 std. länger pro Weg.' } });
    expect(de).toContain('3 std. 12 min. verspätet in Hamburg, ich fuhr 1 std. länger pro Weg.');
  });
});

describe('words typed in small letters or without accents', () => {
  it('are corrected in an answer only where every one of them can be (German nouns)', () => {
    const de = letter('de', { story: { circumstances: 'Das Gefälle der Dachrinne stimmt nicht.', outcome: 'die dachrinne hat kein gefälle, das wasser steht drin' } });
    expect(de).toContain('Die dachrinne hat kein gefälle, das wasser steht drin.');
    const fixed = letter('de', { story: { circumstances: 'Die Dusche und der Abfluss sind neu.', outcome: 'Wasser in der dusche läuft nicht zum abfluss' } });
    expect(fixed).toContain('Wasser in der Dusche läuft nicht zum Abfluss.');
  });
  it('are kept as typed in French and Spanish, shorthand spelled out', () => {
    expect(letter('fr', { story: { circumstances: "l'etat des lieux a ete fait, conforme a l'entree" } })).toContain("L'etat des lieux a ete fait, conforme a l'entree");
    expect(letter('es', { story: { circumstances: 'llamé por telefono xq no funcionaba' } })).toContain('Llamé por telefono porque no funcionaba');
  });
});

describe('texting shorthand', () => {
  it('French: spelled out, "que" elided before a vowel as French writes it', () => {
    const fr = letter('fr', { story: { circumstances: "j'ai rappelé pcq il avait promis un rdv, c pas normal", outcome: 'jsp pourquoi, qqn devait passer ajd, rappelez moi svp' } });
    expect(fr).toContain("J'ai rappelé parce qu'il avait promis un rendez-vous, ce n'est pas normal.");
    expect(fr).toContain("je ne sais pas pourquoi, quelqu'un devait passer aujourd'hui, rappelez moi s'il vous plaît.");
    expect(letter('fr', { story: { circumstances: 'Pck la pièce manquait' } })).toContain('Parce que la pièce manquait.');
  });
  it('German: colloquial short forms written out; "ne" only before a word', () => {
    const de = letter('de', { story: { circumstances: 'ich hab nen Termin bekommen, aber nix ist passiert', outcome: 'das war ne gute Idee, oder ne? und ich weiß nich warum' } });
    expect(de).toContain('Ich habe einen Termin bekommen, aber nichts ist passiert.');
    expect(de).toContain('Das war eine gute Idee, oder ne? Und ich weiß nicht warum.');
    // "das is" -> "das ist": a pronoun before a verb, which leaves the nouns of the answer their capitals.
    const nouns = letter('de', { story: { circumstances: 'Das Geländer war Teil des Auftrags.', outcome: 'das geländer wurde nicht gemacht, aber das is nie passiert' } });
    expect(nouns).toContain('Das Geländer wurde nicht gemacht, aber das ist nie passiert.');
  });
  it('Spanish: spelled out, "dnd" with its accent only as a question', () => {
    const es = letter('es', { story: { circumstances: 'fui a la tienda dnd lo compré xk no funcionaba', outcome: '¿dnd está mi dinero? dsd agosto nada, dps me colgaron' } });
    expect(es).toContain('Fui a la tienda donde lo compré porque no funcionaba.');
    expect(es).toContain('¿dónde está mi dinero? Desde agosto nada, después me colgaron');
    expect(letter('es', { story: { outcome: '¿xq no me devuelven el dinero? ¿q pasa con mi pedido?' } })).toContain('¿por qué no me devuelven el dinero? ¿Qué pasa con mi pedido?');
    // A question typed without its "¿" is one too.
    expect(letter('es', { story: { outcome: 'xq no me contestan? q pasa con mi pedido? pk ya pagué todo' } })).toContain('por qué no me contestan? Qué pasa con mi pedido? Porque ya pagué todo.');
    // Before a number, a short form may be a code: "pk 23" (a road's kilometre point) stays.
    expect(letter('es', { story: { circumstances: 'el coche se paró en el pk 23 pk no arrancaba' } })).toContain('El coche se paró en el pk 23 porque no arrancaba.');
  });
});

describe('a sentence that ends in brackets', () => {
  it('takes its own stop after a date’s dot inside them, not after a sentence of their own', async () => {
    const { sentence } = await import('../../src/letter/helpers.js');
    expect(sentence('ich habe fristgerecht zum 31.07. gekündigt (Einschreiben vom 20.04.)', 'de')).toBe('Ich habe fristgerecht zum 31.07. gekündigt (Einschreiben vom 20.04.).');
    expect(sentence('Ich habe gekündigt. (Einschreiben vom 20.04.)', 'de')).toBe('Ich habe gekündigt. (Einschreiben vom 20.04.)');
  });
});
