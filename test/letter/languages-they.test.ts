// What "they" (the business) did, told in a French, German or Spanish letter to that business:
// "ils m'ont prélevé" is "vous m'avez prélevé", "haben sie nicht reagiert" "haben Sie nicht
// reagiert"; "ils" that may be someone or something else, and the letter to a card issuer, keep
// the writer's words.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, type Lang } from './language-cases.js';

/** The letter (text) at `stage` for a case in `language` whose story is `story`. */
function letter(language: Lang, story: Record<string, unknown>, stage: 'first' | 'card-dispute' = 'first', company: string = PLACE[language].company): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company },
    purchase: { item: 'x', kind: 'service', date: '2026-04-01', amount: 100, paidWith: 'credit-card' },
    story,
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

const outcome = (language: Lang, said: string[], circumstances = { fr: 'Le problème a commencé le 2 mai.', de: 'Das Problem begann am 2. Mai.', es: 'El problema empezó el 2 de mayo.' }[language]) =>
  letter(language, { circumstances, expectations: { fr: 'un service conforme', de: 'eine ordentliche Leistung', es: 'un servicio correcto' }[language], outcome: said });

describe('"they" whose verb could be said of things', () => {
  it('is the business where the story names nothing else in the plural', () => {
    expect(outcome('fr', ['ils nous ont mis sur un vol plus tard le 12 septembre'], 'Notre vol du 12 septembre a été annulé 2 fois.')).toContain(': vous nous avez mis sur un vol plus tard le 12 septembre.');
    expect(outcome('es', ['ellos nos pusieron en otro vuelo'], 'El vuelo del 3 de mayo se canceló.')).toContain(': ustedes nos pusieron en otro vuelo.');
  });
  it('is kept where they did nothing to the writer: they may be the writer’s own people', () => {
    expect(outcome('fr', ['nous étions 4 à table, ils ont tous été malades'])).toContain('ils ont tous été malades');
    expect(outcome('es', ['ellos se pusieron enfermos'])).toContain('ellos se pusieron enfermos');
  });
  it('is kept where something else in the plural may be who "they" are', () => {
    expect(outcome('fr', ['ils ont crevé au bout d’une semaine'], 'J’ai acheté deux pneus le 3 mai.')).toContain(': ils ont crevé au bout d’une semaine.');
    expect(outcome('fr', ['ils se sont décollés'], 'Les carreaux ont été posés le 2 mai.')).toContain(': ils se sont décollés.');
    expect(outcome('es', ['ellas se rompieron a los dos días'], 'Compré dos sillas el 3 de mayo.')).toContain(': ellas se rompieron a los dos días.');
  });
  it('looks only before "they" for what it may stand for', () => {
    expect(outcome('fr', ["ils nous ont mis sur un vol plus tard, on a payé l'hôtel et les repas"])).toContain(": vous nous avez mis sur un vol plus tard, on a payé l'hôtel et les repas.");
  });
  it('is kept where what was bought reads as a plural', () => {
    const text = letter('fr', { circumstances: 'Montés le 2 mai.', expectations: 'des pneus qui tiennent', outcome: 'ils se sont usés en deux mois' });
    expect(text).toContain(': ils se sont usés en deux mois.');
    const c = caseSchema.parse({
      sender: { name: 'Alex Martin', country: 'FR', address: PLACE.fr.address },
      recipient: { company: PLACE.fr.company },
      purchase: { item: 'pneus neige', kind: 'goods', date: '2026-04-01', amount: 100 },
      story: { circumstances: 'Montés le 2 mai.', expectations: 'une bonne tenue', outcome: 'ils ont lâché en deux mois' },
      request: { remedy: 'refund' },
      letter: { date: '2026-11-16', language: 'fr' },
    });
    const produced = produceLetter(c, { format: 'text', settings: {} });
    expect(produced.ok && (produced.output.content as string)).toContain(': ils ont lâché en deux mois.');
  });
});

describe('French: "ils" of the business is "vous"', () => {
  it('says what they did to the reader, with the verb in the reader’s person', () => {
    const text = outcome('fr', ["ils m'ont prélevé 3 fois depuis septembre", 'ils ne répondent pas a mes mails', 'depuis rien, ils me demandent des documents que j’ai deja envoyés', "Ils ont ajouté une option que je n'ai jamais demandée"]);
    expect(text).toContain("- Vous m'avez prélevé 3 fois depuis septembre.");
    expect(text).toContain('- Vous ne répondez pas a mes mails.');
    expect(text).toContain('- Depuis rien, vous me demandez des documents');
    expect(text).toContain("- Vous avez ajouté une option que je n'ai jamais demandée.");
  });

  it('says their own things as the reader’s, a reflexive as the reader’s, and "qu’ils" as "que vous"', () => {
    const text = outcome('fr', ['ils ont refusé de reprendre leur appareil', "le vendeur m'a dit qu'ils rembourseraient la semaine suivante", 'ils se sont excusés mais rien n’a bougé', 'ils devaient venir le 3, ils ne sont jamais venus']);
    expect(text).toContain('Vous avez refusé de reprendre votre appareil.');
    expect(text).toContain('Vous vous êtes excusés mais rien n’a bougé.');
    expect(text).toContain("Vous deviez venir le 3, vous n'êtes jamais venus.");
    expect(text).toContain("m'a dit que vous rembourseriez la semaine suivante");
  });

  it('keeps "ils" that may be things, or someone else named before', () => {
    const text = outcome('fr', ['les pieds sont cassés, ils ont lâché au bout de deux jours', "j'ai appelé ma banque, ils m'ont dit d'attendre", 'mes voisins ont vu le livreur', 'ils ont dit qu’il était reparti']);
    expect(text).toContain('ils ont lâché au bout de deux jours');
    expect(text).toContain("ils m'ont dit d'attendre");
    // The answer before names someone else: "ils" may be the neighbours.
    expect(text).toContain('- Ils ont dit qu’il était reparti.');
  });

  it('keeps the writer’s words in the letter to the card issuer', () => {
    const text = letter('fr', { circumstances: 'Le problème a commencé le 2 mai.', expectations: 'un service conforme', outcome: "ils m'ont prélevé 3 fois" }, 'card-dispute');
    expect(text).toContain("passé : ils m'ont prélevé 3 fois.");
  });
});

describe('German: "sie" of the business is "Sie"', () => {
  it('writes it with its capital where it does what only people do', () => {
    const text = outcome('de', ['auf meine Mails haben sie nicht reagiert bzw. nur automatische Antworten geschickt', 'am Telefon sagten sie, ich soll warten']);
    expect(text).toContain('Auf meine Mails haben Sie nicht reagiert bzw. nur automatische Antworten geschickt.');
    expect(text).toContain('Am Telefon sagten Sie, ich soll warten.');
  });

  it('says to the card issuer who "Sie" is, where an answer that starts with "sie" (they) reads as "Sie"', () => {
    const text = letter('de', { circumstances: 'Das Problem begann am 2. Mai.', expectations: 'eine ordentliche Leistung', outcome: 'sie sagen, ich soll mich an den Hersteller wenden' }, 'card-dispute');
    expect(text).toContain('Mit „Sie“ ist darin die Firma X gemeint.');
  });

  it('keeps "sie" of a thing, of one person, or of someone else', () => {
    // Both "sie" may be the business, or the second the tiles: kept as typed, rather than said half to the reader.
    expect(outcome('de', ['die Fliesen sind gerissen, sie haben sie schlecht verlegt'])).toContain('Die Fliesen sind gerissen, sie haben sie schlecht verlegt.');
    const text = outcome('de', ['seit Oktober schleudert sie nicht mehr', 'die Fliesen sind gerissen, weil sie schlecht verlegt wurden', 'meine Nachbarn haben gesehen, dass sie nicht da waren', 'die Monteurin hat gesagt, sie ruft zurück']);
    expect(text).toContain('Seit Oktober schleudert sie nicht mehr.');
    expect(text).toContain('weil sie schlecht verlegt wurden');
    expect(text).toContain('dass sie nicht da waren');
    expect(text).toContain('sie ruft zurück');
  });
});

describe('Spanish: "ellos" of the business is "ustedes"', () => {
  it('says the pronoun to the reader; the verb is the same', () => {
    const text = outcome('es', ['ellos me cobraron dos veces', 'me cobraron septiembre y octubre']);
    expect(text).toContain('- Ustedes me cobraron dos veces.');
    expect(text).toContain('- Me cobraron septiembre y octubre.');
  });

  it('keeps "ellos" of someone else named before', () => {
    const text = outcome('es', ['llamé al banco y ellos me dijeron que esperara']);
    expect(text).toContain('ellos me dijeron que esperara');
  });
});

describe('the business named by a common noun ("la société", "die Firma", "la empresa")', () => {
  it('is the reader at the start of a clause, before a verb whose form for the reader the catalogue knows', () => {
    expect(outcome('fr', ["la société m'a répondu le 3 mai, puis la société a refusé de rembourser"])).toContain(": vous m'avez répondu le 3 mai, puis vous avez refusé de rembourser.");
    expect(outcome('de', ['die Firma hat nicht reagiert. Am 17.10. hat die Firma trotzdem abgebucht'])).toContain('Sie haben nicht reagiert. Am 17.10. haben Sie trotzdem abgebucht.');
    expect(outcome('es', ['la empresa no ha contestado y la empresa sigue sin devolver el dinero'])).toContain(': ustedes no han contestado y ustedes siguen sin devolver el dinero.');
    expect(outcome('es', ['el taller dice que no es culpa suya'])).toContain(': ustedes dicen que no es culpa suya.');
    // German: "es" between "sie" and its verb ("obwohl sie es versprochen haben").
    expect(outcome('de', ['das Geld haben sie nicht überwiesen, obwohl sie es versprochen haben'])).toContain('Das Geld haben Sie nicht überwiesen, obwohl Sie es versprochen haben.');
  });
  it('is kept where it is not the subject, where its verb is unknown, or where the story names someone else', () => {
    // "a" typed for "à": no subject there.
    expect(outcome('fr', ["j'ai appelé la société a plusieurs reprises"])).toContain("j'ai appelé la société a plusieurs reprises.");
    expect(outcome('fr', ['la société est revenue sur sa parole'])).toContain('la société est revenue sur sa parole.');
    expect(outcome('fr', ['le livreur est passé, la société a refusé le colis'])).toContain('la société a refusé le colis');
    expect(outcome('de', ['mein Mann hat die Firma angerufen'])).toContain('Mein Mann hat die Firma angerufen.');
    expect(outcome('es', ['el banco dice que la empresa ha cobrado dos veces'])).toContain('la empresa ha cobrado dos veces');
    // Another business of the kind in the story ("la société de livraison", "die Firma Hermes"): which one is meant is not sure.
    expect(outcome('fr', ['la société de livraison a perdu le colis, ensuite la société a refusé de me rembourser'])).toContain('ensuite la société a refusé');
    expect(outcome('de', ['die Firma Hermes hat das Paket verloren, die Firma hat nicht reagiert'])).toContain('die Firma hat nicht reagiert');
    expect(outcome('es', ['la empresa de mensajería perdió el paquete y la empresa no ha contestado'])).toContain('la empresa no ha contestado');
  });
  it('German: what it says, and its own, are the reader’s ("sagt" -> "Sie sagen", "ihr" -> "Ihr")', () => {
    const story = { circumstances: 'Das Problem begann am 2. Mai.', expectations: 'eine ordentliche Leistung', outcome: 'die Firma sagt nicht ihr Problem, und die Firma hat ihr Versprechen nicht gehalten' };
    expect(letter('de', story)).toContain('Sie sagen nicht Ihr Problem, und Sie haben Ihr Versprechen nicht gehalten.');
  });
  it('German: the kind of business its name gives ("die Werkstatt" to "Kfz-Werkstatt Huber") is the reader; to another business it is someone else', () => {
    const story = { circumstances: 'Die Kupplung wurde am 2. Mai repariert.', expectations: 'eine funktionierende Kupplung', outcome: 'sie rutscht wieder, die Werkstatt sagt nicht ihr Problem' };
    expect(letter('de', story, 'first', 'Kfz-Werkstatt Huber')).toContain('sie rutscht wieder, Sie sagen nicht Ihr Problem.');
    expect(letter('de', story, 'first', 'Allianz Versicherung AG')).toContain('sie rutscht wieder, die Werkstatt sagt nicht ihr Problem.');
  });
  it('French and Spanish: the kind of business its name gives ("l’hôtel", "el hotel") is the reader only in a letter to that business', () => {
    const fr = { circumstances: 'Nous avons séjourné du 10 au 14 août.', expectations: 'une chambre vue mer', outcome: "l'hôtel a refusé de nous changer de chambre" };
    expect(letter('fr', fr, 'first', 'Hôtel Les Cigales')).toContain('vous avez refusé de nous changer de chambre');
    expect(letter('fr', fr, 'first', 'VoyagesAzur')).toContain("l'hôtel a refusé de nous changer de chambre");
    const es = { circumstances: 'Estuvimos del 10 al 14 de agosto.', expectations: 'una habitación con vistas al mar', outcome: 'el hotel no ha contestado a mis mensajes' };
    expect(letter('es', es, 'first', 'Hotel Miramar')).toContain('ustedes no han contestado a mis mensajes');
    expect(letter('es', es, 'first', 'Viajes Sol')).toContain('el hotel no ha contestado a mis mensajes');
  });
  it('keeps its name to a card issuer', () => {
    const text = letter('fr', { circumstances: 'Le problème a commencé le 2 mai.', expectations: 'un service conforme', outcome: 'la société a refusé de rembourser' }, 'card-dispute');
    expect(text).not.toContain('vous avez refusé');
  });
});
