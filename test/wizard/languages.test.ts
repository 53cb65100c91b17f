// End to end in each language: the built CLI in a pseudo-terminal with LANG set to French,
// German or Spanish answers every question in that language, and the letter it writes is
// in that language too (the country, from LANG, speaks it).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { Terminal } from './pty.js';

const tmp = tempDir('redress-pty-lang-');
const terminals: Terminal[] = [];
afterAll(() => {
  for (const terminal of terminals) terminal.kill();
  tmp.cleanup();
});

interface Script {
  lang: string;
  /** [a piece of the question, the answer typed; '' is Enter]. A `choose` entry picks from a list. */
  steps: ([string, string] | ['choose', string, string])[];
  menu: { ask: string; save: string; saveAs: string; saved: string; done: string; end: string };
  /** Words the letter must have, and English it must not. */
  letter: string[];
}

const SCRIPTS: Script[] = [
  {
    lang: 'fr_FR.UTF-8',
    steps: [
      ['À quelle entreprise', 'Brightline Nettoyage'],
      ["Une personne ou un service", ''],
      ['Leur adresse e-mail', 'service@brightline.example'],
      ['Leur adresse postale', ''],
      ["Quel type d'entreprise", ''],
      ["Qu'avez-vous acheté", 'le nettoyage complet de trois pièces'],
      ["De quel type d'achat", ''],
      ["Quand l'avez-vous acheté", '2026-11-02'],
      ['Numéro de commande', '004471'],
      ['Dans quel pays vivez-vous', ''],
      ['Combien avez-vous payé', '240'],
      // Cleaning is work: the agreed price may differ from what was paid.
      ['Le prix total convenu', ''],
      ['Comment avez-vous payé', ''],
      ['Quelle devise', ''],
      ["Que s'est-il passé ?", "J'ai réservé le nettoyage de trois pièces pour le 2 novembre."],
      ['Que vous avait-on promis', "l'équipe devait arriver entre 9 h et 10 h"],
      ['Vous avait-on promis autre chose', ''],
      ["On vous avait promis", "l'équipe est arrivée à 13 h, avec trois heures de retard"],
      ["Autre chose qui n'a pas été fait", ''],
      ['Quelles conséquences', "J'ai pris un jour de congé pour rien."],
      ['Quel est le problème, en bref', ''],
      ['Avez-vous déjà essayé', 'n'],
      ['Que joindrez-vous', ''],
      ['choose', "Qu'aimeriez-vous qu'ils fassent", 'Un remboursement complet'],
      ['Combien devraient-ils vous rembourser', ''],
      ['Avant quelle date', ''],
      ["De quelle lettre s'agit-il", ''],
      ['Votre nom complet', 'Camille Martin'],
      ['Votre adresse e-mail', 'camille.martin@example.com'],
      ['Votre numéro de téléphone', ''],
      ['Votre adresse postale', ''],
      ['Garder votre nom', 'n'],
      ['Votre numéro de client', ''],
    ],
    menu: { ask: 'Que voulez-vous en faire', save: "L'enregistrer dans un fichier", saveAs: 'Enregistrer la lettre sous', saved: 'Lettre enregistrée', done: 'Terminé', end: "C'est terminé" },
    letter: ['Objet', 'Madame, Monsieur', "Je vous prie d'agréer", 'Camille Martin'],
  },
  {
    lang: 'de_DE.UTF-8',
    steps: [
      ['An welche Firma', 'Brightline Reinigung'],
      ['Eine Person oder Abteilung', ''],
      ['Deren E-Mail-Adresse', 'service@brightline.example'],
      ['Deren Postanschrift', ''],
      ['Was für ein Unternehmen', ''],
      ['Was haben Sie gekauft', 'Grundreinigung von drei Zimmern'],
      ['Was für ein Kauf', ''],
      ['Wann haben Sie es gekauft', '2026-11-02'],
      ['Bestell-, Buchungs-', '004471'],
      ['In welchem Land leben Sie', ''],
      ['Wie viel haben Sie bezahlt', '240'],
      ['War der vereinbarte Gesamtpreis', ''],
      ['Wie haben Sie bezahlt', ''],
      ['Welche Währung', ''],
      ['Was ist passiert?', 'Ich habe für den 2. November eine Grundreinigung von drei Zimmern gebucht.'],
      ['Was wurde Ihnen zugesagt', 'das Team sollte zwischen 9 und 10 Uhr kommen'],
      ['Wurde Ihnen noch etwas zugesagt', ''],
      ['Zugesagt war', 'das Team kam erst um 13 Uhr, drei Stunden zu spät'],
      ['Ist noch etwas schiefgegangen', ''],
      ['Was hat das für Sie bedeutet', 'Ich habe dafür einen Tag Urlaub genommen.'],
      ['Was ist schiefgelaufen, kurz gesagt', ''],
      ['Haben Sie schon versucht', 'n'],
      ['Was legen Sie bei', ''],
      ['choose', 'Was sollen sie tun', 'Das ganze Geld zurück'],
      ['Wie viel sollen sie erstatten', ''],
      ['Bis wann sollen sie antworten', ''],
      ['Welcher Brief ist das', ''],
      ['Ihr vollständiger Name', 'Jonas Weber'],
      ['Ihre E-Mail-Adresse', 'jonas.weber@example.com'],
      ['Ihre Telefonnummer', ''],
      ['Ihre Postanschrift', ''],
      ['Name, E-Mail und Telefonnummer', 'n'],
      ['Ihre Kunden- oder Kontonummer', ''],
    ],
    menu: { ask: 'Was möchten Sie damit tun', save: 'In einer Datei speichern', saveAs: 'Den Brief speichern unter', saved: 'Der Brief wurde in', done: 'Fertig', end: 'Fertig. Ich hoffe' },
    letter: ['Sehr geehrte', 'Mit freundlichen Grüßen', 'Jonas Weber'],
  },
  {
    lang: 'es_ES.UTF-8',
    steps: [
      ['¿A qué empresa', 'Brightline Limpiezas'],
      ['¿A alguna persona', ''],
      ['¿La dirección de correo electrónico de la empresa?', 'servicio@brightline.example'],
      ['¿La dirección postal de la empresa', ''],
      ['¿Qué tipo de empresa', ''],
      ['¿Qué compró o reservó', 'limpieza a fondo de tres habitaciones'],
      ['¿Qué tipo de compra', ''],
      ['¿Cuándo lo compró', '2026-11-02'],
      ['¿Número de pedido', '004471'],
      ['¿En qué país vive', ''],
      ['¿Cuánto pagó', '240'],
      ['¿El precio total acordado', ''],
      ['¿Cómo pagó', ''],
      ['¿Qué moneda', ''],
      ['¿Qué ocurrió?', 'Reservé una limpieza a fondo de tres habitaciones para el 2 de noviembre.'],
      ['¿Qué le prometieron', 'el equipo llegaría entre las 9 y las 10'],
      ['¿Le prometieron algo más', ''],
      ['Le prometieron:', 'el equipo llegó a las 13, con tres horas de retraso'],
      ['¿Algo más que saliera mal', ''],
      ['¿Cómo le afectó', 'Me tomé un día libre en el trabajo.'],
      ['¿Qué salió mal', ''],
      ['¿Ha intentado ya resolverlo', 'n'],
      ['¿Qué va a adjuntar', ''],
      ['choose', '¿Qué le gustaría que hicieran', 'La devolución completa'],
      ['¿Cuánto deberían devolverle', ''],
      ['¿Antes de qué fecha', ''],
      ['¿Qué carta es esta', ''],
      ['¿Su nombre completo', 'Lucía García'],
      ['¿Su dirección de correo electrónico?', 'lucia.garcia@example.com'],
      ['¿Su número de teléfono', ''],
      ['¿Su dirección postal', ''],
      ['¿Recordar su nombre', 'n'],
      ['¿Su número de cliente', ''],
    ],
    menu: { ask: '¿Qué quiere hacer con ella', save: 'Guardarla en un archivo', saveAs: 'Guardar la carta como', saved: 'Carta guardada', done: 'Listo', end: 'Listo. Espero' },
    letter: ['Asunto:', 'Atentamente', 'Lucía García'],
  },
];

const posix = process.platform !== 'win32';

describe.skipIf(!posix)('the wizard in each language', () => {
  let counter = 0;
  for (const script of SCRIPTS) {
    it(`LANG=${script.lang}: every question, the preview and a letter in that language`, async () => {
      const dir = join(tmp.dir, `l${++counter}`);
      const tools = fakeTools(dir, { xclip: {}, 'xdg-open': {} });
      const t = new Terminal([], {
        cwd: dir,
        env: { PATH: tools.bin, HOME: dir, REDRESS_HOME: join(dir, 'home'), REDRESS_TODAY: '2026-11-16', TERM: 'xterm-256color', LANG: script.lang, NO_COLOR: '1' },
      });
      terminals.push(t);
      for (const step of script.steps) {
        if (step[0] === 'choose') await t.choose(step[1], step[2]!);
        else await t.answer(step[0], step[1]);
      }
      await t.choose(script.menu.ask, script.menu.save);
      await t.answer(script.menu.saveAs, 'letter.txt');
      await t.waitFor(script.menu.saved);
      await t.choose(script.menu.ask, script.menu.done);
      await t.waitFor(script.menu.end);
      expect((await t.exited).exitCode).toBe(0);
      if (process.env.SHOW_SCREEN) console.log(t.text);
      // Nothing of the wizard's own English on the way.
      expect(t.text).not.toMatch(/Enter to skip|What would you like|Your letter\b/);
      const letter = readFileSync(join(dir, 'letter.txt'), 'utf8');
      for (const words of script.letter) expect(letter).toContain(words);
      expect(letter).toContain('004471');
      expect(letter).not.toMatch(/\b(Dear|Yours faithfully|Subject:)/);
    }, 120_000);
  }
});
