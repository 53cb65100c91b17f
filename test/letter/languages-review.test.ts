// Letters in French, German and Spanish as native readers reviewed them: realistic cases written
// to a file and rendered through the command line, as a user runs redress, and what the reader
// sees. (The place and date before the subject; German names and contacts as German says them;
// words typed with ae, oe, ue and ss; dates of earlier letters; greetings; a name said once.)
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

type Stage = 'first' | 'reminder' | 'final' | 'card-dispute';
let made = 0;

/** The letter for `value` (a case, written to a file as YAML's JSON form), as `redress draft --from` prints it. */
function draft(value: Record<string, unknown>, stage: Stage = 'first', format = 'text'): string {
  const file = tmp.path(`case-${++made}.yaml`);
  writeFileSync(file, JSON.stringify(value, null, 1));
  const r = redress(['draft', '--from', file, '--stage', stage, '--date', '2026-12-01', '--format', format]);
  expect(r.code, r.stderr).toBe(0);
  // No-break spaces (before € and French punctuation) read as spaces here.
  return r.stdout.replace(/[\u00A0\u202F]/g, ' ');
}

/** The paragraph of the letter that starts with `start`. */
const paragraph = (letter: string, start: string) => letter.split('\n\n').find((block) => block.startsWith(start)) ?? '';

const LYON = { name: 'Camille Durand', address: '5 rue des Lilas, 69003 Lyon', country: 'FR', email: 'camille.durand@example.org' };
const MUNICH = { name: 'Jonas Becker', address: 'Gartenstraße 3, 80333 München', country: 'DE', email: 'jonas.becker@example.org' };
const MADRID = { name: 'Lucía Fernández', address: 'Calle Mayor 3, 28013 Madrid', country: 'ES', email: 'lucia.fernandez@example.org' };

const flight = {
  sender: LYON,
  recipient: { company: 'Air Horizon' },
  purchase: { item: 'vol Marseille-Lisbonne du 12 octobre 2026 pour deux personnes', kind: 'booking', date: '2026-06-20', amount: 412, reference: 'Facture n° 4471', paidWith: 'credit-card' },
  story: { circumstances: 'Notre vol a été annulé la veille du départ.', expectations: 'un vol le 12 octobre', outcome: 'aucun vol de remplacement proposé' },
  request: { remedy: 'refund', amount: 412 },
  letter: { previous: ['2026-11-02', '2026-11-17'] },
};

const railcard = {
  sender: MUNICH,
  recipient: { company: 'Deutsche Bahn AG' },
  purchase: { item: 'BahnCard 50', kind: 'subscription', date: '2026-03-01', amount: 244, period: 'year', paidWith: 'credit-card', reference: 'Kundennr. 7781204' },
  story: { circumstances: 'Ich habe die BahnCard am 3. Mai fristgerecht zum 1. Juni schriftlich gekündigt.', expectations: 'keine weitere Abbuchung', outcome: 'im Juni wurden erneut 244 € abgebucht' },
  request: { remedy: 'refund', amount: 244 },
  letter: { previous: ['2026-10-28', '2026-11-17'] },
};

const filling = {
  sender: MADRID,
  recipient: { company: 'Clínica Dental Sonrisa', contact: 'doctora Morales' },
  purchase: { item: 'empaste de una muela', kind: 'service', date: '2026-09-14', amount: 90, paidWith: 'credit-card' },
  story: { circumstances: 'El empaste se cayó a los diez días.', expectations: 'un empaste duradero', outcome: 'se cayó a los diez días' },
  request: { remedy: 'either', correction: 'rehacer el empaste sin coste', amount: 90 },
  letter: { previous: ['2026-11-02', '2026-11-17'] },
};

describe('the place and date', () => {
  const dateLines = { fr: 'Lyon, le 1er décembre 2026', de: 'München, 1. Dezember 2026', es: 'Madrid, 1 de diciembre de 2026' };
  const subjects = { fr: /^Objet : /, de: /^(?!Betreff)\S/, es: /^Asunto: / };
  const cases = { fr: flight, de: railcard, es: filling };
  for (const language of ['fr', 'de', 'es'] as const) {
    it(`come before the subject in ${language}, at every stage, in text and Markdown`, () => {
      for (const stage of ['first', 'reminder', 'final', 'card-dispute'] as const) {
        const all = draft(cases[language], stage).split('\n');
        // After the recipient's block (a line or more, then a blank one), where there is one.
        const at = all.indexOf(dateLines[language]);
        expect(at === 0 || (all[at - 1] === '' && all.slice(0, at - 1).every(Boolean)), stage).toBe(true);
        if (stage !== 'card-dispute') expect(at, stage).toBeGreaterThan(0);
        const lines = all.slice(at);
        expect(lines.slice(0, 2), stage).toEqual([dateLines[language], '']);
        // A French mise en demeure says how it is sent between the two.
        const subject = language === 'fr' && stage === 'final' ? (expect(lines[2]).toBe('Lettre recommandée avec accusé de réception'), lines[3]) : lines[2];
        expect(subject, stage).toMatch(subjects[language]);
        expect(lines.filter((line) => line === dateLines[language]), stage).toHaveLength(1);
      }
      const markdown = draft(cases[language], 'reminder', 'markdown');
      expect(markdown).toContain(`\n\n${dateLines[language]}\n\n**`);
    });
  }
  it('come before the subject on the HTML page too, and once', () => {
    const html = draft(flight, 'final', 'html');
    const date = html.indexOf('Lyon, le 1er décembre 2026');
    expect(date).toBeGreaterThan(0);
    expect(date).toBeLessThan(html.indexOf('Lettre recommandée avec accusé de réception</p>'));
    expect(date).toBeLessThan(html.indexOf('<p class="subject">'));
    expect(html.indexOf('Lyon, le 1er décembre 2026', date + 1)).toBe(-1);
  });
});

describe('a German business whose name starts with an adjective', () => {
  it('takes -n in the dative, and keeps it in the nominative and accusative', () => {
    const dispute = draft(railcard, 'card-dispute');
    expect(dispute).toContain('hiermit widerspreche ich einer Zahlung mit meiner Karte an die Deutsche Bahn AG: Die Deutsche Bahn AG hat');
    expect(dispute).toContain('Folgendes habe ich der Deutschen Bahn AG in meiner Reklamation geschildert.');
    expect(dispute).not.toContain('der Deutsche Bahn');
  });
  it('is a rule of the name, not of a list: Lufthansa, a cooperative, and a name after a town', () => {
    const mailed = (company: string) =>
      paragraph(draft({ ...railcard, recipient: { company }, contacts: [{ date: '2026-06-15', channel: 'E-Mail' }] }, 'card-dispute'), 'Am 15. Juni 2026');
    expect(mailed('Deutsche Lufthansa AG')).toBe('Am 15. Juni 2026 habe ich der Deutschen Lufthansa AG per E-Mail geschrieben.');
    expect(mailed('Neue Energie eG')).toBe('Am 15. Juni 2026 habe ich der Neuen Energie eG per E-Mail geschrieben.');
    expect(mailed('Frankfurter Allgemeine Zeitung GmbH')).toBe('Am 15. Juni 2026 habe ich der Frankfurter Allgemeinen Zeitung GmbH per E-Mail geschrieben.');
    // A surname is no adjective.
    expect(mailed('Linde Material Handling GmbH')).toBe('Am 15. Juni 2026 habe ich der Linde Material Handling GmbH per E-Mail geschrieben.');
  });
});

describe('earlier contacts in German', () => {
  const contacts = (list: Record<string, string>[], stage: Stage = 'first') => paragraph(draft({ ...railcard, contacts: list }, stage), 'Am ');
  it('keep a name given after "namens" as it was named, and say the person once', () => {
    const told = contacts([{ date: '2026-06-10', channel: 'Telefon', who: 'ein Mitarbeiter namens Herr Özdemir', result: 'Herr Özdemir sagte mir, die Kündigung liege nicht vor' }]);
    expect(told).toBe('Am 10. Juni 2026 habe ich Sie telefonisch kontaktiert und mit einem Mitarbeiter namens Herr Özdemir gesprochen. Er sagte mir, die Kündigung liege nicht vor.');
    const her = contacts([{ date: '2026-06-11', channel: 'Telefon', who: 'Frau Lorenz', result: 'Frau Lorenz hat mir eine Gutschrift zugesagt' }]);
    expect(her).toBe('Am 11. Juni 2026 habe ich Sie telefonisch kontaktiert und mit Frau Lorenz gesprochen. Sie hat mir eine Gutschrift zugesagt.');
  });
  it('address a letter or an e-mail "zu Händen" a department in the genitive, and a person "von"', () => {
    expect(contacts([{ date: '2026-06-15', channel: 'E-Mail', who: 'Zentrale' }])).toBe('Am 15. Juni 2026 habe ich Ihnen per E-Mail geschrieben (zu Händen der Zentrale).');
    expect(contacts([{ date: '2026-06-15', channel: 'Brief', who: 'Kundendienst' }])).toContain('(zu Händen des Kundendienstes)');
    expect(contacts([{ date: '2026-06-15', channel: 'E-Mail', who: 'Herr Weber' }])).toContain('(zu Händen von Herrn Weber)');
  });
  it('close a name set off after a role with a comma where the sentence goes on', () => {
    expect(contacts([{ date: '2026-06-20', channel: 'Telefon', who: 'die Reiseleitung vor Ort, Frau Kostas' }])).toBe(
      'Am 20. Juni 2026 habe ich Sie telefonisch kontaktiert und mit der Reiseleitung vor Ort, Frau Kostas, gesprochen.',
    );
  });
  it('say a talk in person without saying who went to whom, unless the channel names the business’s place', () => {
    expect(contacts([{ date: '2026-06-22', channel: 'in person', who: 'der Monteur' }])).toBe('Am 22. Juni 2026 habe ich persönlich mit Ihrem Monteur gesprochen.');
    expect(contacts([{ date: '2026-06-22', channel: 'vor Ort', who: 'Monteur' }], 'card-dispute')).toBe('Am 22. Juni 2026 habe ich persönlich mit dem Monteur (Deutsche Bahn AG) gesprochen.');
    expect(contacts([{ date: '2026-06-23', channel: 'persönlich am Schalter', who: 'Frau Lang' }])).toBe('Am 23. Juni 2026 habe ich Sie vor Ort aufgesucht und mit Frau Lang gesprochen.');
  });
  it('tell a call to another business as a call to it, not to the reader', () => {
    expect(contacts([{ date: '2026-06-25', channel: 'Telefon', who: 'DHL', result: 'das Paket sei zugestellt worden' }])).toBe(
      'Am 25. Juni 2026 habe ich DHL telefonisch kontaktiert. Ergebnis: das Paket sei zugestellt worden.',
    );
    // The business's own initials are the business.
    expect(contacts([{ date: '2026-06-26', channel: 'Telefon', who: 'DB' }])).toBe('Am 26. Juni 2026 habe ich Sie telefonisch kontaktiert und mit DB gesprochen.');
  });
  it('tell another business in French and Spanish too, and keep the business’s own service (SAV, SAT)', () => {
    const fr = paragraph(draft({ ...flight, contacts: [{ date: '2026-10-20', channel: 'téléphone', who: 'DHL' }, { date: '2026-10-21', channel: 'téléphone', who: 'SAV' }] }), 'Le 20');
    expect(fr).toBe("Le 20 octobre 2026, j'ai téléphoné à DHL. Le 21 octobre 2026, je vous ai téléphoné et j'ai parlé au SAV.");
    const es = paragraph(draft({ ...filling, recipient: { company: 'Muebles Castilla' }, contacts: [{ date: '2026-10-02', channel: 'teléfono', who: 'SEUR' }, { date: '2026-10-03', channel: 'teléfono', who: 'SAT' }] }), 'El 2');
    expect(es).toBe('El 2 de octubre de 2026 llamé por teléfono a SEUR. El 3 de octubre de 2026 les llamé por teléfono y hablé con el SAT.');
  });
});

describe('German words typed with ae, oe, ue and ss', () => {
  const gym = {
    sender: { ...MUNICH, name: 'Paul Fischer' },
    recipient: { company: 'FitPlus Studios' },
    purchase: { item: 'Mitgliedschaft', kind: 'subscription', date: '2025-01-01', amount: 39.9, period: 'month', paidWith: 'bank-transfer' },
    story: { circumstances: 'Ich habe meine Mitgliedschaft zum 30. Juni gekuendigt.', expectations: 'keine Abbuchungen ab Juli', outcome: 'im Juli und August wurde weiter abgebucht' },
    contacts: [{ date: '2026-08-10', channel: 'persoenlich', who: 'geschaeftsleitung', result: 'keine rueckmeldung' }],
    request: { remedy: 'refund', amount: 79.8 },
  };
  it('are found by the catalogue’s words as with ä, ö, ü and ß, and left as typed', () => {
    const letter = draft(gym);
    // "gekuendigt" ends the payments: they are told in the past.
    expect(letter).toContain('Ab dem 1. Januar 2025 habe ich dafür 39,90 € im Monat gezahlt.');
    expect(letter).toContain('Ich habe meine Mitgliedschaft zum 30. Juni gekuendigt.');
    expect(paragraph(letter, 'Am 10. August')).toBe('Am 10. August 2026 habe ich persönlich mit Ihrer Geschaeftsleitung gesprochen. Eine Antwort habe ich nicht erhalten.');
    const { contacts: _contacts, ...noContacts } = gym;
    const stillPaying = draft({ ...noContacts, story: { ...gym.story, circumstances: 'Der Vertrag läuft weiter, aber der Preis stimmt nicht.' } });
    expect(stillPaying).toContain('Seit dem 1. Januar 2025 zahle ich dafür 39,90 € im Monat.');
  });
  it('read as promised when the writer types "bestaetigt"', () => {
    const letter = draft({ ...gym, story: { ...gym.story, expectations: 'schriftlich bestaetigte Kuendigung' } });
    expect(letter).toContain('Vereinbart war: schriftlich bestaetigte Kuendigung.');
  });
});

describe('the dates of earlier letters', () => {
  const told = (value: Record<string, any>, previous: string[], start: string) =>
    /(?:Par courriers?|Mediante escritos?|Mit Schreiben) [^;]*?(?=,? (?:je vous ai|habe ich|solicité))/.exec(paragraph(draft({ ...value, letter: { previous } }, 'reminder'), start))?.[0];
  it('give a month and a year once when they share them', () => {
    expect(told(flight, ['2026-11-02', '2026-11-17'], 'Je vous écris')).toBe('Par courriers des 2 et 17 novembre 2026');
    expect(told(flight, ['2026-10-28', '2026-11-17'], 'Je vous écris')).toBe('Par courriers des 28 octobre et 17 novembre 2026');
    expect(told(flight, ['2026-11-01', '2026-11-09', '2026-11-17'], 'Je vous écris')).toBe('Par courriers des 1er, 9 et 17 novembre 2026');
    expect(told(filling, ['2026-11-02', '2026-11-17'], 'Vuelvo')).toBe('Mediante escritos de 2 y 17 de noviembre de 2026');
    expect(told(filling, ['2026-10-28', '2026-11-17'], 'Vuelvo')).toBe('Mediante escritos de 28 de octubre y 17 de noviembre de 2026');
    expect(told(railcard, ['2026-10-28', '2026-11-17'], 'ich ')).toBe('Mit Schreiben vom 28. Oktober und 17. November 2026');
  });
  it('each in full across a new year, and one date as before', () => {
    expect(told(flight, ['2025-12-20', '2026-01-17'], 'Je vous écris')).toBe('Par courriers du 20 décembre 2025 et du 17 janvier 2026');
    expect(told(filling, ['2025-12-20', '2026-01-17'], 'Vuelvo')).toBe('Mediante escritos de fechas 20 de diciembre de 2025 y 17 de enero de 2026');
    expect(told(flight, ['2026-11-17'], 'Je vous écris')).toBe('Par courrier du 17 novembre 2026');
  });
});

describe('greetings', () => {
  const greetingOf = (text: string) => text.split('\n').find((line) => /^(?:Madame|Monsieur|Maître|Sehr geehrte|Estimad).*[,:]$/.test(line));
  const greeting = (value: Record<string, any>, contact: string) => greetingOf(draft({ ...value, recipient: { ...value.recipient, contact } }));
  it('in Spanish, write a doctor’s title short and see a title after its article', () => {
    expect(greeting(filling, 'doctora Morales')).toBe('Estimada Dra. Morales:');
    expect(greeting(filling, 'doctor Morales')).toBe('Estimado Dr. Morales:');
    expect(greeting(filling, 'la señora Pérez')).toBe('Estimada Sra. Pérez:');
    expect(greeting(filling, 'el señor Gil')).toBe('Estimado Sr. Gil:');
  });
  it('in French, greet a named person by the title alone, and a function by it', () => {
    expect(greeting(flight, 'Mme Lambert')).toBe('Madame,');
    expect(greeting(flight, 'M. Leroy')).toBe('Monsieur,');
    expect(greeting(flight, 'Mme Laurent')).toBe('Madame,');
    const director = draft({ ...flight, recipient: { company: 'Air Horizon', contact: 'le directeur' } });
    expect(greetingOf(director)).toBe('Monsieur le Directeur,');
    expect(director).toContain("Je vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées.");
    expect(greeting(flight, 'la directrice')).toBe('Madame la Directrice,');
    expect(greeting(flight, 'le responsable')).toBe('Monsieur le Responsable,');
    // Someone not named by a function: the usual greeting.
    expect(greeting(flight, 'le service client')).toBe('Madame, Monsieur,');
  });
});

describe('Spanish and French wording', () => {
  it('thanks in advance in one sentence, and offers the refund in the same mood as it is asked', () => {
    const letter = draft(filling);
    expect(letter).toContain('Agradeciendo de antemano su atención, quedo a la espera de su respuesta.');
    expect(letter).toContain('Por ello, solicito que el problema se solucione de la siguiente manera: rehacer el empaste sin coste. Si no es posible, solicito el reembolso de 90,00 €.');
    expect(letter).not.toMatch(/fuera posible|atención prestada/);
  });
  it('brings a complaint before the OMIC, not a complaint form', () => {
    const final = draft(filling, 'final');
    // Paid by card in September: the bank is asked to reverse the charge first (a list of steps).
    expect(final).toContain('procederé a:\n- solicitar a mi banco la retrocesión del cargo de la tarjeta\n- presentar una reclamación ante la Oficina Municipal de Información al Consumidor (OMIC)');
    expect(final).not.toContain('hoja de reclamaciones');
  });
  it('contests a payment with the bank, in French', () => {
    // In Belgium no rights pack gives the next steps: the letter's own, for a card payment.
    const final = draft({ ...flight, sender: { ...LYON, address: 'Rue Neuve 5, 1000 Bruxelles', country: 'BE' }, letter: { language: 'fr', previous: ['2026-11-02'] } }, 'final');
    expect(final).toContain("contester le paiement auprès de ma banque et d'examiner les autres recours dont je dispose");
    expect(final).not.toContain('demander à ma banque de contester');
  });
});

describe('what someone said, after the letter names them', () => {
  it('is said without their name again', () => {
    const es = draft({ ...filling, contacts: [{ date: '2026-10-02', channel: 'teléfono', who: 'la señora García', result: 'la señora García me dijo que no podían darme cita hasta enero' }] });
    expect(paragraph(es, 'El 2 de octubre')).toBe('El 2 de octubre de 2026 llamé por teléfono y hablé con la señora García. Me dijo que no podían darme cita hasta enero.');
    const fr = draft({ ...flight, contacts: [{ date: '2026-10-20', channel: 'téléphone', who: 'Mme Lambert', result: "Mme Lambert m'a dit que le remboursement serait fait sous huit jours" }] }, 'card-dispute');
    expect(paragraph(fr, 'Le 20 octobre')).toBe("Le 20 octobre 2026, j'ai téléphoné à Air Horizon et parlé à Mme Lambert, qui m'a dit que le remboursement serait fait sous huit jours.");
    const de = draft({ ...railcard, contacts: [{ date: '2026-06-10', channel: 'Telefon', who: 'der Monteur', result: 'der Monteur meinte, das Ersatzteil sei bestellt' }] }, 'card-dispute');
    expect(paragraph(de, 'Am 10. Juni')).toBe('Am 10. Juni 2026 habe ich die Deutsche Bahn AG telefonisch kontaktiert und mit dem Monteur gesprochen. Er meinte, das Ersatzteil sei bestellt.');
  });
  it('keeps the name where the pronoun could not be told (German) or the sentence goes on otherwise', () => {
    const de = draft({ ...railcard, contacts: [{ date: '2026-06-10', channel: 'Telefon', who: 'Kevin', result: 'Kevin sagte mir, er kümmere sich darum' }] });
    expect(paragraph(de, 'Am 10. Juni')).toContain('Kevin sagte mir, er kümmere sich darum');
  });
});

describe('the subject and the item', () => {
  it('write a reference’s own label in small letters in the middle of a sentence, and leave a second date out of the subject', () => {
    const letter = draft(flight);
    expect(letter).toContain('Objet : Demande de remboursement – Facture n° 4471 (vol Marseille-Lisbonne du 12 octobre 2026 pour deux personnes)\n');
    expect(letter).toContain('vol Marseille-Lisbonne du 12 octobre 2026 pour deux personnes (facture n° 4471).');
    // The booking date is told in the letter, with what it is.
    expect(letter).toContain("J'ai effectué cette réservation le 20 juin 2026 et réglé 412,00 €.");
    // An item without a date of its own keeps the purchase's in the subject.
    expect(draft({ ...flight, purchase: { ...flight.purchase, item: 'vol Marseille-Lisbonne pour deux personnes' } })).toContain('(vol Marseille-Lisbonne pour deux personnes, 20 juin 2026)');
    const es = draft({ ...filling, purchase: { ...filling.purchase, reference: 'Factura 2026/118' } });
    expect(es).toContain('empaste de una muela (factura 2026/118).');
    // German nouns keep their capital.
    expect(draft({ ...railcard, purchase: { ...railcard.purchase, reference: 'Rechnung 2026-0815' } })).toContain('BahnCard 50 (Rechnung 2026-0815)');
  });
});
