// How an earlier contact is told in French, German and Spanish: the channel the writer named,
// worded for what it is (a registered letter, a fax, a contact form, a handover document, the
// Spanish complaint form, a visit to a named place), and to one reader in Spanish.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

function letter(language: Lang, contacts: Record<string, string>[], recipient: Record<string, string> = {}): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company, ...recipient },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100 },
    story: STORY[language],
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
    contacts,
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage: 'first' } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}
const contact = (language: Lang, channel: string, who?: string, recipient?: Record<string, string>) =>
  letter(language, [{ date: '2026-10-20', channel, ...(who && { who }) }], recipient);

describe('an earlier contact', () => {
  it('by registered letter or fax is told as one', () => {
    expect(contact('fr', 'LRAR')).toContain('je vous ai écrit par lettre recommandée avec accusé de réception.');
    expect(contact('de', 'Fax')).toContain('habe ich Ihnen per Fax geschrieben.');
    expect(contact('es', 'fax')).toContain('les escribí por fax.');
  });

  it('through a form or a customer area the writer names is said so', () => {
    expect(contact('de', 'Kontaktformular')).toContain('habe ich Sie über Ihr Kontaktformular kontaktiert.');
    expect(contact('fr', 'espace client')).toContain("j'ai pris contact avec vous via mon espace client.");
    expect(contact('es', 'formulario web')).toContain('me puse en contacto con ustedes a través de su formulario web.');
  });

  it('on a handover document is the problem noted on it, not a letter written', () => {
    const fr = contact('fr', 'lettre de voiture');
    expect(fr).toContain("Le 20 octobre 2026, j'ai signalé le problème sur la lettre de voiture.");
    expect(fr).not.toContain('par courrier');
    expect(contact('de', 'Übergabeschein', 'Hr. Lindner')).toContain('habe ich im Beisein von Herrn Lindner das Problem auf dem Übergabeschein festgehalten.');
    expect(contact('es', 'albarán de entrega')).toContain('hice constar el problema en el albarán de entrega.');
  });

  it('on the Spanish complaint form is a complaint form presented', () => {
    expect(contact('es', 'hoja de reclamaciones')).toContain('El 20 de octubre de 2026 presenté una hoja de reclamaciones.');
  });

  it('at a place is a visit', () => {
    expect(contact('de', 'Tresen im Studio', 'Jana')).toContain('habe ich Sie vor Ort aufgesucht und mit Jana gesprochen.');
    expect(contact('es', 'en la clínica', 'la recepcionista, Sra. Varela')).toContain('El 20 de octubre de 2026, en la clínica, hablé con la recepcionista, Sra. Varela.');
    expect(contact('es', 'en destino', 'Sra. Peña')).toContain('El 20 de octubre de 2026, en destino, hablé con la Sra. Peña.');
  });

  it('by a way the letter does not know is named after a label, not in brackets glued to the verb', () => {
    expect(contact('fr', 'pigeon voyageur')).toContain('pris contact avec vous (moyen de contact : pigeon voyageur).');
    expect(contact('de', 'Kurier')).toContain('habe ich Sie kontaktiert (Kontaktweg: Kurier).');
  });

  it('is told to the one person a Spanish letter is written to, not of their business', () => {
    const text = contact('es', 'whatsapp', undefined, { contact: 'Sr. Vicente Climent', company: 'Reformas Turia S.L.' });
    expect(text).toContain('El 20 de octubre de 2026 le escribí por WhatsApp.');
    expect(text).not.toContain('escribí a Reformas Turia');
  });

  it('with a name and "jun." keeps its dot, said once', () => {
    expect(contact('de', 'Telefon', 'Hr. Brenner jun.')).toContain('habe ich Sie telefonisch kontaktiert und mit Herrn Brenner jun. gesprochen.');
    expect(contact('fr', 'téléphone', 'M. Martin jun.')).toContain('et j\'ai parlé à M. Martin jun.');
    expect(contact('fr', 'téléphone', 'M. Martin jun.')).not.toContain('jun..');
  });
});

describe('whom the writer spoke to', () => {
  it('a German department or role typed bare takes its article ("mit dem Büro", "mit dem Chef")', () => {
    expect(contact('de', 'Telefon', 'Büro (Frau Seidl)')).toContain('und mit dem Büro (Frau Seidl) gesprochen.');
    expect(contact('de', 'Telefon', 'Chef')).toContain('und mit dem Chef gesprochen.');
    // Written to them, in the genitive, the name after it too.
    expect(contact('de', 'E-Mail', 'Monteur (Herr Brandt)')).toContain('(zu Händen des Monteurs, Herrn Brandt).');
  });
});

describe('what did not follow what was said', () => {
  it('is set against it with "pero", "aber" where the writer put only a comma', () => {
    expect(letter('es', [{ date: '2026-10-20', channel: 'teléfono', result: 'dijeron que el técnico vendría al dia siguiente, no vino nadie' }])).toContain('vendría al dia siguiente, pero no vino nadie.');
    expect(letter('de', [{ date: '2026-10-20', channel: 'Telefon', result: 'man hat gesagt der Chef meldet sich, es hat sich niemand gemeldet' }])).toContain('meldet sich, aber es hat sich niemand gemeldet.');
  });
});
