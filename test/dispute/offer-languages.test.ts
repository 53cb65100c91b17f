// The acceptance and the answer to an offer in French, German and Spanish, through the
// built command line on real files: a first letter recorded, the business's offer recorded
// with `redress reply` (flags), then `draft --next` writes the letter in the case's language,
// with the language's conventions, the offer and the dates as agreed, no English template
// words, and a tone the checker passes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-offer-lang-');
afterAll(() => tmp.cleanup());

const NBSP = '\u00A0';
type Language = 'fr' | 'de' | 'es';

interface Conventions {
  subjectLabel: string;
  dateLine: RegExp;
  greeting: RegExp;
  closing: RegExp;
}

// Letters dated 26 November 2026; the first letter was sent on 16 November.
const CONVENTIONS: Record<Language, Conventions> = {
  fr: {
    subjectLabel: `Objet${NBSP}: `,
    dateLine: /^Lyon, le 26 novembre 2026$/,
    greeting: /^Madame,$/,
    closing: /^Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées\.$/,
  },
  de: {
    subjectLabel: '',
    dateLine: /^München, 26\. November 2026$/,
    greeting: /^Sehr geehrte Frau Dr\. Weber,$/,
    closing: /^Mit freundlichen Grüßen$/,
  },
  es: {
    subjectLabel: 'Asunto: ',
    dateLine: /^Madrid, 26 de noviembre de 2026$/,
    greeting: /^Estimados señores:$/,
    closing: /^Atentamente,$/,
  },
};

/** Words of the English templates (ladder and offer letters) that must not be left in a letter's own words. */
const ENGLISH =
  /(?<!\p{L})(Dear|Yours|Sincerely|Subject|Please|Thank you|thanks|offer|accept|reply|refund|I am|I have|I asked|To recap|what happened|still asking|my letter|as you said|let me know|resolved|put this right|faithfully)(?!\p{L})/iu;

/** The letter without the writer's own answers, which stay as written. */
function ownWords(letter: string, file: string): string {
  const values = [...readFileSync(file, 'utf8').matchAll(/:\s+"?([^"\n#]+?)"?\s*(?:#.*)?$/gm)].map((m) => m[1]!.trim());
  let text = letter;
  for (const s of values.sort((a, b) => b.length - a.length)) if (s.length > 3) text = text.split(s).join(' ');
  return text;
}

const CASES: Record<Language, string> = {
  fr: `sender:
  name: Claire Dubois
  email: claire.dubois@example.fr
  address: 12 rue de la République, 69002 Lyon
  country: FR
recipient:
  company: Électro Rhône
  contact: Mme Sophie Martin
purchase:
  item: lave-vaisselle Sereno 45
  kind: goods
  reference: ER-20931
  date: 2026-09-14
  amount: 549
  paidWith: credit-card
story:
  circumstances: Le lave-vaisselle fuit depuis la troisième utilisation et l'eau abîme le parquet de la cuisine.
  expectations: un appareil neuf qui fonctionne sans fuite
  outcome: une fuite à chaque lavage depuis le 2 octobre
request:
  remedy: refund
  amount: 549
letter:
  language: fr
`,
  de: `sender:
  name: Jonas Becker
  email: jonas.becker@example.de
  address: Leopoldstraße 12, 80802 München
  country: DE
recipient:
  company: Küchenstudio Alpen GmbH
  contact: Frau Dr. Anna Weber
purchase:
  item: Einbauküche Modell Lina
  kind: service
  reference: KA-4471
  amount: 8400
story:
  circumstances: Die Küche wurde am 3. November montiert, aber zwei Fronten hängen schief und die Arbeitsplatte hat einen Riss.
  expectations: eine fachgerecht montierte Küche ohne Schäden
  outcome: schief hängende Fronten und eine gerissene Arbeitsplatte
request:
  remedy: correction
  correction: die beiden Fronten neu einzustellen und die Arbeitsplatte auszutauschen
`,
  es: `sender:
  name: Lucía Fernández
  email: lucia.fernandez@example.es
  address: Calle de Alcalá 45, 28014 Madrid
  country: ES
recipient:
  company: Viajes Sol y Mar
purchase:
  item: paquete de vacaciones a Tenerife
  kind: booking
  reference: SM-88210
  amount: 1240
story:
  circumstances: El hotel de la reserva estaba en obras y nos alojaron en otro de categoría inferior.
  expectations: un hotel de cuatro estrellas frente a la playa
  outcome: un hotel de dos estrellas a tres kilómetros de la playa
request:
  remedy: partial-refund
  amount: 400
  reason: la diferencia de precio entre los dos hoteles
`,
};

/** How each language's business replies, and what each letter must then say. */
const SCENARIOS: Record<Language, { offer: string[]; reject: string[]; answer: string[]; accepted: string[]; reminded: string[] }> = {
  fr: {
    offer: ['--offer', '150', '--text', "sous forme de bon d'achat", '--by', '2026-12-05'],
    reject: ['--reason', "Un bon d'achat ne me rend pas les 549 € payés pour un appareil qui fuit."],
    answer: [
      `Objet${NBSP}: Votre proposition du 25 novembre 2026 – Demande de remboursement – ER-20931 (lave-vaisselle Sereno 45, 14 septembre 2026)`,
      `Je vous remercie de votre réponse du 25 novembre 2026 au sujet de l'achat suivant${NBSP}: un lave-vaisselle Sereno 45 (référence ER-20931), ainsi que de votre proposition de 150,00${NBSP}€ (sous forme de bon d'achat).`,
      "je ne suis malheureusement pas en mesure de l'accepter. Un bon d'achat ne me rend pas les 549 € payés pour un appareil qui fuit.",
      'je maintiens la demande que je vous ai adressée par courrier du 16 novembre 2026.',
      `Je vous demande donc de me rembourser 549,00${NBSP}€.`,
      'au plus tard le 10 décembre 2026',
    ],
    accepted: [
      `Objet${NBSP}: Acceptation de votre proposition du 25 novembre 2026 – ER-20931`,
      `J'accepte votre offre de 150,00${NBSP}€ (sous forme de bon d'achat).`,
      "Comme vous me l'avez indiqué, je vous remercie d'effectuer ce versement au plus tard le 5 décembre 2026 et de me le confirmer par écrit.",
    ],
    reminded: [
      `Objet${NBSP}: Votre proposition du 25 novembre 2026, que j'ai acceptée – ER-20931`,
      `Le 25 novembre 2026, vous m'avez proposé 150,00${NBSP}€ (sous forme de bon d'achat), et j'ai accepté cette proposition par écrit le 26 novembre 2026.`,
      "Vous m'aviez indiqué que le versement serait effectué au plus tard le 5 décembre 2026. À ce jour, je n'ai pas reçu ce versement.",
    ],
  },
  de: {
    offer: ['--correction', 'Ein Monteur stellt die Fronten neu ein und tauscht die Arbeitsplatte aus', '--by', '2026-12-12'],
    reject: [],
    answer: [
      'Ihr Angebot vom 25. November 2026 – Reklamation: KA-4471 (Einbauküche Modell Lina)',
      'vielen Dank für Ihre Antwort vom 25. November 2026 auf meine Reklamation wegen folgenden Auftrags: Einbauküche Modell Lina (Referenz KA-4471), und für Ihr Angebot, die Angelegenheit wie folgt in Ordnung zu bringen: Ein Monteur stellt die Fronten neu ein und tauscht die Arbeitsplatte aus.',
      'kann es aber leider nicht annehmen, weil es das Problem nicht löst.',
      'Deshalb halte ich an meiner Bitte aus meinem Schreiben vom 16. November 2026 fest.',
      'Ich bitte Sie daher, die Angelegenheit wie folgt in Ordnung zu bringen: die beiden Fronten neu einzustellen und die Arbeitsplatte auszutauschen.',
      'eine neue Frist bis zum 10. Dezember 2026',
    ],
    accepted: [
      'Annahme Ihres Angebots vom 25. November 2026: KA-4471 (Einbauküche Modell Lina)',
      'Ihr Angebot, die Angelegenheit wie folgt in Ordnung zu bringen, nehme ich gerne an: Ein Monteur stellt die Fronten neu ein und tauscht die Arbeitsplatte aus.',
      'Bitte setzen Sie das Angebot wie zugesagt bis zum 12. Dezember 2026 um und bestätigen Sie mir dies kurz schriftlich.',
    ],
    reminded: [
      'Ihr Angebot vom 25. November 2026, das ich angenommen habe: KA-4471 (Einbauküche Modell Lina)',
      'Am 25. November 2026 haben Sie mir angeboten, die Angelegenheit wie folgt in Ordnung zu bringen: Ein Monteur stellt die Fronten neu ein und tauscht die Arbeitsplatte aus. Dieses Angebot habe ich am 26. November 2026 schriftlich angenommen.',
      'Sie hatten zugesagt, es bis zum 12. Dezember 2026 zu erledigen. Soweit ich sehe, ist das bisher nicht geschehen.',
    ],
  },
  es: {
    offer: ['--offer', '250', '--text', 'mediante transferencia bancaria'],
    reject: [],
    answer: [
      'Asunto: Su oferta del 25 de noviembre de 2026 – Solicitud de reembolso parcial – SM-88210 (paquete de vacaciones a Tenerife)',
      `Agradezco su respuesta de fecha 25 de noviembre de 2026 en relación con la siguiente reserva: un paquete de vacaciones a Tenerife (referencia SM-88210), así como su oferta de 250,00${NBSP}€ (mediante transferencia bancaria).`,
      `lamento no poder aceptarla, ya que no resuelve el problema: solicité 400,00${NBSP}€ y su oferta es de 250,00${NBSP}€.`,
      'mantengo la solicitud que formulé mediante escrito de fecha 16 de noviembre de 2026.',
      `solicito el reembolso de 400,00${NBSP}€`,
      'a más tardar el 10 de diciembre de 2026',
    ],
    accepted: [
      'Asunto: Aceptación de su oferta del 25 de noviembre de 2026 – SM-88210 (paquete de vacaciones a Tenerife)',
      `Acepto su oferta de 250,00${NBSP}€ (mediante transferencia bancaria).`,
      // No date was promised: the letter gives its own reply-by date.
      'Ruego que el pago se efectúe a más tardar el 10 de diciembre de 2026 y que se me confirme por escrito.',
    ],
    // No date was promised: the reminder waits for the acceptance's own date, and gives none of theirs.
    reminded: [
      'Asunto: Su oferta del 25 de noviembre de 2026, que acepté – SM-88210 (paquete de vacaciones a Tenerife)',
      `El 25 de noviembre de 2026, ustedes me ofrecieron 250,00${NBSP}€ (mediante transferencia bancaria), y acepté esta oferta por escrito el 26 de noviembre de 2026.`,
      'A día de hoy no he recibido el pago.',
    ],
  },
};

const on = (today: string, args: string[], cwd: string) => redress(args, { cwd, env: { REDRESS_TODAY: today } });

/** A case file with its first letter sent on 16 November and the business's offer of 25 November recorded. */
function caseWithOffer(language: Language, name: string): string {
  const file = `${name}.yaml`;
  writeFileSync(tmp.path(file), CASES[language]);
  const first = on('2026-11-16', ['draft', '--from', file, '--next', '--record'], tmp.dir);
  expect(first.code, first.stderr).toBe(0);
  const offer = on('2026-11-26', ['reply', file, '--date', '2026-11-25', ...SCENARIOS[language].offer], tmp.dir);
  expect(offer.code, offer.stderr).toBe(0);
  return file;
}

function expectConventions(language: Language, letter: string, file: string, dateLine = CONVENTIONS[language].dateLine) {
  const rules = CONVENTIONS[language];
  const all = letter.split('\n');
  // The recipient's block (the business written to), then the place and date, then the subject.
  const dated = all.findIndex((line) => dateLine.test(line));
  expect(dated, letter).toBeGreaterThan(1);
  expect(all[dated - 1]).toBe('');
  expect(all.slice(0, dated - 1).every(Boolean)).toBe(true);
  const lines = all.slice(dated);
  expect(lines[0]).toMatch(dateLine);
  expect(lines[2]!.startsWith(rules.subjectLabel) && !/^(Subject|Betreff)\b/.test(lines[2]!), lines[2]).toBe(true);
  expect(lines[4]).toMatch(rules.greeting);
  // A German letter goes on in lower case after the greeting's comma.
  if (language === 'de') expect(lines[6]).toMatch(/^[a-zäöü]/);
  expect(lines.some((line) => rules.closing.test(line)), letter).toBe(true);
  expect(ownWords(letter, tmp.path(file))).not.toMatch(ENGLISH);
  expect(letter).not.toMatch(/\{\w+\}|undefined|NaN|\bnull\b|\[object/);
  // Plain text pastes cleanly: no trailing spaces, no run of blank lines.
  expect(letter).not.toMatch(/[ \t]\n|\n\n\n/);
  // Every new letter passes the tone check, warnings included.
  const check = redress(['check', '-', '--strict'], { input: letter });
  expect(check.code, check.stdout + check.stderr).toBe(0);
}

for (const language of ['fr', 'de', 'es'] as const) {
  describe(`offer letters in ${language}`, () => {
    const scenario = SCENARIOS[language];

    it('an offer turned down: draft --next writes the answer, with the original request and a new date', () => {
      const file = caseWithOffer(language, `${language}-answer`);
      const reject = on('2026-11-26', ['reply', file, '--reject', ...scenario.reject], tmp.dir);
      expect(reject.code, reject.stderr).toBe(0);
      const answer = on('2026-11-26', ['draft', '--from', file, '--next', '--record'], tmp.dir);
      expect(answer.code, answer.stderr).toBe(0);
      for (const words of scenario.answer) expect(answer.stdout).toContain(words);
      expectConventions(language, answer.stdout, file);
      expect(readFileSync(tmp.path(file), 'utf8')).toContain('    - { date: 2026-11-26, stage: answer-offer, format: text, replyBy: 2026-12-10 }\n');
    });

    it('an offer accepted: draft --next confirms exactly what was agreed and by when', () => {
      const file = caseWithOffer(language, `${language}-accept`);
      const accept = on('2026-11-26', ['reply', file, '--accept'], tmp.dir);
      expect(accept.code, accept.stderr).toBe(0);
      const accepted = on('2026-11-26', ['draft', '--from', file, '--next', '--record'], tmp.dir);
      expect(accepted.code, accepted.stderr).toBe(0);
      for (const words of scenario.accepted) expect(accepted.stdout).toContain(words);
      expectConventions(language, accepted.stdout, file);
      // The acceptance tells no story again and asks nothing new.
      expect(accepted.stdout).not.toContain(CASES[language].match(/circumstances: (.*)/)![1]!);
      expect(readFileSync(tmp.path(file), 'utf8')).toContain('    - { date: 2026-11-26, stage: accept-offer, format: text, replyBy: 2026-12-10 }\n');
      const status = on('2026-11-27', ['status', '--json'], tmp.dir);
      const mine = JSON.parse(status.stdout).cases.find((c: { file: string }) => c.file.endsWith(file));
      expect(mine.stage).toBe('accept-offer');

      // Their day (or the acceptance's) passes without it: a reminder of what was agreed, in the same language.
      const early = on('2026-12-03', ['draft', '--from', file, '--next'], tmp.dir);
      expect(early.code).toBe(1);
      const reminder = on('2026-12-14', ['draft', '--from', file, '--next', '--record'], tmp.dir);
      expect(reminder.code, reminder.stderr).toBe(0);
      for (const words of scenario.reminded) expect(reminder.stdout).toContain(words);
      expectConventions(language, reminder.stdout, file, /^(Lyon, le 14 décembre|München, 14\. Dezember|Madrid, 14 de diciembre de) 2026$/);
      expect(readFileSync(tmp.path(file), 'utf8')).toContain('stage: offer-reminder');
    });
  });
}

describe('offer letters and the writer\'s own templates', () => {
  it('a user folder\'s accept-offer.hbs is used as named, whatever the letter\'s language', () => {
    const file = caseWithOffer('fr', 'fr-own');
    expect(on('2026-11-26', ['reply', file, '--accept'], tmp.dir).code).toBe(0);
    const own = tmp.path('own');
    mkdirSync(own, { recursive: true });
    writeFileSync(`${own}/accept-offer.hbs`, '---\nname: accept-offer\nsubject: "Mon acceptation"\n---\nMerci, {{recipient.company}}.\n');
    const r = on('2026-11-26', ['draft', '--from', file, '--next', '--templates', own], tmp.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Merci, Électro Rhône.');
    expect(r.stdout).not.toContain("J'accepte votre offre");
  });

  it('--language en writes the English acceptance for the same case', () => {
    const file = caseWithOffer('fr', 'fr-en');
    expect(on('2026-11-26', ['reply', file, '--accept'], tmp.dir).code).toBe(0);
    const r = on('2026-11-26', ['draft', '--from', file, '--next', '--language', 'en'], tmp.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Subject: Accepting your offer/);
  });
});
