// Sentences a native reviewer found the French, German and Spanish rules missed, each with
// the rule it should meet; their lawful and kind neighbours, which must stay unflagged; and
// indignation ("Das ist eine Frechheit!"), which is not sarcasm. The corpora
// (test/fixtures/tone/<language>/) hold these and their variants for the measured rates.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTone } from '../../src/tone/index.js';
import { loadToneRules, TONE_LANGUAGES } from '../../src/tone/languages/index.js';

beforeAll(async () => {
  for (const language of TONE_LANGUAGES) await loadToneRules(language);
});

const kindness = (sentence: string, language: string) => checkTone(sentence, { language }).filter((finding) => finding.severity === 'error');

const MISSED: ReadonlyArray<readonly [string, string, string]> = [
  ['fr', "Je vais vous faire une pub d'enfer sur tous les réseaux, votre boutique va couler.", 'threat'],
  ['fr', 'Je ne suis pas votre vache à lait.', 'accusation'],
  ['fr', 'On se demande si vous savez lire.', 'sarcasm'],
  ['fr', 'Ah oui, super, encore un rendez-vous annulé, génial.', 'sarcasm'],
  ['de', 'Toller Service, wirklich ganz große Klasse, danke auch.', 'sarcasm'],
  ['de', 'Das werden Sie noch bereuen.', 'threat'],
  ['de', 'Ich kenne Leute beim Ordnungsamt, Sie werden Ärger bekommen.', 'threat'],
  ['de', 'Können Sie überhaupt lesen?', 'sarcasm'],
  ['de', 'Sie haben sie doch nicht mehr alle.', 'insult'],
  ['de', 'Ich werde Ihnen das Leben zur Hölle machen.', 'threat'],
  ['de', 'Wirklich super, schon wieder ein Termin abgesagt, ganz toll.', 'sarcasm'],
  ['de', 'Verpisst euch.', 'profanity'],
  ['de', 'Ich warne Sie, das hat Konsequenzen.', 'threat'],
  ['es', 'Se están riendo de sus clientes en su cara.', 'accusation'],
  ['es', 'Tengo contactos en el ayuntamiento, van a tener problemas.', 'threat'],
  ['es', '¿Es que no saben leer?', 'sarcasm'],
  ['es', 'Les voy a amargar la vida hasta que me devuelvan el dinero.', 'threat'],
  ['es', 'Qué bien, otra cita cancelada, genial, de verdad.', 'sarcasm'],
  ['es', 'Les aviso: esto va a tener consecuencias.', 'threat'],
];

describe('tone rules by language: what a native reviewer found missed', () => {
  it.each(MISSED)('in %s, flags %j as %s, with calmer words', (language, sentence, rule) => {
    const findings = kindness(sentence, language);
    expect(findings.map((finding) => finding.rule)).toContain(rule);
    for (const finding of findings) expect(finding.suggestion, sentence).toBeTruthy();
  });

  it.each([
    ['fr', 'Je saisirai le médiateur de la consommation.'],
    ['fr', 'Pourriez-vous lire attentivement mon courrier du 3 mars ?'],
    ['fr', 'Votre technicien était super, encore merci pour sa patience.'],
    ['de', 'Ich werde die Schlichtungsstelle anrufen.'],
    ['de', 'Können Sie bitte lesen, was ich geschrieben habe?'],
    ['de', 'Das hat rechtliche Konsequenzen für die Frist.'],
    ['de', 'Ich warne Sie vor dem defekten Netzteil, es wird sehr heiß.'],
    ['de', 'Sie haben sie nicht alle geliefert: Es fehlen noch zwei Stühle.'],
    ['es', 'Presentaré una reclamación ante la Junta Arbitral de Consumo.'],
    ['es', 'Mis padres no saben leer bien el español, por eso escribo yo.'],
    ['es', 'Este retraso me ha complicado mucho la vida.'],
  ])('in %s, leaves %j alone', (language, sentence) => {
    expect(kindness(sentence, language)).toEqual([]);
  });

  it.each([
    ['de', 'DAS IST EINE FRECHHEIT!!!', 'nicht hinnehmbar'],
    ['es', '¡¡¡ESTO ES UNA VERGÜENZA!!!', 'inaceptable'],
    ['fr', "C'EST UNE HONTE !!!", 'inacceptable'],
  ])('in %s, reads %j as indignation (an unkind verdict, shouted), not sarcasm', (language, sentence, calmer) => {
    const findings = kindness(sentence, language);
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['insult', 'shouting', 'exclamation']));
    expect(findings.find((finding) => finding.rule === 'insult')?.suggestion).toContain(calmer);
  });
});
