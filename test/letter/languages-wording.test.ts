// Letters in French, German and Spanish, rendered from whole cases: what the reader sees where
// the writer's words meet the letter's own (deposits, contact channels, articles after
// prepositions, capitals inside the writer's sentences).
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { townOf } from '../../src/letter/town.js';
import { stageNotes } from '../../src/letter/ladder.js';

type Lang = 'fr' | 'de' | 'es';
const PLACE = {
  fr: { country: 'FR', address: '12 rue de la Paix, 69002 Lyon', company: 'Société X' },
  de: { country: 'DE', address: 'Hauptstraße 1, 80331 München', company: 'Firma X' },
  es: { country: 'ES', address: 'Calle Mayor 1, 28013 Madrid', company: 'Empresa X' },
} as const;
const STORY = {
  fr: { circumstances: 'Le problème a commencé le 2 mai.', expectations: 'un service conforme', outcome: 'rien de conforme' },
  de: { circumstances: 'Das Problem begann am 2. Mai.', expectations: 'eine ordentliche Leistung', outcome: 'nichts davon' },
  es: { circumstances: 'El problema empezó el 2 de mayo.', expectations: 'un servicio correcto', outcome: 'nada de eso' },
} as const;

/** The letter (text) for a case in `language`, with `over` laid over a plain case. */
/** A plain case in `language`, with `over` laid over it. */
function caseFor(language: Lang, over: Record<string, any> = {}) {
  const place = PLACE[language];
  return caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address, ...over.sender },
    recipient: { company: place.company, ...over.recipient },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100, ...over.purchase },
    story: { ...STORY[language], ...over.story },
    request: { remedy: 'refund', ...over.request },
    letter: { date: '2026-11-16', language, ...over.letter },
    ...(over.contacts?.length && { contacts: over.contacts }),
    ...(over.evidence?.length && { evidence: over.evidence }),
  });
}

export function letter(language: Lang, over: Record<string, any> = {}, stage: 'first' | 'reminder' | 'final' | 'card-dispute' = 'first'): string {
  const produced = produceLetter(caseFor(language, over), { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  // The letter from the place and date on: the recipient's block before it is tested in languages.test.ts.
  const text = produced.output.content as string;
  const block = (produced.letter.case.phrases as { recipientBlock?: string }).recipientBlock;
  // No-break spaces (before € and French punctuation) read as spaces here.
  return (block && text.startsWith(`${block}\n\n`) ? text.slice(block.length + 2) : text).replace(/[\u00A0\u202F]/g, ' ');
}

describe('a deposit', () => {
  it('held as security (a rent deposit) is a Kaution, a fianza, a dépôt de garantie, never an order', () => {
    const de = letter('de', { purchase: { item: 'Mietkaution für die Wohnung Hauptstraße 5', kind: 'deposit', amount: 2400 } });
    // The item names its kind: not said twice ("folgender Kaution: Mietkaution…").
    expect(de).toContain('wegen der Mietkaution für die Wohnung Hauptstraße 5.');
    expect(de).toContain('Am 1. April 2026 habe ich eine Kaution von 2.400,00 € gezahlt.');
    expect(de).not.toMatch(/Bestellung|Anzahlung/);
    const es = letter('es', { purchase: { item: 'la fianza del piso de la calle Luna 3', kind: 'deposit', amount: 1800 } });
    expect(es).toContain('Me pongo en contacto con ustedes en relación con la fianza del piso de la calle Luna 3.');
    expect(es).toContain('El 1 de abril de 2026 entregué una fianza de 1.800,00 €.');
    expect(es).not.toMatch(/pedido|señal/);
    const fr = letter('fr', { purchase: { item: 'appartement du 3 rue Neuve', kind: 'deposit', amount: 900 }, recipient: { sector: 'property' } });
    expect(fr).toContain('au sujet de la somme suivante, versée à titre de dépôt de garantie : appartement du 3 rue Neuve.');
    expect(fr).toContain("J'ai versé un dépôt de garantie de 900,00 € le 1er avril 2026.");
    expect(fr).not.toMatch(/commande|acompte/);
  });
  it('of a rented home, not returned, cites the tenancy law in France and Spain, and only for a rented home', () => {
    const tenancy = { recipient: { sector: 'property' }, story: { problem: 'deposit-not-returned' } };
    const fr = letter('fr', { ...tenancy, purchase: { item: "dépôt de garantie de l'appartement", kind: 'deposit', amount: 900 } });
    expect(fr).toContain("au sujet de mon dépôt de garantie de l'appartement.");
    expect(fr).toContain("Je crois comprendre qu'en application de l'article 22 de la loi du 6 juillet 1989, le dépôt de garantie doit être restitué");
    const es = letter('es', { ...tenancy, purchase: { item: 'fianza del piso', kind: 'deposit', amount: 1200 } });
    expect(es).toContain('Entiendo que, conforme al artículo 36.4 de la Ley de Arrendamientos Urbanos');
    // A deposit paid to a shop is no tenancy: the writer did not say the business lets homes.
    const shop = letter('es', { purchase: { item: 'sofá', kind: 'deposit', amount: 200 }, story: { problem: 'deposit-not-returned' } });
    expect(shop).not.toMatch(/Arrendamientos|arrendatario/);
  });
  it('paid towards a price, or called an advance by the writer, stays a down payment', () => {
    const de = letter('de', { purchase: { item: 'Gartenhaus', kind: 'deposit', amount: 500, price: 2000 } });
    expect(de).toContain('wegen folgender Bestellung, für die ich eine Anzahlung geleistet habe');
    const es = letter('es', { purchase: { item: 'caseta de jardín', kind: 'deposit', amount: 300 }, story: { circumstances: 'Pagué una señal el 5 de mayo.' } });
    expect(es).toContain('El 1 de abril de 2026 pagué una señal de 300,00 €.');
  });
  it('that nothing names is told as a sum paid, without calling it an order or a security', () => {
    const de = letter('de', { purchase: { item: 'Sofa Modell Ulm', kind: 'deposit', amount: 200 } });
    expect(de).toContain('wegen folgender Zahlung: Sofa Modell Ulm. Am 1. April 2026 habe ich Ihnen 200,00 € gezahlt.');
    const es = letter('es', { purchase: { item: 'sofá modelo Ulm', kind: 'deposit', amount: 200 } });
    expect(es).toContain('en relación con la siguiente cantidad que les entregué: sofá modelo Ulm. El 1 de abril de 2026 les entregué 200,00 €.');
  });
});

describe('what the letter is about', () => {
  it('is the topic, then the item after a colon, unless the item starts with the noun of its kind', () => {
    expect(letter('es', { purchase: { item: 'hotel en Sevilla', kind: 'booking' } })).toContain('en relación con la siguiente reserva: un hotel en Sevilla.');
    expect(letter('es', { purchase: { item: 'Reserva hotel en Sevilla', kind: 'booking' } })).toContain('en relación con la reserva hotel en Sevilla.');
    expect(letter('es', { purchase: { item: 'suscripción anual', kind: 'subscription' } })).toContain('en relación con la suscripción anual.');
    // A plural is not the kind's noun: no "la compras".
    expect(letter('es', { purchase: { item: 'compras del mes', kind: 'other' } })).toContain('en relación con la siguiente compra: unas compras del mes.');
    expect(letter('fr', { purchase: { item: 'Abonnement fibre 1 Gb/s', kind: 'subscription' } })).toContain("au sujet de l'abonnement fibre 1 Gb/s.");
    expect(letter('fr', { purchase: { item: 'réservation chambre 12', kind: 'booking', reference: 'HP-55' } })).toContain('au sujet de la réservation chambre 12 (référence HP-55).');
    expect(letter('fr', { purchase: { item: 'canapé Oslo', kind: 'goods' } })).toContain("au sujet de l'achat suivant : un canapé Oslo.");
    expect(letter('de', { purchase: { item: 'Buchung Hotel Adler', kind: 'booking' } })).toContain('wegen der Buchung Hotel Adler.');
    // "Auftrag" would need its genitive ("des Auftrags"): the topic stays.
    expect(letter('de', { purchase: { item: 'Auftrag Dachreparatur', kind: 'service' } })).toContain('wegen folgenden Auftrags: Auftrag Dachreparatur.');
  });
  it('is written to "ustedes", or to "usted" when the letter goes to a named person (Spanish)', () => {
    expect(letter('es', {}, 'reminder')).toContain('Vuelvo a ponerme en contacto con ustedes en relación con');
    expect(letter('es', { recipient: { contact: 'Sra. Ruiz' } })).toContain('Me pongo en contacto con usted en relación con');
    expect(letter('fr', {})).not.toMatch(/ {2}|withYou/);
  });
});

describe('how the writer got in touch', () => {
  const contact = (language: Lang, channel: string, who?: string) =>
    letter(language, { contacts: [{ date: '2026-10-20', channel, ...(who && { who }) }] })
      .split('\n')
      .find((line) => /^(Le 20 octobre|Am 20\. Oktober|El 20 de octubre)/.test(line))!;
  it('with the person the Spanish letter is written to, is told to them as "usted"', () => {
    const toRuiz = (channel: string, result: string) =>
      letter('es', { recipient: { contact: 'Sra. Laura Ruiz' }, contacts: [{ date: '2026-10-20', channel, who: 'Laura Ruiz', result }] });
    expect(toRuiz('teléfono', 'dijo que mandaría a un fontanero')).toContain('El 20 de octubre de 2026 hablé con usted por teléfono. Dijo que mandaría a un fontanero.');
    expect(toRuiz('correo electrónico', 'contestó que no era culpa suya')).toContain('El 20 de octubre de 2026 le escribí por correo electrónico. Contestó que no era culpa suya.');
    // Someone else at the business is named, as before.
    expect(letter('es', { recipient: { contact: 'Sra. Laura Ruiz' }, contacts: [{ date: '2026-10-20', channel: 'teléfono', who: 'Pedro', result: 'dijo que lo miraría' }] })).toContain('y hablé con Pedro');
  });
  it('a visit is a visit, even when its word holds another ("visite" is not a website)', () => {
    expect(contact('fr', 'visite en agence', 'Mme Durand')).toContain('pris contact avec vous sur place et parlé à Mme Durand');
    expect(contact('de', 'persönlich am Schalter', 'Frau Lang')).toContain('habe ich Sie vor Ort aufgesucht');
    expect(contact('de', 'in der Werkstatt')).toContain('habe ich Sie vor Ort aufgesucht');
    expect(contact('es', 'presencial')).toContain('les planteé el problema en persona');
    // A title of another language is written in the letter's own.
    expect(contact('fr', 'e-mail', 'Herr Becker')).toContain("à l'attention de M. Becker");
    expect(contact('es', 'teléfono', 'Frau Keller')).toContain('hablé con la Sra. Keller');
    expect(contact('de', 'Telefon', 'Mme Dubois')).toContain('mit Frau Dubois gesprochen');
    // At the reception desk, in each language; a person met there was spoken with, never written to.
    expect(contact('de', 'an der rezeption', 'Frau Gruber')).toContain('habe ich Sie vor Ort aufgesucht und mit Frau Gruber gesprochen');
    expect(contact('es', 'en recepción', 'Laura')).toContain('les planteé el problema en persona y hablé con Laura');
    expect(contact('de', 'beim Sommerfest', 'Frau Lang')).not.toContain('zu Händen');
    // To one person (usted), a visit to the business is told without "les", at the place the writer names.
    const toNavarro = letter('es', { recipient: { contact: 'Sra. Navarro' }, contacts: [{ date: '2026-10-20', channel: 'en la tienda', result: 'no contestaron' }] });
    expect(toNavarro).toContain('planteé el problema en persona en la tienda');
    expect(toNavarro).not.toContain('les planteé');
  });
  it('an SMS or a WhatsApp message is a message sent, not a chat where someone spoke', () => {
    expect(contact('fr', 'SMS', 'M. Garcia')).toContain("Le 20 octobre 2026, j'ai envoyé un SMS à M. Garcia.");
    expect(contact('de', 'WhatsApp')).toContain('Am 20. Oktober 2026 habe ich Ihnen eine WhatsApp-Nachricht geschickt.');
    expect(contact('de', 'SMS', 'Frau Lang')).toContain('Am 20. Oktober 2026 habe ich eine SMS an Frau Lang geschickt.');
    expect(contact('es', 'WhatsApp')).toContain('El 20 de octubre de 2026 les escribí por WhatsApp.');
    for (const language of ['fr', 'de', 'es'] as const) expect(contact(language, 'WhatsApp', 'Alex')).not.toMatch(/chat|messagerie|parlé|gesprochen|hablé/i);
  });
  it('"Mail" alone is an e-mail', () => {
    expect(contact('de', 'Mail')).toContain('habe ich Ihnen per E-Mail geschrieben');
    expect(contact('fr', 'par mail')).toContain('par courriel');
  });
  it('a registered letter keeps its kind', () => {
    expect(contact('fr', 'lettre recommandée avec AR')).toContain('par lettre recommandée avec accusé de réception');
    expect(contact('fr', 'lettre recommandée')).toMatch(/par lettre recommandée\.$/);
    expect(contact('fr', 'courrier simple')).toContain('par courrier.');
    expect(contact('de', 'Einschreiben')).toContain('habe ich Ihnen per Einschreiben geschrieben.');
    expect(contact('de', 'Einschreiben mit Rückschein')).toContain('per Einschreiben mit Rückschein geschrieben.');
    expect(contact('es', 'burofax')).toContain('les escribí por burofax.');
    expect(contact('es', 'carta certificada')).toContain('les escribí por carta certificada.');
    expect(contact('es', 'carta')).toContain('les escribí por carta.');
  });
});

describe("a preposition before the writer's words", () => {
  const contactLine = (language: Lang, contacts: object[], company?: string, stage: 'first' | 'card-dispute' = 'first') =>
    letter(language, { contacts, ...(company && { recipient: { company } }) }, stage);
  it('French: à le -> au, à les -> aux, de le -> du, de les -> des, de + vowel -> d’', () => {
    const text = contactLine('fr', [
      { date: '2026-10-20', channel: 'visite en boutique', who: 'le responsable de la boutique' },
      { date: '2026-10-21', channel: 'téléphone', who: 'les conseillers du 3900' },
      { date: '2026-10-22', channel: 'courrier', who: 'le service réclamations' },
      { date: '2026-10-23', channel: 'courrier', who: 'les juristes' },
      { date: '2026-10-24', channel: 'courriel', who: 'Anne Roux' },
    ]);
    expect(text).toContain('et parlé au responsable de la boutique.');
    expect(text).toContain("je vous ai téléphoné et j'ai parlé aux conseillers du 3900.");
    expect(text).toContain("à l'attention du service réclamations.");
    expect(text).toContain("à l'attention des juristes.");
    expect(text).toContain("à l'attention d'Anne Roux.");
    expect(text).not.toMatch(/\b(à|de) les?\s/);
    const card = contactLine('fr', [], 'Air Horizon', 'card-dispute');
    expect(card).toContain("au profit d'Air Horizon :");
  });
  it('French: a capital that only starts the answer is lowered, a name keeps its own', () => {
    expect(contactLine('fr', [{ channel: 'téléphone', who: 'Une conseillère' }])).toContain("j'ai parlé à une conseillère.");
    expect(contactLine('fr', [{ channel: 'téléphone', who: 'Le Roux' }])).toContain("j'ai parlé à Le Roux.");
  });
  it('Spanish: a el -> al, de el -> del, a title takes its article, a capital article is lowered', () => {
    const text = contactLine('es', [
      { date: '2026-10-20', channel: 'correo electrónico', who: 'el departamento de postventa' },
      { date: '2026-10-21', channel: 'WhatsApp', who: 'el encargado' },
      { date: '2026-10-22', channel: 'teléfono', who: 'Sra. Martínez' },
      { date: '2026-10-23', channel: 'teléfono', who: 'Un agente' },
      { date: '2026-10-24', channel: 'teléfono', who: 'D. Jordi Puig' },
    ]);
    expect(text).toContain('a la atención del departamento de postventa.');
    expect(text).toContain('escribí por WhatsApp al encargado.');
    expect(text).toContain('y hablé con la Sra. Martínez.');
    expect(text).toContain('y hablé con un agente.');
    expect(text).toContain('y hablé con D. Jordi Puig.');
    expect(text).not.toMatch(/\b(a|de) el\s/);
  });
  it('German: the dative after "mit" and "von", the accusative after "an"', () => {
    const text = contactLine('de', [
      { date: '2026-10-20', channel: 'Telefon', who: 'Herr Maier' },
      { date: '2026-10-21', channel: 'persönlich am Schalter', who: 'eine Mitarbeiterin von SkyWings' },
      { date: '2026-10-22', channel: 'Telefon', who: 'der Filialleiter' },
      { date: '2026-10-23', channel: 'E-Mail', who: 'Herr Becker' },
      { date: '2026-10-24', channel: 'SMS', who: 'Herr Yilmaz' },
      { date: '2026-10-25', channel: 'Telefon', who: 'Frau Lang' },
      { date: '2026-10-26', channel: 'Telefon', who: 'Hr. Wolf' },
    ]);
    expect(text).toContain('und mit Herrn Maier gesprochen.');
    expect(text).toContain('und mit Herrn Wolf gesprochen.');
    expect(text).toContain('und mit einer Mitarbeiterin von SkyWings gesprochen.');
    expect(text).toContain('und mit dem Filialleiter gesprochen.');
    expect(text).toContain('(zu Händen von Herrn Becker).');
    expect(text).toContain('eine SMS an Herrn Yilmaz geschickt.');
    expect(text).toContain('und mit Frau Lang gesprochen.');
  });
});

describe("the writer's sentences keep their own small letters", () => {
  it('after a German ordinal or an abbreviation, nothing is capitalised', () => {
    const de = letter('de', { story: { circumstances: 'die Lieferung war für den 5. bis 7. Oktober zugesagt, ca. drei Tage zu spät, z. B. fehlten die Füße.', impact: 'das kostete mich ca. zwei Urlaubstage.' } });
    expect(de).toContain('Die Lieferung war für den 5. bis 7. Oktober zugesagt, ca. drei Tage zu spät, z. B. fehlten die Füße.');
    expect(de).toContain('Das kostete mich ca. zwei Urlaubstage.');
    const es = letter('es', { story: { circumstances: 'faltaban piezas, p. ej. las patas, y tardaron aprox. tres semanas.' } });
    expect(es).toContain('Faltaban piezas, p. ej. las patas, y tardaron aprox. tres semanas.');
    const fr = letter('fr', { story: { circumstances: 'coupure de 3 h. env. trois semaines sans connexion.' } });
    expect(fr).toContain('Coupure de 3 h. env. trois semaines sans connexion.');
  });
  it('a word the writer cut short keeps what follows in small letters; a year ends a German sentence', () => {
    const fr = letter('fr', { story: { circumstances: "j'ai reçu une facture de régul. de 1 184 € le 28 janvier. c'est trop." } });
    expect(fr).toContain("J'ai reçu une facture de régul. de 1 184 € le 28 janvier. C'est trop.");
    const es = letter('es', { story: { circumstances: 'me cobraron la cuota de mant. del mes de junio. no la debía.' } });
    expect(es).toContain('Me cobraron la cuota de mant. del mes de junio. No la debía.');
    const de = letter('de', { story: { circumstances: 'ich habe am 3. febr. und im märz gekündigt, zum 31. Dezember 2025. eine bestätigung kam nie.' } });
    expect(de).toContain('am 3. febr. und im März gekündigt, zum 31. Dezember 2025. Eine bestätigung kam nie.');
  });
});

describe("the writer's answer after a colon in a French or Spanish sentence", () => {
  it('starts with a small letter, unless it starts with a name or an acronym', () => {
    const fr = letter('fr', {
      purchase: { item: 'Déménagement de mon appartement', kind: 'service' },
      story: { expectations: "L'équipe devait tout emballer", outcome: 'Rien ne fut emballé' },
      contacts: [{ channel: 'téléphone', result: 'Aucune réponse' }, { channel: 'téléphone', result: 'SFR a promis un rappel' }],
      request: { remedy: 'partial-refund', amount: 50, reason: 'La moitié du travail manquait' },
    });
    expect(fr).toContain('au sujet de la prestation suivante : le déménagement de mon appartement.');
    expect(fr).toContain("Ce qui était convenu : l'équipe devait tout emballer.");
    expect(fr).toContain('Ce qui s\'est réellement passé : rien ne fut emballé.');
    expect(fr).toContain("Je n'ai reçu aucune réponse.");
    expect(fr).toContain(': SFR a promis un rappel.');
    expect(fr).toContain('Motif : la moitié du travail manquait.');
    const es = letter('es', {
      purchase: { item: 'Portátil Lenovo', kind: 'goods' },
      story: { expectations: 'Un portátil nuevo', outcome: 'Marta nos dijo que no había stock' },
      contacts: [{ channel: 'teléfono', result: 'Me dijeron que esperara' }],
      request: { remedy: 'correction', correction: 'La sustitución del portátil' },
    });
    expect(es).toContain('Lo que cabía esperar: un portátil nuevo.');
    expect(es).toContain('Lo que ocurrió en realidad: Marta nos dijo que no había stock.');
    // What came back that reads as a sentence is one; a note keeps its label.
    expect(es).toContain('Les llamé por teléfono. Me dijeron que esperara.');
    expect(es).toContain('de la siguiente manera: la sustitución del portátil.');
    expect(es).toContain('en relación con la siguiente compra: un portátil Lenovo.');
  });
  it('German keeps the capitals of its nouns', () => {
    const de = letter('de', { story: { expectations: 'Lieferung am 5. Oktober' } });
    expect(de).toContain('Lieferung am 5. Oktober.');
  });
});

describe('a contact told to the business', () => {
  it('names no customer service the writer did not name, and reads "Résultat"', () => {
    const fr = letter('fr', { contacts: [{ date: '2026-10-20', channel: 'téléphone', who: 'M. Bernard', result: 'aucune réponse à ce jour' }, { date: '2026-10-21', channel: 'courriel' }] });
    expect(fr).toContain("Le 20 octobre 2026, je vous ai téléphoné et j'ai parlé à M. Bernard. Résultat : aucune réponse à ce jour.");
    expect(fr).toContain('Le 21 octobre 2026, je vous ai écrit par courriel.');
    expect(fr).not.toMatch(/service client|Réponse obtenue/);
    const es = letter('es', { contacts: [{ date: '2026-10-20', channel: 'teléfono', who: 'D. Jordi Puig' }, { date: '2026-10-21', channel: 'teléfono' }] });
    expect(es).toContain('El 20 de octubre de 2026 les llamé por teléfono y hablé con D. Jordi Puig.');
    expect(es).toContain('El 21 de octubre de 2026 les llamé por teléfono.');
    expect(es).not.toContain('servicio de atención al cliente');
  });
});

describe('more than the agreed price was charged', () => {
  it('says so, rather than "of which I have already paid" more than the price', () => {
    const over = { purchase: { kind: 'service', amount: 780, price: 520 } };
    expect(letter('de', over)).toContain('Der vereinbarte Preis betrug 520,00 €, berechnet wurden mir jedoch 780,00 €.');
    expect(letter('fr', over)).toContain("Le prix convenu était de 520,00 €, mais 780,00 € m'ont été facturés.");
    expect(letter('es', over)).toContain('El precio acordado era de 520,00 €, pero me cobraron 780,00 €.');
    expect(letter('de', { purchase: { kind: 'service', amount: 200, price: 520 } })).toContain('davon habe ich 200,00 € bereits bezahlt.');
  });
});

describe('a verb or adverb after a colon', () => {
  it('is lowered like any other word that only starts the answer', () => {
    expect(letter('fr', { story: { expectations: 'Être remboursé sous 7 jours' } })).toContain('Ce qui était convenu : être remboursé sous 7 jours.');
    expect(letter('fr', { story: { expectations: 'Plus aucun prélèvement' } })).toContain('Ce que j\'étais en droit d\'attendre : plus aucun prélèvement.');
    expect(letter('es', { story: { expectations: 'Más rapidez' } })).toContain('Lo que cabía esperar: más rapidez.');
  });
});

describe("the writer's own greeting", () => {
  it('is repeated by a French closing, as the default greeting is, by its title only; German and Spanish closings stay as they are', () => {
    const fr = letter('fr', { letter: { greeting: 'Madame Dubois' } });
    expect(fr).toContain('Madame Dubois,\n');
    expect(fr).toContain("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.");
    expect(fr).not.toContain('Madame, Monsieur');
    expect(letter('fr', { letter: { greeting: 'Monsieur le Directeur' } })).toContain("Je vous prie d'agréer, Monsieur le Directeur, l'expression");
    expect(letter('de', { letter: { greeting: 'Liebe Frau Weber' } })).toContain('Mit freundlichen Grüßen');
    expect(letter('es', { letter: { greeting: 'Estimada Sra. Ruiz' } })).toContain('Atentamente,');
  });

  it('an informal greeting gets an informal closing, and neither goes to the card issuer', () => {
    const fr = letter('fr', { letter: { greeting: 'Bonjour Madame Haddad' } });
    expect(fr).toContain('Bonjour Madame Haddad,\n');
    expect(fr).toContain('Cordialement,');
    expect(fr).not.toContain("Je vous prie d'agréer, Bonjour");
    expect(letter('es', { letter: { greeting: 'Hola Paco' } })).toContain('Un saludo,');
    const bank = letter('fr', { letter: { greeting: 'Bonjour Madame Haddad', signOff: 'Bien à vous' } }, 'card-dispute');
    expect(bank).not.toMatch(/Bonjour|Bien à vous/);
    expect(bank).toContain('Madame, Monsieur,');
  });
});

describe("a business's name after a preposition", () => {
  const card = (language: Lang, company: string, over: Record<string, any> = {}) =>
    letter(language, { recipient: { company }, contacts: [{ date: '2026-10-20', channel: language === 'fr' ? 'courriel' : 'correo electrónico' }], ...over }, 'card-dispute');
  it('French: the article of the name contracts with à and de, whatever its capital', () => {
    const jardins = card('fr', 'Les Jardins du Midi');
    expect(jardins).toContain("Voici ce que j'ai exposé aux Jardins du Midi dans ma réclamation.");
    // What the writer asked of the merchant, as they asked it (here a refund).
    expect(jardins).toContain("J'ai demandé aux Jardins du Midi de me rembourser 100,00 €, et le litige");
    expect(jardins).toContain('au profit des Jardins du Midi :');
    expect(jardins).toContain("j'ai écrit aux Jardins du Midi par courriel.");
    expect(jardins).toContain('- Bénéficiaire : Les Jardins du Midi');
    // A business named by what it is takes that noun's article: "au Garage du Centre", "à la Salle Forme Plus", "à l'Hôtel du Lac".
    const garage = card('fr', 'Garage du Centre Auto');
    expect(garage).toContain("Voici ce que j'ai exposé au Garage du Centre Auto dans ma réclamation.");
    expect(garage).toContain('au profit du Garage du Centre Auto :');
    expect(card('fr', 'Salle Forme Plus')).toContain("Voici ce que j'ai exposé à la Salle Forme Plus dans ma réclamation.");
    expect(card('fr', 'Hôtel du Lac')).toContain("Voici ce que j'ai exposé à l'Hôtel du Lac dans ma réclamation.");
    expect(card('fr', 'Optique Vidal')).toContain("Voici ce que j'ai exposé à Optique Vidal dans ma réclamation.");
    const four = card('fr', 'Le Petit Four', { letter: { previous: ['2026-10-01'] } });
    expect(four).toContain('au profit du Petit Four :');
    expect(four).toContain("Par courrier du 1er octobre 2026, j'ai demandé au Petit Four de me rembourser 100,00 €.");
    // Typed in capitals, the name is written in normal letters (a name in capitals reads as shouting), its article contracted all the same.
    expect(card('fr', 'LE GRAND COMPTOIR')).toContain('exposé au Grand Comptoir dans');
    expect(`${four}\n${jardins}`).not.toMatch(/\b(à|de) (Le|Les)\s/);
  });
  it('French: a name that only begins with the letters of an article, or with la, stays as written', () => {
    expect(card('fr', 'Lescure SARL')).toContain('exposé à Lescure SARL dans');
    expect(card('fr', 'Leroy Merlin')).toContain('au profit de Leroy Merlin :');
    expect(card('fr', 'La Poste')).toContain('exposé à La Poste dans');
    expect(card('fr', 'Air Horizon')).toContain("au profit d'Air Horizon :");
    // A business named after a surname that starts with Le keeps it whole.
    expect(card('fr', 'Le Goff SARL')).toContain('exposé à Le Goff SARL dans');
    expect(card('fr', 'Le Gall Plomberie')).toContain("J'ai demandé à Le Gall Plomberie de me rembourser");
    expect(card('fr', 'Le Petit Four SARL')).toContain('exposé au Petit Four SARL dans');
    expect(card('fr', 'Le Bon Garage')).toContain('exposé au Bon Garage dans');
  });
  it('Spanish: a el -> al, de el -> del for a name that starts with El', () => {
    const corte = card('es', 'El Corte Inglés', { letter: { previous: ['2026-10-01'] } });
    expect(corte).toContain('Esto es lo que expuse al Corte Inglés en mi reclamación.');
    expect(corte).toContain('solicité al Corte Inglés el reembolso');
    expect(corte).toContain('a favor del Corte Inglés:');
    expect(corte).toContain('escribí al Corte Inglés por correo electrónico.');
    expect(corte).not.toMatch(/\b(a|de) El\s/);
    expect(card('es', 'El Rincón del Mueble')).toContain('Solicité al Rincón del Mueble el reembolso de 100,00 €, y el problema sigue sin resolverse.');
  });
  it('Spanish: Elcano, Los Alpes and La Tienda stay as written', () => {
    expect(card('es', 'Elcano Viajes')).toContain('expuse a Elcano Viajes en');
    expect(card('es', 'Los Alpes S.L.')).toContain('expuse a Los Alpes S.L. en');
    expect(card('es', 'La Tienda Verde')).toContain('a favor de La Tienda Verde:');
  });
  it("a person's surname keeps its article", () => {
    expect(letter('fr', { contacts: [{ channel: 'téléphone', who: 'Le Roux' }] })).toContain("j'ai parlé à Le Roux.");
  });
});

describe('the greeting to a named reader', () => {
  const opening = (language: Lang, contact: string) => {
    const lines = letter(language, { recipient: { contact } }).split('\n');
    return { greeting: lines[4], closing: lines.find((line) => /^(Je vous prie|Mit freundlichen|Atentamente)/.test(line)) };
  };
  it('German: Herr (or Herrn, as an address writes it) or Frau, with an academic title, and the surname', () => {
    expect(opening('de', 'Herrn Klaus Becker').greeting).toBe('Sehr geehrter Herr Becker,');
    expect(opening('de', 'Herr Dr. Klaus Becker').greeting).toBe('Sehr geehrter Herr Dr. Becker,');
    expect(opening('de', 'Frau Prof. Weber').greeting).toBe('Sehr geehrte Frau Prof. Weber,');
    expect(opening('de', 'Frau Prof. Dr. Anna Weber (Geschäftsführung)').greeting).toBe('Sehr geehrte Frau Prof. Dr. Weber,');
    expect(opening('de', 'Herrn Klaus von Becker').greeting).toBe('Sehr geehrter Herr von Becker,');
    expect(opening('de', 'Hr. Yilmaz, Kundenservice').greeting).toBe('Sehr geehrter Herr Yilmaz,');
  });
  it('German: no Herr or Frau, or a team, is greeted as Damen und Herren', () => {
    expect(opening('de', 'Dr. Klaus Becker').greeting).toBe('Sehr geehrte Damen und Herren,');
    expect(opening('de', 'Kundenservice').greeting).toBe('Sehr geehrte Damen und Herren,');
  });
  it('Spanish: an academic title stands in for Sr. or Sra.; Don and Doña after them are left out', () => {
    expect(opening('es', 'Dra. Ruiz').greeting).toBe('Estimada Dra. Ruiz:');
    expect(opening('es', 'Sra. Dra. Elena Ruiz').greeting).toBe('Estimada Dra. Ruiz:');
    expect(opening('es', 'Dr. Miguel Ortega').greeting).toBe('Estimado Dr. Ortega:');
    expect(opening('es', 'Prof. Ana García').greeting).toBe('Estimados señores:');
    expect(opening('es', 'Sra. Prof. Ana García').greeting).toBe('Estimada Prof. García:');
    expect(opening('es', 'Sr. D. Juan Pérez').greeting).toBe('Estimado Sr. Pérez:');
    expect(opening('es', 'Sra. Dña. María López').greeting).toBe('Estimada Sra. López:');
    expect(opening('es', 'D.ª Carmen Ruiz').greeting).toBe('Estimada Sra. Ruiz:');
    expect(opening('es', 'Sr. Juan de la Cruz').greeting).toBe('Estimado Sr. De la Cruz:');
    expect(opening('es', 'Atención al cliente').greeting).toBe('Estimados señores:');
  });
  it('Spanish: a full name is greeted by its surnames, after the given names', () => {
    expect(opening('es', 'D. José Luis Rodríguez').greeting).toBe('Estimado Sr. Rodríguez:');
    expect(opening('es', 'Sra. María Pérez García').greeting).toBe('Estimada Sra. Pérez García:');
    expect(opening('es', 'D. Antonio Sánchez Ruiz (propietario)').greeting).toBe('Estimado Sr. Sánchez Ruiz:');
    expect(opening('es', 'Sra. María José Pérez García').greeting).toBe('Estimada Sra. Pérez García:');
    // Doña with a given name alone: that is how she is greeted.
    expect(opening('es', 'Dña. María').greeting).toBe('Estimada Dña. María:');
    expect(opening('es', 'don Andrés').greeting).toBe('Estimado D. Andrés:');
  });
  it('German: a surname\'s particle stays, "jun." and "sen." are left out', () => {
    expect(opening('de', 'Herr von Bülow').greeting).toBe('Sehr geehrter Herr von Bülow,');
    expect(opening('de', 'Herr Meier jun.').greeting).toBe('Sehr geehrter Herr Meier,');
    expect(opening('de', 'Frau Dr. Schmidt sen.').greeting).toBe('Sehr geehrte Frau Dr. Schmidt,');
  });
  it('French: Madame, Monsieur or Maître, without the name, and a closing that repeats it', () => {
    expect(opening('fr', 'M. Dupont')).toEqual({ greeting: 'Monsieur,', closing: "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées." });
    expect(opening('fr', 'Mme Martin')).toEqual({ greeting: 'Madame,', closing: "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées." });
    expect(opening('fr', 'Maître Dupont')).toEqual({ greeting: 'Maître,', closing: "Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées." });
    expect(opening('fr', 'Me Claire Lefèvre (avocate)').greeting).toBe('Maître,');
    expect(opening('fr', 'Mme Me Lefèvre').greeting).toBe('Madame,');
    // A doctor is "Docteur," in French, whoever they are.
    expect(opening('fr', 'Dr Martin')).toEqual({ greeting: 'Docteur,', closing: "Je vous prie d'agréer, Docteur, l'expression de mes salutations distinguées." });
    expect(opening('fr', 'Mme le Dr Martin').greeting).toBe('Madame,');
    expect(opening('fr', 'M. et Mme Dupont').greeting).toBe('Madame, Monsieur,');
    expect(opening('de', 'Herr und Frau Becker').greeting).toBe('Sehr geehrte Damen und Herren,');
  });
});

describe('the final letter', () => {
  it('comes with how to send it so its arrival can be proved: LRAR, Einschreiben, burofax', () => {
    const sent = { fr: /lettre recommandée avec accusé de réception/, de: /Einschreiben mit Rückschein/, es: /burofax/ } as const;
    for (const language of ['fr', 'de', 'es'] as const) {
      const value = caseFor(language, { letter: { previous: ['2026-10-01'] } });
      const notes = (stage: 'first' | 'final') => {
        const produced = produceLetter(value, { format: 'text', settings: { stage } });
        if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
        return stageNotes(produced.letter.case).join('\n');
      };
      expect(notes('final'), language).toMatch(sent[language]);
      expect(notes('first'), language).not.toMatch(sent[language]);
    }
  });
});

describe('costs with a refund', () => {
  it('are summed as the costs, and the whole claim once as the total', () => {
    const costs = [{ what: 'hôtel', amount: 120 }, { what: 'repas', amount: 30 }];
    const claim = (language: Lang) => letter(language, { request: { remedy: 'refund', costs } });
    expect(claim('fr')).toContain('(soit 150,00 €)');
    expect(claim('fr')).toContain("Ma demande s'élève donc au total à 250,00 €.");
    expect(claim('de')).toContain('(zusammen 150,00 €)');
    expect(claim('de')).toContain('Insgesamt fordere ich damit 250,00 €.');
    expect(claim('es')).toContain('(en conjunto, 150,00 €)');
    expect(claim('es')).toContain('En total, reclamo 250,00 €.');
    for (const language of ['fr', 'de', 'es'] as const) expect(claim(language), language).not.toMatch(/150,00 € (au|en) total|insgesamt 150/);
  });
});

describe('a booking', () => {
  it('is dated the day it was made, never read as the day of the journey', () => {
    const booked = (language: Lang) => letter(language, { purchase: { item: 'vol Paris-Nice', kind: 'booking', date: '2026-08-02', amount: 412.6 } });
    expect(booked('fr')).toContain("J'ai effectué cette réservation le 2 août 2026 et réglé 412,60");
    expect(booked('de')).toContain('Ich habe am 2. August 2026 gebucht und 412,60');
    expect(booked('es')).toContain('Hice la reserva el 2 de agosto de 2026 y pagué 412,60');
  });
});

describe('the place before the date', () => {
  const dateLine = (language: Lang, address: string) => letter(language, { sender: { address } }).split('\n')[0];
  it('is the town after the postcode, without what people add to it', () => {
    expect(dateLine('es', 'Calle Mayor 5, 28013 Madrid (Madrid)')).toBe('Madrid, 16 de noviembre de 2026');
    expect(dateLine('es', 'Calle Luna 3, 3º B, 29601 Marbella (Málaga), España')).toBe('Marbella, 16 de noviembre de 2026');
    expect(dateLine('es', 'Calle Sol 2 08001 Barcelona')).toBe('Barcelona, 16 de noviembre de 2026');
    expect(dateLine('fr', '12 rue X, 69002 Lyon 2e')).toBe('Lyon, le 16 novembre 2026');
    expect(dateLine('fr', '5 avenue Foch\n75116 PARIS 16\nFrance')).toBe('Paris, le 16 novembre 2026');
    expect(dateLine('fr', 'BP 12, 13001 Marseille Cedex 01')).toBe('Marseille, le 16 novembre 2026');
    expect(dateLine('fr', '3 rue Nationale, 59650 VILLENEUVE-D’ASCQ')).toBe('Villeneuve-d’Ascq, le 16 novembre 2026');
    expect(dateLine('de', 'Hauptstr. 3, 80331 München-Altstadt')).toBe('München, 16. November 2026');
    expect(dateLine('de', 'Dorfstraße 1, 01234 Musterdorf OT Neuhaus')).toBe('Musterdorf, 16. November 2026');
    expect(dateLine('de', 'Marienplatz 1, D-80331 MÜNCHEN-ALTSTADT')).toBe('München, 16. November 2026');
    // Typed in small letters, the town has its capitals, and so has the writer's name.
    expect(dateLine('fr', '4 rue des lilas, 13090 aix-en-provence')).toBe('Aix-en-Provence, le 16 novembre 2026');
    expect(dateLine('es', 'calle mayor 5, 28013 madrid')).toBe('Madrid, 16 de noviembre de 2026');
    const signed = letter('es', { sender: { name: 'lucía de la fuente' } });
    expect(signed).toMatch(/\nLucía de la Fuente\n/);
    expect(dateLine('es', 'C/ Mayor 1, 08901 L’HOSPITALET DE LLOBREGAT - España')).toBe('L’Hospitalet de Llobregat, 16 de noviembre de 2026');
    expect(dateLine('fr', '1 rue X, 69002 Lyon 2e arr.')).toBe('Lyon, le 16 novembre 2026');
  });
  it('keeps a town whose own name has a hyphen or several words', () => {
    expect(dateLine('de', 'Bahnhofstr. 2, 82467 Garmisch-Partenkirchen')).toBe('Garmisch-Partenkirchen, 16. November 2026');
    expect(dateLine('de', 'Kaiserstr. 1, 60311 Frankfurt am Main')).toBe('Frankfurt am Main, 16. November 2026');
    expect(dateLine('fr', '1 cours Mirabeau, 13100 Aix-en-Provence')).toBe('Aix-en-Provence, le 16 novembre 2026');
  });
  it("reads the other postcodes of the countries where a letter's date has its place", () => {
    expect(townOf('Damrak 1, 1012 AB Amsterdam')).toBe('Amsterdam');
    expect(townOf('Rua Augusta 1, 1100-053 Lisboa')).toBe('Lisboa');
    expect(townOf('Václavské náměstí 1, 110 00 Praha 1')).toBe('Praha');
    expect(townOf('Bahnhofstrasse 1, CH-8001 Zürich')).toBe('Zürich');
    // A Canadian address: the town before its province and postcode, never the street after a house number.
    expect(townOf('1200 rue Sherbrooke Est, Montréal QC H2L 1M1')).toBe('Montréal');
    expect(townOf('45 boul. Saint-Joseph, Gatineau, QC J8Y 3W1')).toBe('Gatineau');
    expect(townOf('1200 rue Sherbrooke Est')).toBeUndefined();
    expect(townOf('2500 Main Street, Springfield')).toBeUndefined();
  });
  it('is left out when the words after the postcode do not read as a town', () => {
    expect(dateLine('es', 'Av. de América 5, 28013 Madrid 3 izq')).toBe('16 de noviembre de 2026');
    expect(dateLine('de', 'Hauptstraße 1234, Berlin')).toBe('16. November 2026');
    expect(dateLine('fr', '12 rue de la Paix')).toBe('Le 16 novembre 2026');
  });
});

describe('a Spanish letter to a named person', () => {
  const PLURAL = /\b(ustedes|[Ll]es (solicit|ruego|agradezco|escribí|llamé|entregué|requiero|recuerdo|dirigí)|den una respuesta|van a hacer|atiendan)\b/;
  const over = {
    purchase: { kind: 'deposit', item: 'sofá modelo Ulm' },
    contacts: [{ date: '2026-10-20', channel: 'teléfono', who: 'Marta' }, { date: '2026-10-22', channel: 'correo electrónico' }, { channel: 'chat' }],
    request: { remedy: 'either', correction: 'entregar el sofá' },
    letter: { previous: ['2026-10-01'] },
  };
  it('speaks to one reader at every stage: no ustedes, no les', () => {
    for (const stage of ['first', 'reminder', 'final'] as const) {
      for (const contact of ['Sra. Elena Ruiz', 'Dr. Miguel Ortega', 'D. Jordi Puig']) {
        expect(letter('es', { ...over, recipient: { contact } }, stage)).not.toMatch(PLURAL);
      }
    }
    expect(letter('es', { ...over, letter: { greeting: 'Estimada Sra. Ruiz' } })).not.toMatch(PLURAL);
  });
  it('names the business where it tells of money paid to it, and speaks to the reader of earlier contacts', () => {
    const text = letter('es', { ...over, recipient: { contact: 'Sra. Elena Ruiz', company: 'El Corte Inglés' } });
    expect(text).toContain('El 20 de octubre de 2026 llamé por teléfono y hablé con Marta.');
    expect(text).toContain('El 22 de octubre de 2026 le escribí por correo electrónico.');
    expect(text).toContain('Me puse en contacto con usted por chat.');
    expect(text).toContain('en relación con la siguiente cantidad que entregué al Corte Inglés: sofá modelo Ulm. El 1 de abril de 2026 entregué 100,00 € al Corte Inglés.');
    expect(text).toContain('Por ello, solicito que el problema se solucione de la siguiente manera: entregar el sofá. Si no es posible, solicito el reembolso de 100,00 €.');
    expect(text).toContain('Ruego una respuesta a más tardar el 30 de noviembre de 2026');
  });
  it('to a business, still says "les" where it tells what was done to the business', () => {
    const text = letter('es', over);
    expect(text).toContain('El 20 de octubre de 2026 les llamé por teléfono y hablé con Marta.');
    expect(text).toContain('Estimados señores:');
  });
});

describe('a French mise en demeure', () => {
  const SENT_BY = 'Lettre recommandée avec accusé de réception';
  const produce = (format: 'text' | 'markdown' | 'html' | 'eml', language: Lang = 'fr', stage: 'first' | 'final' = 'final', template?: string) => {
    const value = caseSchema.parse({
      sender: { name: 'Alex Martin', country: PLACE[language].country, address: PLACE[language].address, email: 'alex@example.fr' },
      recipient: { company: 'Les Jardins du Midi', address: '3 avenue du Port, 13002 Marseille', email: 'contact@example.fr' },
      purchase: { item: 'abri de jardin', kind: 'goods', date: '2026-04-01', amount: 400 },
      story: STORY[language],
      request: { remedy: 'refund' },
      letter: { date: '2026-11-16', language, previous: ['2026-10-01'] },
      history: { replies: [{ date: '2026-11-10', kind: 'offer', amount: 100 }] },
    });
    const produced = produceLetter(value, { format, template, settings: { stage } });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content as string;
  };
  it('puts the business on notice to do what is asked, by a date, and says when a médiateur may be asked', () => {
    const text = produce('text');
    // What is asked is said once, in the request just before; the notice puts the business on notice to do it.
    expect(text).toContain('Je vous demande donc de me rembourser 400,00\u00A0€.');
    expect(text).toContain('Par la présente, je vous mets en demeure de satisfaire à cette demande au plus tard le 30 novembre 2026.');
    expect(text).toContain('saisir le médiateur de la consommation dont relève votre entreprise, ce que je suis en droit de faire puisque je vous ai déjà adressé une réclamation écrite.');
    expect(text).not.toContain('donner suite');
  });
  it('says above its subject that it goes by registered post with acknowledgement of receipt', () => {
    // The recipient's block, the place and date, then how it is sent and the subject.
    const lines = produce('text').split('\n');
    const dated = lines.findIndex((line) => /^\S+, le \d/.test(line));
    expect(lines.slice(0, dated)).toEqual(['Les Jardins du Midi', expect.any(String), expect.any(String), '']);
    expect(lines.slice(dated, dated + 4)).toEqual([expect.stringMatching(/^\S+, le \d/), '', SENT_BY, expect.stringMatching(/^Objet\u00A0: Mise en demeure – /)]);
    expect(produce('markdown')).toMatch(new RegExp(`\\n\\n\\S+, le [^\\n]+\\n\\n${SENT_BY}\\n\\n\\*\\*Objet.:\\*\\* Mise en demeure`));
    const html = produce('html');
    expect(html).toContain(`<p class="sent-by">${SENT_BY}</p>\n<p class="subject">Mise en demeure`);
  });
  it('is written without it as an e-mail, and earlier letters, answers to an offer and other languages never carry it', () => {
    expect(produce('eml')).not.toContain('recommandée');
    expect(produce('text', 'fr', 'first')).not.toContain('recommandée');
    expect(produce('text', 'fr', 'final', 'answer-offer')).not.toContain(SENT_BY);
    expect(produce('text', 'de')).not.toMatch(/Einschreiben|recommandée/);
    expect(produce('text', 'es')).not.toMatch(/burofax|recommandée/);
  });
});

describe("the writer's answer after a colon in a German sentence", () => {
  it('starts with a small letter when it is no whole sentence and starts with an article, a preposition or "keine"', () => {
    const de = letter('de', {
      purchase: { item: 'Die Waschmaschine WM 8000' },
      story: { expectations: 'Eine fehlerfrei funktionierende Waschmaschine', outcome: 'Keine Reaktion auf meine E-Mails' },
      contacts: [{ channel: 'Telefon', result: 'Bis heute keine Antwort' }],
      request: { remedy: 'correction', correction: 'Die Maschine kostenlos reparieren oder ersetzen' },
    });
    expect(de).toContain('wegen folgenden Kaufs: die Waschmaschine WM 8000.');
    expect(de).toContain('Erwarten durfte ich: eine fehlerfrei funktionierende Waschmaschine.');
    expect(de).toContain('Tatsächlich ist Folgendes geschehen: keine Reaktion auf meine E-Mails.');
    expect(de).toContain('Eine Antwort habe ich nicht erhalten.');
    expect(de).toContain('wie folgt in Ordnung zu bringen: die Maschine kostenlos reparieren oder ersetzen.');
    // Its nouns typed in small letters: the infinitive at the end still tells a request.
    const typed = letter('de', { request: { remedy: 'correction', correction: 'Die arbeiten bis zum 15.10.2026 vollständig und fachgerecht fertigstellen' } });
    expect(typed).toContain('wie folgt in Ordnung zu bringen: die arbeiten bis zum 15.10.2026 vollständig und fachgerecht fertigstellen.');
    // A comma inside an amount separates no clauses.
    const amount = letter('de', { request: { remedy: 'correction', correction: 'Die Abrechnung neu erstellen und die Abbuchung von 1.843,20 € aussetzen' } });
    expect(amount).toContain('wie folgt in Ordnung zu bringen: die Abrechnung neu erstellen und die Abbuchung von 1.843,20 € aussetzen.');
    const list = letter('de', { story: { expectations: ['Die Lieferung am 5. Oktober', 'Ein Aufbau durch zwei Monteure'], outcome: ['Die Lieferung kam am 19. Oktober', 'Nur ein Monteur'] } });
    expect(list).toContain('- Vereinbart: die Lieferung am 5. Oktober. Tatsächlich: Die Lieferung kam am 19. Oktober.');
    expect(list).toContain('- Vereinbart: ein Aufbau durch zwei Monteure. Tatsächlich: nur ein Monteur.');
  });
  it('keeps the capital of a whole sentence, a noun, a name and the polite Sie and Ihr', () => {
    const de = letter('de', {
      purchase: { item: 'Waschmaschine WM 8000' },
      story: { expectations: 'Die Handwerker sollten am Montag kommen', outcome: 'Der Techniker erschien nicht' },
      contacts: [{ channel: 'Telefon', result: 'Sie haben nicht reagiert' }, { channel: 'E-Mail', result: 'Ihre Hotline war nicht erreichbar' }],
      request: { remedy: 'correction', correction: 'Neue Gläser nach meinem Rezept' },
    });
    expect(de).toContain('wegen folgenden Kaufs: Waschmaschine WM 8000.');
    expect(de).toContain('Vereinbart war: Die Handwerker sollten am Montag kommen.');
    expect(de).toContain('Tatsächlich ist Folgendes geschehen: Der Techniker erschien nicht.');
    expect(de).toContain('kontaktiert. Sie haben nicht reagiert.');
    // A whole sentence with its own subject is told as one, not after "Ergebnis:".
    expect(de).toMatch(/geschrieben\. Ihre Hotline war nicht erreichbar\./);
    expect(de).toContain('wie folgt in Ordnung zu bringen: Neue Gläser nach meinem Rezept.');
    const title = letter('de', { purchase: { item: 'Der Spiegel, Jahresabo', kind: 'subscription' }, story: { circumstances: 'Mein Abo von Der Spiegel wurde ohne Auftrag verlängert.' } });
    expect(title).toContain('wegen folgenden Vertrags: Der Spiegel, Jahresabo.');
  });
  it('starts a whole sentence with a capital, as German does after a colon', () => {
    const de = letter('de', {
      story: { expectations: 'eine Lieferung bis zum 5. Mai', outcome: 'der Tisch wurde bis heute nicht geliefert' },
      contacts: [{ channel: 'Telefon', result: 'man hat mir einen Rückruf versprochen' }, { channel: 'E-Mail', result: 'nichts davon' }],
      request: { remedy: 'partial-refund', amount: 50, reason: 'die Lieferung, die für Montag zugesagt war, kam drei Wochen zu spät' },
    });
    expect(de).toContain('Vereinbart war: eine Lieferung bis zum 5. Mai.');
    expect(de).toContain('Tatsächlich ist Folgendes geschehen: Der Tisch wurde bis heute nicht geliefert.');
    expect(de).toContain('kontaktiert. Man hat mir einen Rückruf versprochen.');
    expect(de).toContain('Ergebnis: nichts davon.');
    expect(de).toContain('Begründung: Die Lieferung, die für Montag zugesagt war, kam drei Wochen zu spät.');
    const relative = letter('de', { story: { expectations: 'Die Lieferung, die für Montag zugesagt war', outcome: 'sie bricht jedes Programm mit Fehler E21 ab' } });
    expect(relative).toContain('Vereinbart war: die Lieferung, die für Montag zugesagt war.');
    // Raised, "sie" would read as the polite Sie: the reader.
    expect(relative).toContain('Tatsächlich ist Folgendes geschehen: sie bricht jedes Programm mit Fehler E21 ab.');
  });
  it('says in a card dispute whom "you" means in the story told to the business, when it says "you" to it', () => {
    const story = { fr: "J'ai commandé le canapé chez vous le 14 août.", de: 'Ich habe das Sofa am 14. August bei Ihnen bestellt.', es: 'Contraté con ustedes el sofá el 14 de agosto.' } as const;
    const said = { fr: /Dans ce texte, «[\s\u00a0\u202f]?vous[\s\u00a0\u202f]?» désigne \S.*\./, de: /Mit „Sie“ ist darin \S.* gemeint\./, es: /En ese texto, «usted» o «ustedes» se refiere a \S.*\./ } as const;
    for (const language of ['fr', 'de', 'es'] as const) {
      const card = letter(language, { story: { circumstances: story[language] } }, 'card-dispute');
      expect(card, language).toMatch(said[language]);
      // A story that speaks of the business in the third person needs no such words.
      expect(letter(language, {}, 'card-dispute'), language).not.toMatch(said[language]);
    }
    // "rendez-vous" speaks to no one.
    expect(letter('fr', { story: { circumstances: "J'avais un rendez-vous le 3 mars pour une couronne." } }, 'card-dispute')).not.toMatch(said.fr);
  });
  it('keeps a word group with a unit ("bis zu 250 Mbit/s") in small letters after a colon', () => {
    const de = letter('de', { story: { expectations: 'bis zu 250 Mbit/s', outcome: 'bis heute (5 monate) nur 20 Mbit/s' } });
    expect(de).toContain('Vereinbart war: bis zu 250 Mbit/s.');
    expect(de).toContain('Tatsächlich ist Folgendes geschehen: bis heute (5 monate) nur 20 Mbit/s.');
  });
  it("keeps the letter's own capital after a colon where a whole sentence follows", () => {
    const card = letter('de', { story: { problem: 'poor-quality' } }, 'card-dispute');
    expect(card).toContain('an die Firma X: Die gelieferte Ware ist mangelhaft');
    // A service is not delivered but provided.
    expect(letter('de', { purchase: { kind: 'service' }, story: { problem: 'poor-quality' } }, 'card-dispute')).toContain('an die Firma X: Die bezahlte Leistung wurde nicht wie vereinbart erbracht');
    expect(letter('es', { story: { problem: 'not-provided' } }, 'card-dispute')).toContain('lo que pagué no se me ha entregado');
    expect(letter('fr', { story: { problem: 'not-provided' } }, 'card-dispute')).toContain("ce que j'ai payé ne m'a pas été livré");
  });
});

describe('payments the writer stopped', () => {
  it('are told in the past, in each language, when the writer cancelled', () => {
    const fee = (language: Lang, circumstances: string) => letter(language, { purchase: { item: 'abo', kind: 'subscription', period: 'month', amount: 34.9 }, story: { circumstances } });
    expect(fee('fr', "J'ai résilié mon abonnement le 30 juin.")).toContain("J'ai réglé 34,90 € par mois à partir du 1er avril 2026.");
    expect(fee('fr', 'Le débit a augmenté en juin.')).toContain('Je règle 34,90 € par mois depuis le 1er avril 2026.');
    expect(fee('de', 'Ich habe zum 30. Juni gekündigt.')).toContain('Ab dem 1. April 2026 habe ich dafür 34,90 € im Monat gezahlt.');
    expect(fee('es', 'Me di de baja el 30 de junio.')).toContain('Desde el 1 de abril de 2026 pagaba 34,90 € al mes.');
  });
});

describe('French elision before a next step', () => {
  it('"de" before a vowel is "d\'"', () => {
    // In Belgium (no rights pack), the letter's own next step.
    const final = letter('fr', { sender: { country: 'BE' }, purchase: { paidWith: 'bank-transfer' }, letter: { previous: ['2026-10-01'] } }, 'final');
    expect(final).toContain("je me verrai dans l'obligation d'examiner les autres recours");
    expect(final).not.toMatch(/\bde [aeiouéè]/);
    const paypal = letter('fr', { sender: { country: 'BE' }, purchase: { paidWith: 'paypal' }, letter: { previous: ['2026-10-01'] } }, 'final');
    expect(paypal).toContain("je me verrai dans l'obligation d'ouvrir un litige auprès de PayPal");
  });
});

describe('German: a business named with a feminine legal form', () => {
  it('takes its article, in the case the verb asks for', () => {
    const card = letter('de', { recipient: { company: 'Fliesen Krämer GmbH' }, purchase: { paidWith: 'credit-card' }, story: { problem: 'poor-quality' }, contacts: [{ date: '2026-10-01', channel: 'E-Mail', result: 'keine Antwort' }, { date: '2026-10-05', channel: 'Telefon' }], letter: { previous: ['2026-10-10'] } }, 'card-dispute');
    expect(card).toContain('an die Fliesen Krämer GmbH: Die gelieferte Ware');
    expect(card).toContain('und die Fliesen Krämer GmbH hat die Angelegenheit nicht in Ordnung gebracht');
    expect(card).toContain('Folgendes habe ich der Fliesen Krämer GmbH in meiner Reklamation geschildert.');
    expect(card).toContain('habe ich die Fliesen Krämer GmbH gebeten');
    expect(card).toContain('habe ich der Fliesen Krämer GmbH per E-Mail geschrieben');
    expect(card).toContain('habe ich die Fliesen Krämer GmbH telefonisch kontaktiert');
    // A name without a legal form takes the article of the noun it starts with.
    expect(letter('de', { recipient: { company: 'Malerbetrieb Braun' }, purchase: { paidWith: 'credit-card' } }, 'card-dispute')).toContain('an den Malerbetrieb Braun:');
  });
});

describe('the person the letter is written to', () => {
  it('is "you" in the earlier contacts, not named in the third person', () => {
    const fr = letter('fr', { recipient: { contact: 'M. Paul Durand' }, contacts: [{ date: '2026-10-05', channel: 'téléphone', who: 'M. Durand' }, { date: '2026-10-06', channel: 'téléphone', who: 'Mme Lemoine' }] });
    expect(fr).not.toContain('à M. Durand');
    expect(fr).toContain('Mme Lemoine');
    const de = letter('de', { recipient: { contact: 'Herrn Thomas Krämer' }, contacts: [{ date: '2026-10-05', channel: 'Telefon', who: 'Herr Krämer' }] });
    expect(de).not.toMatch(/mit Herrn Krämer gesprochen/);
  });
});

/**
 * The text of the letter for a case in `language` written as the file would have it: a writer
 * and a business of that country, the usual story and letter date, and the fields given.
 */
function textOf(language: Lang, fields: Record<string, unknown> & { letter?: Record<string, unknown> }): string {
  const { letter, ...rest } = fields;
  const value = caseSchema.parse({
    sender: { name: 'Alex Martin', country: PLACE[language].country, address: PLACE[language].address },
    recipient: { company: PLACE[language].company },
    story: STORY[language],
    ...rest,
    letter: { date: '2026-11-16', language, ...letter },
  });
  const produced = produceLetter(value, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content as string;
}

describe('a security deposit is given back, not refunded', () => {
  const ITEM = { fr: 'dépôt de garantie de la location', de: 'Kaution für die Ferienwohnung', es: 'fianza del apartamento' } as const;
  const produce = (language: Lang, remedy: 'refund' | 'partial-refund') =>
    textOf(language, {
      purchase: { item: ITEM[language], kind: 'deposit', date: '2026-07-01', amount: 600 },
      request: remedy === 'refund' ? { remedy } : { remedy, amount: 250 },
    });
  it.each([
    ['fr', 'Demande de restitution – dépôt de garantie de la location', 'Je vous demande donc de me restituer 600,00\u00A0€.', /rembours/],
    ['de', 'Bitte um Rückzahlung: Kaution für die Ferienwohnung', 'Ich bitte Sie daher, mir 600,00\u00A0€ zurückzuzahlen.', /erstatt/],
    ['es', 'Solicitud de devolución – fianza del apartamento', 'Por ello, solicito la devolución de 600,00\u00A0€.', /reembolso/],
  ] as const)('%s', (language, subject, request, refunded) => {
    const text = produce(language, 'refund');
    expect(text).toContain(subject);
    expect(text).toContain(request);
    expect(text).not.toMatch(refunded);
    expect(produce(language, 'partial-refund')).not.toMatch(refunded);
  });
});

describe('a card dispute says which amount is disputed', () => {
  it.each([
    ['fr', '- Montant contesté\u00A0: 150,00\u00A0€'],
    ['de', '- Beanstandeter Betrag: 150,00\u00A0€'],
    ['es', '- Importe impugnado: 150,00\u00A0€'],
  ] as const)('%s', (language, line) => {
    const text = textOf(language, {
      purchase: { item: 'soins dentaires', kind: 'service', date: '2026-07-01', amount: 389, paidWith: 'debit-card' },
      request: { remedy: 'partial-refund', amount: 150 },
      card: { last4: '4421' },
      letter: { stage: 'card-dispute', previous: ['2026-10-01'] },
    });
    expect(text).toContain(line);
  });
});

describe('a reason that says what the money is for goes with the amount', () => {
  const produce = (language: Lang, reason: string) =>
    textOf(language, {
      purchase: { item: 'forfait', kind: 'service', date: '2026-07-01', amount: 1200 },
      request: { remedy: 'partial-refund', amount: 720, reason },
    });
  it.each([
    ['fr', 'pour les 12 heures non effectuées', 'Je vous demande donc de me rembourser 720,00\u00A0€ sur les 1\u202F200,00\u00A0€ réglés, pour les 12 heures non effectuées.'],
    ['de', 'für die zwölf nicht gegebenen Stunden', 'Ich bitte Sie daher, mir 720,00\u00A0€ von den gezahlten 1.200,00\u00A0€ für die zwölf nicht gegebenen Stunden zu erstatten.'],
    ['es', 'por las doce horas no impartidas', 'Por ello, solicito el reembolso de 720,00\u00A0€ de los 1.200,00\u00A0€ que pagué, por las doce horas no impartidas.'],
    // What the money stands for, said with the amount too.
    ['fr', 'correspondant aux 12 heures non effectuées', 'Je vous demande donc de me rembourser 720,00\u00A0€ sur les 1\u202F200,00\u00A0€ réglés, correspondant aux 12 heures non effectuées.'],
    ['fr', "au titre d'indemnité pour le retard", "Je vous demande donc de me rembourser 720,00\u00A0€ sur les 1\u202F200,00\u00A0€ réglés, au titre d'indemnité pour le retard."],
    ['de', 'entsprechend den zwölf ausgefallenen Stunden', 'Ich bitte Sie daher, mir 720,00\u00A0€ von den gezahlten 1.200,00\u00A0€ entsprechend den zwölf ausgefallenen Stunden zu erstatten.'],
    ['es', 'correspondiente a las doce horas no impartidas', 'Por ello, solicito el reembolso de 720,00\u00A0€ de los 1.200,00\u00A0€ que pagué, correspondiente a las doce horas no impartidas.'],
  ] as const)('%s: %s', (language, reason, sentence) => {
    const text = produce(language, reason);
    // Spaces as Intl writes them in each locale (narrow, no-break) are compared as plain spaces.
    const plain = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ');
    expect(plain(text)).toContain(plain(sentence));
    expect(text).not.toMatch(/Motif|Begründung|Motivo/);
  });
  it.each([
    ['fr', 'parce que la moitié des heures n’a pas eu lieu', 'réglés, parce que la moitié des heures n’a pas eu lieu.'],
    ['fr', "parce qu'une moitié des heures n'a pas eu lieu", "réglés, parce qu'une moitié des heures n'a pas eu lieu."],
    ['de', 'weil die Hälfte der Stunden ausgefallen ist', 'zu erstatten, weil die Hälfte der Stunden ausgefallen ist.'],
    ['es', 'porque solo me dieron 6 de las 20 clases', 'que pagué, porque solo me dieron 6 de las 20 clases.'],
  ] as const)('%s: a cause given as a clause ends the sentence that asks, without a label', (language, reason, ending) => {
    const text = produce(language, reason);
    expect(text.replace(/[\u00A0\u202F]/g, ' ')).toContain(ending);
    expect(text).not.toMatch(/Motif|Begründung|Motivo/);
  });
  it('a cause given as a noun phrase keeps its label', () => {
    expect(produce('fr', 'annulation de la moitié des heures')).toContain('Motif\u00A0: annulation de la moitié des heures.');
  });
});

describe('a department or role spoken to takes its article', () => {
  const produce = (language: Lang, who: string) =>
    textOf(language, {
      purchase: { item: 'forfait', kind: 'service', date: '2026-07-01', amount: 120 },
      contacts: [{ date: '2026-10-02', channel: 'phone', who, result: language === 'fr' ? 'rien' : language === 'de' ? 'nichts' : 'nada' }],
      request: { remedy: 'refund' },
    });
  it.each([
    ['fr', 'service client', 'parlé au service client'],
    ['fr', 'accueil', 'parlé à l’accueil'],
    ['de', 'Hotline', 'mit der Hotline gesprochen'],
    ['de', 'Kundenservice', 'mit dem Kundenservice gesprochen'],
    ['de', 'Mitarbeiterin', 'mit einer Mitarbeiterin gesprochen'],
    ['es', 'operadora', 'hablé con una operadora'],
  ] as const)('%s: %s', (language, who, words) => {
    const text = produce(language, who).replace(/'/g, '’');
    expect(text).toContain(words);
  });
});

describe('a Spanish subject has one colon, after "Asunto"', () => {
  it.each(['first', 'reminder', 'final'] as const)('%s', (stage) => {
    const text = textOf('es', {
      purchase: { item: 'cuota mensual del gimnasio', kind: 'subscription', date: '2026-07-01', amount: 39.9, period: 'month', reference: 'S-77120' },
      request: { remedy: 'refund' },
      letter: { stage, ...(stage !== 'first' && { previous: ['2026-10-01'] }) },
    });
    const subject = text.split('\n').find((line) => line.startsWith('Asunto:'))!;
    expect(subject).toMatch(/^Asunto: [^:]+$/);
  });
});

describe('a card dispute for part of what was paid says only part was not provided', () => {
  it.each([
    ['fr', "une partie de ce que j'ai payé n'a pas été fournie, et Société X ne m'a rien remboursé"],
    ['de', 'Ein Teil der bezahlten Leistung wurde nicht erbracht, und die Firma X hat mir dafür nichts erstattet'],
    ['es', 'parte de lo que pagué no se prestó y la Empresa X no me ha devuelto el dinero'],
  ] as const)('%s', (language, reason) => {
    const text = textOf(language, {
      purchase: { item: 'soins dentaires', kind: 'service', date: '2026-07-01', amount: 389, paidWith: 'debit-card' },
      story: { ...STORY[language], problem: 'not-provided' },
      request: { remedy: 'partial-refund', amount: 150 },
      card: { last4: '4421' },
      letter: { stage: 'card-dispute', previous: ['2026-10-01'] },
    });
    expect(text.replace(/[’]/g, "'")).toContain(reason);
  });
});

describe('costs a problem caused are a loss to make good, not only expenses to refund', () => {
  it.each([
    ['fr', "Demande d'indemnisation", "Je vous demande de m'indemniser du préjudice suivant, que ce problème m'a causé\u00A0:"],
    ['es', 'Solicitud de indemnización', 'Solicito una indemnización por el siguiente perjuicio que este problema me ha ocasionado:'],
  ] as const)('%s', (language, subject, intro) => {
    const text = textOf(language, {
      purchase: { item: 'nettoyage', kind: 'service', date: '2026-07-01', amount: 39 },
      request: { remedy: 'compensation', costs: [{ what: language === 'fr' ? 'valeur du manteau' : 'valor del abrigo', amount: 180 }] },
    });
    expect(text.replace(/’/g, "'")).toContain(subject);
    expect(text).toContain(intro);
  });
});

describe('a fee that differs from the agreed one says which is which', () => {
  it.each([
    ['fr', 'Le tarif convenu est de 38,00 € par mois, mais vous me facturez 45,00 € par mois.'],
    ['de', 'Vereinbart ist ein Entgelt von 38,00 € im Monat, Sie berechnen mir jedoch 45,00 € im Monat.'],
    ['es', 'La cuota pactada es de 38,00 € al mes, pero me están cobrando 45,00 € al mes.'],
  ] as const)('%s', (language, sentence) => {
    const text = letter(language, { purchase: { item: 'fibre', kind: 'subscription', date: '2025-03-01', amount: 45, price: 38, period: 'month' } });
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/(règle|zahle ich dafür|pago) 45,00/);
  });
});

describe('a reference follows the item as it is written', () => {
  it.each([
    ['fr', 'manteau (laine, camel)', 'ticket n° 4471', 'manteau (laine, camel), ticket n° 4471.', '4471'],
    ['de', 'Badsanierung', 'Rechnung 2026-0815', 'Badsanierung (Rechnung 2026-0815).', 'BX-77'],
    ['es', 'vuelo IB3944 (ida y vuelta)', 'K7P2QR', 'vuelo IB3944 (ida y vuelta), referencia K7P2QR.', 'K7P2QR'],
  ] as const)('%s', (language, item, reference, written, plain) => {
    expect(letter(language, { purchase: { item, reference } })).toContain(written);
    expect(letter(language, { purchase: { item: 'x', reference: plain } })).toMatch(/x \((référence|Referenz|referencia) /);
  });
});

describe('a person described with more words than a role keeps the article of the role', () => {
  it.each([
    ['de', { channel: 'Telefon', who: 'Mitarbeiterin (Name nicht genannt)' }, 'mit einer Mitarbeiterin (Name nicht genannt) gesprochen'],
    ['es', { channel: 'teléfono', who: 'empleada de Groundforce' }, 'hablé con una empleada de Groundforce'],
  ] as const)('%s', (language, contact, words) => {
    expect(letter(language, { contacts: [{ date: '2026-10-20', ...contact }] })).toContain(words);
  });
});

describe('the subject gives a recurring fee\'s date as when the payments began', () => {
  it.each([
    ['fr', '(depuis le 1er mars 2025)'],
    ['de', '(seit dem 1. März 2025)'],
    ['es', '(desde el 1 de marzo de 2025)'],
  ] as const)('%s', (language, when) => {
    const subject = letter(language, { purchase: { item: 'fibre', kind: 'subscription', date: '2025-03-01', amount: 45, period: 'month' } }).split('\n').find((line) => line.includes('fibre'))!;
    expect(subject).toContain(when);
  });
});

describe('what came back from a contact', () => {
  it.each([
    ['fr', "on m'a promis un rappel", "je vous ai téléphoné. On m'a promis un rappel.", 'promesse de rappel', 'Résultat : promesse de rappel.'],
    ['de', 'man hat mir einen Rückruf versprochen', 'kontaktiert. Man hat mir einen Rückruf versprochen.', 'Ticket eröffnet', 'Ergebnis: Ticket eröffnet.'],
    ['es', 'me dijeron que esperara', 'por teléfono. Me dijeron que esperara.', 'incidencia abierta', 'Resultado: incidencia abierta.'],
  ] as const)('%s: a sentence when it reads as one, a note after a label when not', (language, sentence, told, note, labelled) => {
    const channel = { fr: 'téléphone', de: 'Telefon', es: 'teléfono' }[language];
    expect(letter(language, { contacts: [{ date: '2026-10-20', channel, result: sentence }] })).toContain(told);
    expect(letter(language, { contacts: [{ date: '2026-10-20', channel, result: note }] })).toContain(labelled);
  });
});

describe('French letters', () => {
  it('thank the reader once, not twice in a row', () => {
    const fr = letter('fr');
    expect(fr).toContain('Je vous saurais gré de me faire connaître votre réponse au plus tard le');
    expect(fr.match(/Je vous remercie/g) ?? []).toHaveLength(1);
  });
});

describe('a contact written to someone whose name is in brackets', () => {
  it('has no brackets inside brackets', () => {
    const de = letter('de', { contacts: [{ date: '2026-10-06', channel: 'E-Mail', who: 'Büro (Frau Yilmaz)' }] });
    expect(de).toContain('(zu Händen des Büros, Frau Yilmaz)');
    expect(de).not.toContain('))');
  });
});

describe('a German card dispute', () => {
  it('is a Reklamation of a card payment, not the Widerspruch of a direct debit', () => {
    const de = letter('de', { purchase: { paidWith: 'credit-card' }, card: { issuer: 'DKB', last4: '1234' } }, 'card-dispute');
    expect(de).toContain('Reklamation einer Kartenzahlung');
    expect(de).not.toMatch(/Widerspruch/);
  });
});

describe('small conventions of each language', () => {
  const base = (language: Lang) => ({ purchase: { item: 'forfait', kind: 'service', date: '2026-07-01', amount: 120 }, request: { remedy: 'refund' } });
  it.each(['fr', 'de', 'es'] as const)('%s: a customer number typed with its own label gets no second one', (language) => {
    const labelled = textOf(language, { ...base(language), sender: { name: 'Alex Martin', country: PLACE[language].country, address: PLACE[language].address, customerId: 'Mitgliedsnr. 200417' } });
    expect(labelled).toContain('\nMitgliedsnr. 200417\n');
    const bare = textOf(language, { ...base(language), sender: { name: 'Alex Martin', country: PLACE[language].country, address: PLACE[language].address, customerId: '200417' } });
    expect(bare.replace(/\u00A0/g, ' ')).toMatch(/\n(?:Numéro client : |Kundennummer: |Número de cliente: )200417\n/);
  });
  it('French: a service is ordered on its date, unless the case says it was done that day; costs join a subject with "et d’"', () => {
    const fr = textOf('fr', { purchase: { item: 'nettoyage d’un costume', kind: 'service', date: '2026-11-06', amount: 38.5 }, request: { remedy: 'refund', costs: [{ what: 'taxi', amount: 20 }] } });
    expect(fr).toContain("J'ai commandé cette prestation le 6 novembre 2026 et réglé 38,50\u00A0€.");
    expect(fr).toContain("Demande de remboursement et d'indemnisation");
  });
  it('Spanish: texting shorthand spelled out, words typed without accents kept as typed, codes kept', () => {
    const es = textOf('es', {
      purchase: { item: 'reparacion embrague', kind: 'service', amount: 640, reference: 'Q3-221' },
      story: { circumstances: 'lleve el coche xq hacia ruido, me dijo q le llame la semana q viene', expectations: 'coche arreglado tb', outcome: 'la gestoria dice q no hay garantia' },
      request: { remedy: 'refund' },
    });
    expect(es).toContain('reparacion embrague (referencia Q3-221)');
    expect(es).toContain('porque hacia ruido, me dijo que le llame la semana que viene.');
    expect(es).toContain('la gestoria dice que no hay garantia');
    expect(es).toContain('coche arreglado también');
  });
  it('Spanish: shorthand that asks after a verb of knowing, telling or asking is written as a question word; a cause stays a cause', () => {
    const es = textOf('es', {
      purchase: { item: 'envío del sofá', kind: 'goods', amount: 640 },
      story: {
        circumstances: 'el sofá no llegó y no sé xq, no me dicen dnd está el pedido',
        expectations: 'el sofá en casa el 2 de mayo',
        outcome: 'pregunté xq tardaba y no entiendo xq no contestan, lo devolví xq llegó roto a la tienda dnd lo compré',
      },
      request: { remedy: 'refund' },
    });
    expect(es).toContain('no sé por qué, no me dicen dónde está el pedido');
    expect(es).toContain('pregunté por qué tardaba y no entiendo por qué no contestan');
    expect(es).toContain('lo devolví porque llegó roto a la tienda donde lo compré');
  });
  it('German: "mit der Rezeption" for a front desk typed in small letters; a reason after the amount starts small', () => {
    const de = textOf('de', {
      purchase: { item: 'Mitgliedschaft', kind: 'subscription', amount: 29.9, period: 'month' },
      contacts: [{ date: '2026-10-01', channel: 'telefon', who: 'rezeption', result: 'keine Antwort' }],
      request: { remedy: 'partial-refund', amount: 89.7, reason: 'Für die drei abbuchungen nach dem kündigungstermin' },
    });
    expect(de).toContain('und mit der Rezeption gesprochen');
    expect(de).toMatch(/mir 89,70\s€ für die drei abbuchungen nach dem kündigungstermin zu erstatten/);
  });
  it('German: an aside in brackets after the reason does not make it a sentence of its own', () => {
    const de = textOf('de', {
      purchase: { item: 'Malerarbeiten', kind: 'service', amount: 1850 },
      request: { remedy: 'partial-refund', amount: 450, reason: 'für die nicht gestrichene Küche (laut Angebot 450 €)' },
    });
    expect(de).toMatch(/1\.850,00\s€ für die nicht gestrichene Küche \(laut Angebot 450 €\) zu erstatten/);
  });
  it('German: what the person written to wrote is said to them ("Sie schrieben")', () => {
    const de = textOf('de', {
      recipient: { company: 'Hausverwaltung Krämer', contact: 'Frau Sabine Krämer' },
      purchase: { item: 'Mietkaution', kind: 'deposit', amount: 1500 },
      contacts: [{ date: '2026-09-02', channel: 'E-Mail', who: 'Frau Krämer', result: 'sie schrieb, der Vermieter müsse noch zustimmen' }],
      request: { remedy: 'refund' },
    });
    expect(de).toContain('habe ich Ihnen per E-Mail geschrieben. Sie schrieben, der Vermieter müsse noch zustimmen.');
  });
  it('Spanish: a business named after the person written to is "usted" in the contacts ("le llamé por teléfono")', () => {
    const es = textOf('es', {
      recipient: { company: 'Talleres García e Hijos', contact: 'Sr. García' },
      purchase: { item: 'reparación del embrague', kind: 'service', amount: 640 },
      contacts: [{ date: '2026-11-10', channel: 'teléfono', result: 'no contestó' }, { date: '2026-11-12', channel: 'whatsapp' }],
      request: { remedy: 'refund' },
    });
    expect(es).toContain('El 10 de noviembre de 2026 le llamé por teléfono.');
    expect(es).toContain('El 12 de noviembre de 2026 le escribí por WhatsApp.');
    expect(es).not.toContain('a Talleres García e Hijos por');
  });
  it('Spanish: a date put first is followed by a comma', () => {
    const es = textOf('es', { ...base('es'), letter: { stage: 'reminder', previous: ['2026-11-01'] } });
    expect(es).toContain('Mediante escrito de fecha 1 de noviembre de 2026, solicité');
  });
});

describe('the agreed fee of a membership the writer cancelled', () => {
  it.each([
    ['fr', 'Le tarif convenu était de 39,90 € par mois.'],
    ['de', 'Das vereinbarte Entgelt betrug 39,90 € im Monat.'],
    ['es', 'La cuota pactada era de 39,90 € al mes.'],
  ] as const)('%s: is told in the past', (language, said) => {
    const text = textOf(language, {
      purchase: { item: 'abonnement', kind: 'subscription', price: 39.9, period: 'month', date: '2025-06-01' },
      story: { ...STORY[language], problem: 'charged-after-cancelling' },
      request: { remedy: 'refund', amount: 79.8 },
    });
    expect(text.replace(/\u00A0|\u202F/g, ' ')).toContain(said);
  });
});

describe('a contact with the person written to', () => {
  const produce = (language: Lang, result: string) =>
    textOf(language, {
      recipient: { company: PLACE[language].company, contact: language === 'de' ? 'Herr Brandt' : language === 'fr' ? 'Mme Lefebvre' : 'Sra. Ruiz' },
      purchase: { item: 'forfait', kind: 'service', date: '2026-07-01', amount: 120 },
      contacts: [{ date: '2026-09-22', channel: 'phone', who: language === 'de' ? 'Herr Brandt' : language === 'fr' ? 'Mme Lefebvre' : 'Sra. Ruiz', result }],
      request: { remedy: 'refund' },
    });
  it.each([
    ['fr', 'elle a reconnu un manque de personnel', 'je vous ai téléphoné. Vous avez reconnu un manque de personnel.'],
    ['fr', 'elle reconnaît un manque de personnel', 'je vous ai téléphoné. Vous reconnaissez un manque de personnel.'],
    ['de', 'er sagt, die Arbeiten waren nötig', 'Sie sagen, die Arbeiten waren nötig.'],
    ['de', 'er sagte, das werde erstattet', 'Sie sagten, das werde erstattet.'],
    ['es', 'ella dijo que lo revisaría', 'Usted dijo que lo revisaría.'],
  ] as const)('%s: what they said of themselves is said to them (%s)', (language, result, said) => {
    const text = produce(language, result);
    expect(text).toContain(said);
    expect(text).not.toMatch(/Lefebvre\. |Brandt gesprochen|con la Sra\. Ruiz/);
  });
  it.each([
    ['fr', "elle aussi trouve que c'est normal", "Mme Lefebvre. Elle aussi trouve que c'est normal."],
    ['de', 'er kümmere sich darum', 'Herrn Brandt'],
  ] as const)('%s: keeps their name when what they said of themselves has words it cannot turn round', (language, result, named) => {
    expect(produce(language, result)).toContain(named);
  });
  it.each([
    ['fr', "elle a promis de revenir la semaine suivante, personne n'est venu", "Vous avez promis de revenir la semaine suivante, mais personne n'est venu."],
    ['fr', "elle a promis un rappel, mais rien depuis", 'Vous avez promis un rappel, mais rien depuis.'],
    ['de', 'er versprach, nächste Woche wiederzukommen, niemand kam', 'Sie versprachen, nächste Woche wiederzukommen, aber niemand kam.'],
    ['es', 'ella prometió volver la semana siguiente, nadie vino', 'Usted prometió volver la semana siguiente, pero nadie vino.'],
  ] as const)('%s: what did not follow is set against what was said (%s)', (language, result, said) => {
    expect(produce(language, result)).toContain(said);
  });
  it('is "you" alone when what came of it does not speak of them', () => {
    const fr = produce('fr', 'pas de réponse');
    expect(fr).toContain('je vous ai téléphoné');
    expect(fr.split('Mme Lefebvre').length - 1).toBeLessThanOrEqual(1);
  });
});

describe('a cancelled flight', () => {
  const flight = (language: Lang, sector?: string) =>
    textOf(language, {
      recipient: { company: PLACE[language].company, ...(sector && { sector }) },
      purchase: { item: 'vol Paris–Lisbonne', kind: 'booking', date: '2026-07-02', amount: 312.4, currency: 'EUR' },
      story: { ...STORY[language], outcome: CANCELLED[language], problem: 'not-provided' },
      request: { remedy: 'refund' },
    });
  const CANCELLED = { fr: 'le vol a été annulé la veille', de: 'der Flug wurde am Vortag annulliert', es: 'el vuelo fue cancelado el día anterior' } as const;
  it.each([
    ['fr', 'Je crois comprendre qu\'en application du règlement (CE) n° 261/2004, en cas d\'annulation d\'un vol'],
    ['de', 'bei Annullierung eines Fluges nach der Verordnung (EG) Nr. 261/2004'],
    ['es', 'Entiendo que, conforme al Reglamento (CE) n.º 261/2004, en caso de cancelación de un vuelo'],
  ] as const)('%s: an airline that did not fly the writer is told of the EU rule', (language, cited) => {
    expect(flight(language, 'airline').replace(/\u00A0|\u202F/g, ' ')).toContain(cited);
    expect(flight(language)).not.toContain('261/2004');
  });
});

describe('reminders and final letters keep what was paid', () => {
  it.each(['fr', 'de', 'es'] as const)('%s', (language) => {
    for (const stage of ['reminder', 'final'] as const) {
      const text = textOf(language, {
        purchase: { item: 'cuisine', kind: 'service', date: '2026-09-15', price: 8400, amount: 5000, currency: 'EUR' },
        request: { remedy: 'correction', correction: 'terminer la pose' },
        letter: { stage, previous: ['2026-10-20'] },
      }).replace(/\u00A0|\u202F/g, ' ');
      // Only the sentence about what was bought says these amounts (Spanish writes 8400 without a separator).
      expect(text, stage).toMatch(/8[ .]?400,00 €/);
      expect(text, stage).toMatch(/5[ .]?000,00 €/);
    }
  });
});

describe('what came back, typed without its subject', () => {
  it('is said of the reader when it was them, else of "on" or "man"; Spanish needs no subject', () => {
    const fr = letter('fr', {
      recipient: { contact: 'M. Laurent, gérant' },
      contacts: [
        { date: '2026-08-12', channel: 'téléphone', who: 'M. Laurent', result: "m'a dit que la résiliation n'avait pas été reçue" },
        { date: '2026-08-20', channel: 'téléphone', who: 'le conseiller', result: 'a refusé de me rembourser' },
      ],
    });
    expect(fr).toContain("je vous ai téléphoné. Vous m'avez dit que la résiliation n'avait pas été reçue.");
    // Someone named said it: French joins them with "qui".
    expect(fr).toContain("j'ai parlé au conseiller, qui a refusé de me rembourser.");
    expect(fr).not.toMatch(/Résultat : (?:m'a|a) /);
    const de = letter('de', {
      recipient: { contact: 'Herr Müller' },
      contacts: [
        { date: '2026-06-10', channel: 'Telefon', who: 'Herr Müller', result: 'hat mir gesagt, dass das so bestellt wurde' },
        { date: '2026-06-20', channel: 'Telefon', who: 'die Hotline', result: 'hat mir einen Rückruf versprochen' },
      ],
    });
    expect(de).toContain('Sie haben mir gesagt, dass das so bestellt wurde.');
    expect(de).toContain('Man hat mir einen Rückruf versprochen.');
    const es = letter('es', {
      recipient: { contact: 'Sr. García' },
      contacts: [
        { date: '2026-06-20', channel: 'teléfono', who: 'Sr. García', result: 'me dijo que no era un defecto de fábrica' },
        { date: '2026-06-25', channel: 'teléfono', who: 'la operadora', result: 'me dijo que me llamarían' },
      ],
    });
    expect(es).toContain('hablé con usted por teléfono. Me dijo que no era un defecto de fábrica.');
    expect(es).toContain('Me dijo que me llamarían.');
  });
});

describe('a course in German', () => {
  it('is a booking, not a commission (Auftrag); building work stays an Auftrag', () => {
    const course = letter('de', { purchase: { item: 'Intensivkurs Spanisch B1 (10 Termine)', kind: 'service', date: '2026-09-01', amount: 480 } });
    expect(course).toContain('wegen folgender Buchung: Intensivkurs Spanisch B1 (10 Termine).');
    expect(course).not.toContain('Auftrag');
    const work = letter('de', { purchase: { item: 'Badsanierung', kind: 'service', date: '2026-09-01', amount: 4800 } });
    expect(work).toContain('Auftrag');
  });
});

describe('the item named to the card issuer', () => {
  it.each([
    ['fr', "canapé acheté dans votre magasin de Lyon", "- Objet du paiement : « canapé acheté dans votre magasin de Lyon » (ainsi nommé dans ma réclamation)\n"],
    ['de', 'Sofa aus Ihrer Filiale in Köln', '- Bezahlt für: „Sofa aus Ihrer Filiale in Köln“ (so in meiner Beschwerde bezeichnet)\n'],
    ['es', 'sofá comprado en vuestra tienda de Sevilla', '- Concepto: «sofá comprado en vuestra tienda de Sevilla» (así lo describí en mi reclamación)\n'],
  ] as const)('is quoted as the complaint named it when it speaks to the merchant (%s)', (language, item, line) => {
    expect(letter(language, { purchase: { item, paidWith: 'credit-card' } }, 'card-dispute')).toContain(line);
    // To the merchant it is the writer's own words.
    expect(letter(language, { purchase: { item, paidWith: 'credit-card' } })).not.toContain('(ainsi nommé');
  });

  it('is left as typed when it names the shop without speaking to it, and in German "sie" is not "Sie"', () => {
    expect(letter('de', { purchase: { item: 'Sofa, wie sie es anbieten', paidWith: 'credit-card' } }, 'card-dispute')).toContain('- Bezahlt für: Sofa, wie sie es anbieten\n');
    expect(letter('fr', { purchase: { item: 'canapé Oslo', paidWith: 'credit-card' } }, 'card-dispute')).toContain('- Objet du paiement : canapé Oslo\n');
  });
});

describe('what the reader said of their business, said to them', () => {
  it('is "votre intervention" in French; "leur" before a verb stays a pronoun', () => {
    const fr = letter('fr', {
      recipient: { contact: 'M. Lefèvre' },
      contacts: [
        { date: '2026-09-22', channel: 'téléphone', who: 'M. Lefèvre', result: "il m'a dit que ce n'était pas lié à leur intervention" },
        { date: '2026-09-29', channel: 'téléphone', who: 'M. Lefèvre', result: "il m'a dit qu'il leur avait transmis mon dossier et que leurs techniciens viendraient" },
      ],
    });
    expect(fr).toContain("Vous m'avez dit que ce n'était pas lié à votre intervention.");
    // What he said of himself is said of "vous" too; "leur" before the verb stays a pronoun.
    expect(fr).toContain("Vous m'avez dit que vous leur aviez transmis mon dossier et que vos techniciens viendraient.");
  });

  it('is left as typed when someone else said it', () => {
    const fr = letter('fr', {
      recipient: { contact: 'M. Lefèvre' },
      contacts: [{ date: '2026-09-22', channel: 'téléphone', who: 'le conseiller', result: "il m'a dit que ce n'était pas lié à leur intervention" }],
    });
    expect(fr).toContain('leur intervention');
  });
});

describe('the writer’s answers in a French, German or Spanish letter', () => {
  it('start each sentence with a capital, not after a date or an abbreviation; German months get theirs and "dass" its comma', () => {
    const de = letter('de', {
      story: {
        circumstances: 'ich habe den Auftrag am 4. august erteilt, fertig sein sollte es am 18.8. spätestens. bezahlt habe ich z. B. auch die Farbe.',
        outcome: 'Herr Hoffmann hat gesagt dass das normal sei, so dass nichts passiert',
      },
    });
    expect(de).toContain('Ich habe den Auftrag am 4. August erteilt, fertig sein sollte es am 18.8. spätestens. Bezahlt habe ich z. B. auch die Farbe.');
    expect(de).toContain('Herr Hoffmann hat gesagt, dass das normal sei, so dass nichts passiert');
    const fr = letter('fr', { story: { circumstances: "j'ai appelé M. Dupont le 3 mai. il m'a promis un rappel... rien depuis." } });
    expect(fr).toContain("J'ai appelé M. Dupont le 3 mai. Il m'a promis un rappel... rien depuis.");
    const es = letter('es', { story: { circumstances: 'llamé al Sr. García el 3 de mayo. me dijo que lo revisarían.' } });
    expect(es).toContain('Llamé al Sr. García el 3 de mayo. Me dijo que lo revisarían.');
    // A time or a number ends a French or Spanish sentence; only German writes ordinals with a dot.
    expect(letter('fr', { story: { circumstances: 'les déménageurs sont arrivés a 11h30. pendant le transport le miroir a été cassé.' } })).toContain('11h30. Pendant le transport');
    expect(letter('es', { story: { circumstances: 'llegaron a las 11. después se fueron.' } })).toContain('a las 11. Después se fueron.');
    // What was bought and the enclosures take the language's quotation marks too.
    const quoted = letter('de', { purchase: { item: 'DSL 250 Tarif "NetzPlus Max"' }, evidence: ['Vertrag "NetzPlus Max"'] });
    expect(quoted).toContain('Tarif „NetzPlus Max“');
    expect(quoted).not.toContain('"NetzPlus Max"');
  });
});

describe('German answers with nouns typed in small letters', () => {
  it('capitalise a noun after a determiner where the writer capitalises it elsewhere, and a surname in the greeting', () => {
    const de = letter('de', {
      recipient: { contact: 'herr huber' },
      story: {
        circumstances: 'Wir können die Dusche seit Oktober nicht benutzen.',
        outcome: ['Wasser in der dusche läuft nicht zum abfluss', 'wir mussten essen gehen'],
        impact: 'Der Abfluss ist verstopft und das Essen war kalt.',
      },
    });
    expect(de).toContain('Sehr geehrter Herr Huber,');
    expect(de).toContain('Wasser in der Dusche läuft nicht zum Abfluss.');
    // Not after a determiner: a verb may share the noun's letters ("essen", "das Essen").
    expect(de).toContain('Wir mussten essen gehen.');
  });
});

describe('the médiateur de la consommation', () => {
  it('is named in a French final letter, but not for health care, which French law leaves out of consumer mediation', () => {
    const final = (sector?: string) => letter('fr', { recipient: { ...(sector && { sector }) }, letter: { previous: ['2026-10-01'] } }, 'final');
    expect(final()).toContain('saisir le médiateur de la consommation');
    expect(final('health')).not.toContain('médiateur de la consommation');
  });
});

describe('quotations in the writer’s answers', () => {
  it('take the language’s quotation marks', () => {
    expect(letter('de', { story: { outcome: 'Antwort: die Kündigung sei "nicht eingegangen"' } })).toContain('die Kündigung sei „nicht eingegangen“');
    expect(letter('fr', { story: { outcome: 'on m\'a répondu "pas de remboursement"' } })).toContain('on m\'a répondu «\u00a0pas de remboursement\u00a0»'.replace(/\u00a0/g, ' '));
    expect(letter('es', { story: { outcome: 'me dijeron “no hay reembolso”' } })).toContain('me dijeron «no hay reembolso»');
  });
});

describe('French and Spanish words typed without their accents', () => {
  it('are kept as typed (no rule puts back every one), and French sets off a colon with a space', () => {
    const fr = letter('fr', { story: { circumstances: "ca fait 7 semaines. A l'accueil on m'a dit que c'etait deja reglé", outcome: 'armoire: pied cassé, plan A: refusé' } });
    expect(fr).toContain("Ca fait 7 semaines. A l'accueil on m'a dit que c'etait deja reglé");
    expect(fr).toContain('armoire : pied cassé, plan A : refusé');
    expect(letter('fr', { story: { outcome: 'une facade rayee, deux livraisons arrivees en retard malgre mes appels' } })).toContain('une facade rayee, deux livraisons arrivees en retard malgre mes appels');
    const es = letter('es', { story: { circumstances: 'llamé por telefono y tambien envié un correo, todavia sin solucion' } });
    expect(es).toContain('Llamé por telefono y tambien envié un correo, todavia sin solucion');
    // A time and a web address keep their colons as typed.
    expect(letter('fr', { story: { outcome: 'rendez-vous à 14:30, voir https://exemple.fr' } })).toContain('à 14:30, voir https://exemple.fr');
  });
});

describe('the note on words typed without their accents', () => {
  it('finds the common words of a complaint whose unaccented form is no word', async () => {
    const { unaccentedWords } = await import('../../src/letter/language/answers.js');
    expect(unaccentedWords('un hotel et la fenetre, mon operateur dit que la portabilite a echoue', 'fr')).toEqual(['hotel', 'fenetre', 'operateur', 'portabilite']);
    expect(unaccentedWords('la averia de la linea movil, la grua', 'es')).toEqual(['averia', 'linea', 'movil', 'grua']);
    expect(unaccentedWords('los azulejos estan mal, el sabado no vino el tecnico', 'es')).toEqual(['estan', 'sabado', 'tecnico']);
    // A word that is one unaccented too ("seria", "mas", "esta") is never pointed out.
    expect(unaccentedWords('una queja seria: esta factura es mas alta', 'es')).toEqual([]);
  });
});

describe('a business named by what it is', () => {
  it('takes the article of its noun in German and Spanish, as the language says it', () => {
    const de = letter('de', { recipient: { company: 'Kfz-Meisterbetrieb Huber' }, purchase: { paidWith: 'credit-card' }, story: { problem: 'overcharged' } }, 'card-dispute');
    expect(de).toContain('an den Kfz-Meisterbetrieb Huber: Der Kfz-Meisterbetrieb Huber hat mir mehr als den vereinbarten Preis berechnet');
    expect(de).toContain('habe ich dem Kfz-Meisterbetrieb Huber in meiner Reklamation geschildert');
    expect(letter('de', { recipient: { company: 'Autohaus Schmidt' }, purchase: { paidWith: 'credit-card' } }, 'card-dispute')).toContain('dem Autohaus Schmidt');
    // A name that is a person's, or has a legal form, keeps its own.
    expect(letter('de', { recipient: { company: 'Müller Umzüge' }, purchase: { paidWith: 'credit-card' } }, 'card-dispute')).toContain('an Müller Umzüge');
    const es = letter('es', { recipient: { company: 'Clinica Dental Sonrisa' }, contacts: [{ date: '2026-10-20', channel: 'teléfono' }] }, 'card-dispute');
    expect(es).toContain('a la Clinica Dental Sonrisa');
    expect(letter('es', { recipient: { company: 'Taller Pérez' } }, 'card-dispute')).toContain('al Taller Pérez');
  });
});

describe('French arrhes', () => {
  it('are called arrhes, for a booking, never an acompte for an order', () => {
    const fr = letter('fr', { purchase: { item: 'location appartement à Biarritz', kind: 'deposit', amount: 450 }, story: { circumstances: "J'ai versé 450 € d'arrhes en mars." } });
    expect(fr).toContain("la réservation suivante, pour laquelle j'ai versé des arrhes");
    expect(fr).toContain("J'ai versé 450,00 € d'arrhes le 1er avril 2026.");
    expect(fr).not.toMatch(/acompte|commande/);
  });
});

describe('the person written to, named in the story', () => {
  it('does a second thing in the same person: "und sind nicht gekommen", "et n\'êtes jamais venu"', () => {
    const de = letter('de', { recipient: { contact: 'Herr Huber' }, story: { circumstances: 'Herr Huber hat zweimal Termine zugesagt und ist nicht gekommen. Der Nachbar hat angerufen und ist gegangen.' } });
    expect(de).toContain('Sie haben zweimal Termine zugesagt und sind nicht gekommen.');
    expect(de).toContain('Der Nachbar hat angerufen und ist gegangen.');
    const fr = letter('fr', { recipient: { contact: 'M. Caron' }, story: { circumstances: "M. Caron a promis de passer et n'est jamais venu." } });
    expect(fr).toContain("Vous avez promis de passer et n'êtes jamais venu.");
  });

  it('is "Sie", "vous", "usted" where a verb the language knows follows their name', () => {
    const de = letter('de', { recipient: { contact: 'Herr Huber' }, story: { circumstances: 'herr huber hat mir einen Kostenvoranschlag über 650 Euro gegeben. Später war Herr Huber nicht erreichbar.' } });
    // The verb before the name, as German puts it after a word that starts the sentence: "waren Sie".
    expect(de).toContain('Sie haben mir einen Kostenvoranschlag über 650 Euro gegeben. Später waren Sie nicht erreichbar.');
    const fr = letter('fr', { recipient: { contact: 'Mme Garnier' }, story: { circumstances: "le 25 juillet mme garnier m'a appelée pour annuler." } });
    expect(fr).toContain("Le 25 juillet vous m'avez appelée pour annuler.");
    const es = letter('es', { recipient: { contact: 'Sr. Ruiz' }, story: { circumstances: 'El Sr. Ruiz me dio un presupuesto de 300 euros.' } });
    expect(es).toContain('Usted me dio un presupuesto de 300 euros.');
    // To the card issuer, the merchant's person keeps their name.
    expect(letter('de', { recipient: { contact: 'Herr Huber' }, purchase: { paidWith: 'credit-card' }, story: { circumstances: 'Herr Huber hat mir einen Kostenvoranschlag gegeben.' } }, 'card-dispute')).toContain('Herr Huber hat mir');
  });
  it('is "Sie" after its verb in German ("hat Dr. Wirth sie nachgezogen"), also where the letter cannot greet them by name', () => {
    for (const contact of ['Herr Dr. Jonas Wirth', 'Dr. Jonas Wirth']) {
      const de = letter('de', { recipient: { contact }, story: { circumstances: 'die krone hat gewackelt, am 20.9. hat Dr. Wirth sie nachgezogen. dann sagte dr. wirth, das sei normal. Heute ist die Praxis zu.' } });
      expect(de).toContain('am 20.9. haben Sie sie nachgezogen. Dann sagten Sie, das sei normal. Heute ist die Praxis zu.');
    }
    // After a word that may be its subject, the name after the verb is its object: kept.
    expect(letter('de', { recipient: { contact: 'Herr Dr. Jonas Wirth' }, story: { circumstances: 'mein mann hat Dr. Wirth angerufen.' } })).toContain('Mein mann hat Dr. Wirth angerufen.');
    // Someone else's name after a verb stays: "hat Frau Berg".
    expect(letter('de', { recipient: { contact: 'Herr Dr. Jonas Wirth' }, story: { circumstances: 'am 20.9. hat Frau Berg sie nachgezogen.' } })).toContain('Am 20.9. hat Frau Berg sie nachgezogen.');
  });
  it('is "Sie" in a German reply told in the present', () => {
    const de = letter('de', { recipient: { contact: 'Frau Schneider' }, contacts: [{ date: '2026-09-10', channel: 'WhatsApp', who: 'Frau Schneider', result: 'sie behält die ganze Kaution und bietet nichts an' }] });
    expect(de).toContain('Sie behalten die ganze Kaution und bieten nichts an');
    expect(letter('de', { recipient: { contact: 'Herr Weber' }, contacts: [{ date: '2026-09-10', channel: 'Telefon', who: 'Herr Weber', result: 'er sagt, das sei normal' }] })).toContain('Sie sagen, das sei normal');
  });
  it('is "vous" in a French reply told in the present', () => {
    const fr = letter('fr', { recipient: { contact: 'Mme Garnier' }, contacts: [{ date: '2026-07-25', channel: 'téléphone', who: 'Mme Garnier', result: 'elle annule la réservation et promet le remboursement sous 15 jours' }] });
    expect(fr).toContain('Vous annulez la réservation et promettez le remboursement sous 15 jours.');
  });
});

describe('an answer written in English in a letter in another language', () => {
  it('stays exactly as typed: no capitals, commas or quotation marks of the letter’s language', () => {
    const typed = 'the technician said "it is fine". then he left, and nobody came back in august.';
    for (const language of ['de', 'fr', 'es'] as const) {
      expect(letter(language, { story: { outcome: typed } })).toContain(typed.replace(/\.$/, ''));
    }
  });
});

describe('a reply typed with a label', () => {
  it('is not read as a verb without its subject ("Bot: …" is not "man bot")', () => {
    const de = letter('de', { contacts: [{ date: '2026-06-10', channel: 'Chat', result: 'Bot: "Ihre Sendung ist unterwegs"' }] });
    expect(de).not.toContain('Man bot');
  });
});

describe('the signature', () => {
  it.each([
    ['fr', 'Mme Sophie Benali', 'Sophie Benali'],
    ['de', 'Frau Lena Vogt', 'Lena Vogt'],
    ['es', 'Sra. Carmen Ortega', 'Carmen Ortega'],
  ] as const)('%s: is the name alone, without the courtesy title the writer typed', (language, typed, signed) => {
    for (const stage of ['first', 'card-dispute'] as const) {
      const text = letter(language, { sender: { name: typed }, purchase: { paidWith: 'credit-card' } }, stage);
      const lines = text.trimEnd().split('\n');
      expect(lines).toContain(signed);
      expect(lines).not.toContain(typed);
    }
  });
});

describe('a customer since a date', () => {
  it('is told in the past once the writer cancelled', () => {
    const subscription = (language: Lang, circumstances: string) =>
      letter(language, { sender: { customerSince: '2021' }, purchase: { item: 'abonnement', kind: 'subscription', amount: 39.99, period: 'month', date: '2026-06-01' }, story: { problem: 'charged-after-cancelling', circumstances } });
    expect(subscription('fr', "J'ai résilié le 1er septembre.")).toContain("J'ai fait appel à vos services de 2021 jusqu'à ma résiliation.");
    expect(subscription('de', 'Ich habe am 1. September gekündigt.')).toContain('Von 2021 bis zu meiner Kündigung habe ich Ihre Leistungen genutzt.');
    expect(subscription('es', 'Me di de baja el 1 de septiembre.')).toContain('Fui cliente suyo desde 2021 hasta que me di de baja.');
    const ongoing = letter('es', { sender: { customerSince: '2021' }, purchase: { item: 'tarifa de fibra', kind: 'subscription', amount: 39.99, period: 'month', date: '2026-06-01' }, story: { problem: 'overcharged', circumstances: 'Sigo con la tarifa.' } });
    expect(ongoing).toContain('Soy cliente suyo desde 2021.');
  });

  it.each([
    ['fr', 'Trois rendez-vous du technicien annulés, et vous continuez à prélever.', "J'ai résilié mon abonnement le 1er septembre.", 'Je fais appel à vos services depuis 2021.', 'jusqu\'à ma résiliation'],
    ['de', 'Zwei Technikertermine wurden storniert, und Sie buchen weiter ab.', 'Den Vertrag habe ich zum 1. September storniert.', 'Seit 2021 nutze ich Ihre Leistungen.', 'bis zu meiner Kündigung'],
    ['es', 'Me cancelaron dos citas del técnico y me siguen cobrando.', 'Solicité la baja el 1 de septiembre.', 'Soy cliente suyo desde 2021.', 'hasta que me di de baja'],
  ] as const)('%s: is still a customer when only an appointment was cancelled', (language, appointment, ended, still, past) => {
    const subscription = (circumstances: string) =>
      letter(language, { sender: { customerSince: '2021' }, purchase: { item: 'fibre', kind: 'subscription', amount: 39.99, period: 'month', date: '2026-06-01' }, story: { problem: 'not-provided', circumstances } });
    expect(subscription(appointment)).toContain(still);
    expect(subscription(appointment)).not.toContain(past);
    expect(subscription(ended)).toContain(past);
  });
});

describe('a contact that got no reply', () => {
  it('says so as a sentence, and a phone typed short is a phone call', () => {
    const contacted = (language: Lang, channel: string, result: string) => letter(language, { contacts: [{ date: '2026-10-02', channel, result }] });
    expect(contacted('fr', 'sms', 'pas de réponse')).toContain("Je n'ai reçu aucune réponse.");
    expect(contacted('de', 'E-Mail', 'Keine Antwort.')).toContain('Eine Antwort habe ich nicht erhalten.');
    expect(contacted('es', 'tlf', 'sin respuesta')).toContain('No recibí ninguna respuesta.');
    expect(contacted('es', 'tlf', 'sin respuesta')).not.toContain('(tlf)');
    expect(contacted('fr', 'sms', 'pas de réponse')).not.toMatch(/Résultat/);
    // A Spanish verb whose ending says "they" starts a sentence of its own.
    expect(contacted('es', 'teléfono', 'abrieron incidencia nº 55, pero nadie llamó')).toContain('Abrieron incidencia nº 55, pero nadie llamó.');
  });
});

describe('a business in another EU country', () => {
  it('is read from recipient.country or the end of its address, and the final letter names the European Consumer Centre', () => {
    const final = (recipient: Record<string, unknown>) =>
      textOf('de', { recipient: { company: 'Bol Shop B.V.', ...recipient }, purchase: { item: 'Kopfhörer', kind: 'goods', amount: 129 }, request: { remedy: 'refund' }, letter: { stage: 'final' } });
    for (const recipient of [{ country: 'NL' }, { address: 'Keizersgracht 1, 1015 Amsterdam, Niederlande' }, { address: 'Keizersgracht 1, 1015 Amsterdam, Netherlands' }]) {
      const text = final(recipient);
      expect(text, JSON.stringify(recipient)).toContain('das Europäische Verbraucherzentrum Deutschland (Netzwerk ECC-Net) einschalten');
      expect(text).not.toContain('Universalschlichtungsstelle');
    }
    expect(final({ address: 'Hauptstraße 1, 10115 Berlin' })).toContain('Universalschlichtungsstelle');
  });
});

describe('French: a reader by function, a couple signing, and a letter after the first', () => {
  const purchase = { item: 'forfait', kind: 'service', date: '2026-07-01', amount: 120 };
  it('greets "Madame la Directrice" and closes with the same words', () => {
    const text = textOf('fr', { purchase, request: { remedy: 'refund' }, recipient: { company: PLACE.fr.company, contact: 'Madame la Directrice' } });
    expect(text).toContain('\nMadame la Directrice,\n');
    expect(text).toContain("Je vous prie d'agréer, Madame la Directrice, l'expression de mes salutations distinguées.");
  });
  it('signs "M. et Mme Laurent" whole, and a surname alone with its title', () => {
    const signed = (name: string) => textOf('fr', { purchase, request: { remedy: 'refund' }, sender: { name, country: 'FR', address: PLACE.fr.address } });
    expect(signed('M. et Mme Laurent')).toMatch(/\nM\. et Mme Laurent\n/);
    expect(signed('Mme Leroy')).toMatch(/\nMme Leroy\n/);
    expect(signed('Mme Sophie Benali')).toMatch(/\nSophie Benali\n/);
  });
  it('a reminder writes again, without "je reviens vers vous"', () => {
    const text = textOf('fr', { purchase, request: { remedy: 'refund' }, letter: { stage: 'reminder', previous: ['2026-11-02'] } });
    expect(text).toContain('Je vous écris à nouveau au sujet de');
    expect(text).not.toContain('reviens vers vous');
  });
});

describe('a person named in place of a business (a private landlord)', () => {
  it.each([
    ['es', 'Sra. Carmen Vidal', 'Estimada Sra. Vidal:'],
    ['de', 'Frau Sabine Wolff', 'Sehr geehrte Frau Wolff,'],
    ['fr', 'M. Pierre Vidalou', 'Monsieur,'],
  ] as const)('%s: %s is greeted by name', (language, company, greeting) => {
    const text = textOf(language, { purchase: { item: 'dépôt', kind: 'deposit', amount: 900 }, request: { remedy: 'refund' }, recipient: { company, sector: 'property' } });
    expect(text).toContain(`\n${greeting}\n`);
  });
});

describe("the business's people, and what they said of themselves, told to the business", () => {
  const purchase = { item: 'réparation', kind: 'service', date: '2026-09-20', amount: 350 };
  it.each([
    ['fr', "ils m'ont dit que le chef de chantier me rappellerait", "Vous m'avez dit que le chef de chantier me rappellerait."],
    ['fr', "ils ont répondu qu'ils n'étaient pas responsables", "Vous avez répondu que vous n'étiez pas responsables."],
    ['de', 'sie haben geschrieben, sie hätten meine Mail nie bekommen', 'Sie haben geschrieben, Sie hätten meine Mail nie bekommen.'],
    ['es', 'ellos dijeron que ellos vendrían el lunes', 'Ustedes dijeron que vendrían el lunes.'],
  ] as const)('%s: %s', (language, result, told) => {
    const text = textOf(language, { purchase, request: { remedy: 'refund' }, contacts: [{ date: '2026-10-01', channel: 'email', result }] });
    expect(text).toContain(told);
  });
  it('a named reader: "il m\'a dit qu\'il était débordé" is "vous étiez", "er schickt" is "Sie schicken"', () => {
    const fr = textOf('fr', { purchase, request: { remedy: 'refund' }, recipient: { company: PLACE.fr.company, contact: 'M. Pierre Vidalou' }, contacts: [{ date: '2026-09-28', channel: 'phone', who: 'M. Vidalou', result: "il m'a dit qu'il était débordé" }] });
    expect(fr).toContain("Vous m'avez dit que vous étiez débordé.");
    const de = textOf('de', { purchase, request: { remedy: 'refund' }, recipient: { company: PLACE.de.company, contact: 'Herr Kowalski' }, contacts: [{ date: '2026-09-28', channel: 'phone', who: 'Herr Kowalski', result: 'er hat gesagt er schickt nächste Woche einen Monteur' }] });
    expect(de).toContain('Sie haben gesagt, Sie schicken nächste Woche einen Monteur.');
  });
});

describe('an item that starts with a noun of another gender than its kind', () => {
  it.each([
    ['es', 'contrato de luz', 'en relación con el contrato de luz.'],
    ['fr', "contrat d'électricité", "au sujet de mon contrat d'électricité."],
  ] as const)('%s: %s is named once, with its own article', (language, item, told) => {
    const text = textOf(language, { purchase: { item, kind: 'subscription', amount: 50 }, request: { remedy: 'refund' } });
    expect(text).toContain(told);
    expect(text).not.toMatch(/contrat(?:o)?\s*: contrat/);
  });
});

describe('a later clause about someone named in between stays theirs', () => {
  it.each([
    ['fr', "ils m'ont dit que le livreur passerait et qu'il appellerait avant", "Vous m'avez dit que le livreur passerait et qu'il appellerait avant."],
    ['es', 'ellos dijeron que el transportista tuvo la culpa y que él debía pagar', 'que el transportista tuvo la culpa y que él debía pagar.'],
  ] as const)('%s: %s', (language, result, told) => {
    const text = textOf(language, { purchase: { item: 'table', kind: 'goods', amount: 100 }, request: { remedy: 'refund' }, contacts: [{ date: '2026-10-01', channel: 'email', result }] });
    expect(text).toContain(told);
  });
});

describe('French: a function greeted in full; what to do typed as a list', () => {
  it('"M. le directeur" is greeted "Monsieur le Directeur"', () => {
    const text = textOf('fr', { purchase: { item: 'forfait', kind: 'service', amount: 120 }, request: { remedy: 'refund' }, recipient: { company: PLACE.fr.company, contact: 'M. le directeur' } });
    expect(text).toContain('\nMonsieur le Directeur,\n');
  });
  it('a correction typed as a list, and a reason over two lines, are one request', () => {
    const text = textOf('fr', { purchase: { item: 'canapé', kind: 'goods', amount: 900 }, request: { remedy: 'correction', correction: '- remplacer le tissu\n- changer le pied' } });
    expect(text).toContain('de la manière suivante\u00A0: remplacer le tissu et changer le pied.');
  });
});

describe('a card dispute over part of a recurring fee', () => {
  it.each([
    ['fr', 'Je vous demande de recréditer mon compte de 15,00\u00a0€.', 'du montant de'],
    ['de', 'Ich bitte Sie, meinem Konto 15,00\u00a0€ gutzuschreiben.', 'die Zahlung von'],
    ['es', 'Les solicito que abonen en mi cuenta 15,00\u00a0€.', 'anulen el cargo'],
  ] as const)('%s: asks for the amount, never for a charge of that amount', (language, asked, notAsked) => {
    const text = letter(language, { purchase: { item: 'abonnement', kind: 'subscription', amount: 17.99, period: 'month', date: '2026-06-01', paidWith: 'credit-card' }, request: { remedy: 'partial-refund', amount: 15 } }, 'card-dispute');
    expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(asked.replace(/\u00a0/g, ' '));
    expect(text).not.toContain(notAsked);
  });

  it('de: part of one payment is "einen Teilbetrag" of it', () => {
    const text = letter('de', { purchase: { item: 'Pauschalreise', kind: 'booking', amount: 3180, date: '2026-05-02', paidWith: 'credit-card' }, request: { remedy: 'partial-refund', amount: 1272 } }, 'card-dispute');
    expect(text).toMatch(/Ich bitte Sie, meinem Konto einen Teilbetrag von 1\.272,00\s€ der Zahlung über 3\.180,00\s€ gutzuschreiben\./);
  });
});

describe('a reason for the amount of a refund offered as the other choice', () => {
  it.each([
    ['fr', 'pour la différence entre premium et standard', 'soit de me rembourser 15,00 € sur les 100,00 € réglés, pour la différence entre premium et standard.'],
    ['de', 'für die vier Monate, in denen Sie 10 € zu viel abgebucht haben', 'Alternativ bitte ich Sie, mir 15,00 € von den gezahlten 100,00 € für die vier Monate, in denen Sie 10 € zu viel abgebucht haben, zu erstatten.'],
    ['es', 'por la diferencia entre las dos tarifas', 'Si no es posible, solicito el reembolso de 15,00 € de los 100,00 € que pagué, por la diferencia entre las dos tarifas.'],
  ] as const)('%s: goes with the amount, not after a label', (language, reason, asked) => {
    const text = letter(language, { request: { remedy: 'either', correction: 'rétablir le service', amount: 15, reason } }).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain(asked);
    expect(text).not.toMatch(/Motif|Begründung|Motivo/);
  });
});

describe('what came back, told with a subject of its own', () => {
  it.each([
    ['fr', "l'hôtesse m'a dit que la résiliation n'avait pas été enregistrée", "L'hôtesse m'a dit que la résiliation n'avait pas été enregistrée.", 'Résultat'],
    ['de', 'die Mitarbeiterin meinte, die Kündigung sei nicht angekommen', 'Die Mitarbeiterin meinte, die Kündigung sei nicht angekommen.', 'Ergebnis'],
    ['es', 'la encargada me dijo que lo revisarían', 'La encargada me dijo que lo revisarían.', 'Resultado'],
  ] as const)('%s: is a sentence, not a note after a label', (language, result, sentence, label) => {
    const text = letter(language, { contacts: [{ date: '2026-10-01', channel: 'visit', result }] });
    expect(text).toContain(sentence);
    expect(text).not.toContain(label);
  });
});

describe('a German date at the end of an enclosure', () => {
  it('keeps its own last dot', () => {
    const text = letter('de', { evidence: ['Auftragsbestätigung vom 15.10.', 'Rechnung 2026-44871.'] });
    expect(text).toContain('- Auftragsbestätigung vom 15.10.\n');
    expect(text).toContain('- Rechnung 2026-44871\n');
  });
});

describe('the person written to, reported in their own words', () => {
  it('is "vous" in the clause they said of themselves, in their own pronoun only', () => {
    const woman = letter('fr', { recipient: { contact: 'Mme Perrin' }, story: { circumstances: "toujours rien, mme perrin m'a dit au telephone qu'elle attendait une facture." } });
    expect(woman).toContain("vous m'avez dit au telephone que vous attendiez une facture.");
    const man = letter('fr', { recipient: { contact: 'M. Caron' }, story: { circumstances: "mr caron m'a dit qu'il passerait la semaine d'apres." } });
    expect(man).toContain("Vous m'avez dit que vous passeriez la semaine d'apres.");
    // Another's pronoun is someone else.
    const other = letter('fr', { recipient: { contact: 'M. Caron' }, story: { circumstances: "M. Caron m'a dit qu'elle passerait lundi." } });
    expect(other).toContain("Vous m'avez dit qu'elle passerait lundi.");
  });
});

describe('the person written to, named after a preposition', () => {
  it('keeps their name: it is no subject there', () => {
    const es = letter('es', { recipient: { contact: 'Sr. Ortega' }, story: { circumstances: 'entregue las llaves al sr ortega, el sr ortega dice q esta esperando' } });
    expect(es).toContain('Entregue las llaves al sr ortega, usted dice que esta esperando.');
    const fr = letter('fr', { recipient: { contact: 'M. Caron' }, story: { circumstances: "j'ai parlé avec M. Caron a plusieurs reprises" } });
    expect(fr).toContain("J'ai parlé avec M. Caron a plusieurs reprises.");
  });
});

describe('a sentence shouted in capitals, in French and Spanish', () => {
  it('is written in normal letters; a name or an acronym in capitals stays', () => {
    const es = letter('es', { story: { circumstances: 'Me siguen cobrando la cuota entera!!! NO ES NORMAL. Hablé con JUAN PEREZ y NO ME DEVUELVEN EL IVA' } });
    expect(es).toContain('Me siguen cobrando la cuota entera. No es normal.');
    expect(es).toContain('Hablé con JUAN PEREZ y no me devuelven el IVA');
    const fr = letter('fr', { story: { circumstances: "Trois prélèvements après ma résiliation. C'EST UNE HONTE, le SAV ne répond pas." } });
    expect(fr).toContain("C'est une honte, le SAV ne répond pas.");
  });
});

describe('a Spanish exclamation typed without its opening mark', () => {
  it('ends with a full stop; one with both marks stays', () => {
    const es = letter('es', { story: { circumstances: 'Me siguen cobrando! Ya he llamado tres veces. ¡Es la tercera vez!' } });
    expect(es).toContain('Me siguen cobrando. Ya he llamado tres veces. ¡Es la tercera vez!');
  });
});
