// The wizard's catalogues: English is the source of truth; every other language has each of
// its keys, with the same placeholders, and nothing English does not have.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../src/wizard/messages/en.json' with { type: 'json' };
import { PAYMENT_METHODS, PERIODS, PURCHASE_KINDS, SECTORS } from '../../src/case/schema.js';
import { catalogue, chooseLanguage, placeholders, t, useLanguage } from '../../src/wizard/i18n.js';
import { STEPS } from '../../src/wizard/steps.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OTHERS = ['fr', 'de', 'es'] as const;
const read = (language: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'src', 'wizard', 'messages', `${language}.json`), 'utf8'));

describe('wizard catalogues', () => {
  for (const language of OTHERS) {
    it(`${language}: the same keys as English, each with the same placeholders`, () => {
      const own = read(language);
      expect(Object.keys(own).filter((key) => !(key in en)), 'keys English does not have').toEqual([]);
      expect(Object.keys(en).filter((key) => !(key in own)), 'keys missing').toEqual([]);
      const wrong = Object.entries(en)
        .filter(([key, text]) => typeof own[key] !== 'string' || JSON.stringify(placeholders(own[key] as string)) !== JSON.stringify(placeholders(text)))
        .map(([key]) => key);
      expect(wrong, 'messages whose placeholders differ from English').toEqual([]);
      expect(Object.entries(own).filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key), 'empty messages').toEqual([]);
    });
  }

  it('has a label for every question and a name for every choice', () => {
    const keys = [
      ...STEPS.map((step) => `label.${step.id}`),
      ...SECTORS.map((value) => `sector.${value}`),
      ...PAYMENT_METHODS.map((value) => `paidWith.${value}`),
      ...PERIODS.map((value) => `period.${value}`),
      ...PURCHASE_KINDS.map((value) => `kind.${value}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('chooses --language, else LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(chooseLanguage('de', { LANG: 'fr_FR.UTF-8' })).toBe('de');
    expect(chooseLanguage(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(chooseLanguage(undefined, { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' })).toBe('es');
    expect(chooseLanguage(undefined, { LANG: 'es_ES.UTF-8', LC_ALL: 'de_DE.UTF-8' })).toBe('de');
    expect(chooseLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, { LANG: 'it_IT.UTF-8' })).toBe('en');
  });

  it('speaks the chosen language, and fills placeholders', () => {
    try {
      useLanguage('fr');
      expect(t('q.contact.when', { number: 2, skip: t('hint.skip') })).toBe('Démarche 2 : quand était-ce ? (AAAA-MM-JJ ; Entrée pour passer)');
      expect(catalogue('es')['menu.copy']).toBe('Copiarla al portapapeles');
    } finally {
      useLanguage('en');
    }
    expect(t('hint.skip')).toBe('Enter to skip');
  });

  it('bundles no catalogue: the built wizard reads the one of the language it speaks from dist/messages', () => {
    const code = readFileSync(join(ROOT, 'dist', 'commands.cjs'), 'utf8');
    for (const language of ['en', ...OTHERS] as const) {
      const words = language === 'en' ? en : read(language);
      expect(code).not.toContain(words['q.recipient.company'] as string);
      expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'messages', `${language}.json`), 'utf8'))).toEqual(words);
    }
  });
});
