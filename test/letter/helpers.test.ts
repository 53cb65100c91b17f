// Every helper, used the way templates use it: from a real template file, rendered for a case.
import { afterAll, describe, expect, it } from 'vitest';
import { clause, helperHelp, helperNames, helperSpecs, nextStep, sentence } from '../../src/letter/helpers.js';
import { formatList, formatMoney, joinList, normalizeSpaces, ordinal } from '../../src/letter/format-values.js';
import type { Case } from '../../src/case/schema.js';
import { cleanupTemplates, render } from './support.js';

afterAll(() => cleanupTemplates());

const NBSP = '\u00A0';

describe('date', () => {
  it('formats a calendar date in the letter locale, the same day in every time zone', () => {
    expect(render('{{date purchase.date}}')).toBe('November 2, 2026');
    expect(render('{{date letter.date}}', { change: (c) => (c.letter!.locale = 'en-GB') })).toBe('2 November 2026');
  });
  it('leaves text that is not a date as it is, and an empty field as nothing', () => {
    expect(render('[{{date purchase.item}}]')).toBe('[a deep clean]');
    expect(render('[{{date card.statementDate}}]')).toBe('[]');
  });
});

describe('money', () => {
  it('uses the case currency and locale', () => {
    expect(render('{{money purchase.amount}}')).toBe('$1,200.00');
    expect(render('{{money purchase.amount}}', { change: (c) => ((c.purchase.currency = 'GBP'), (c.letter!.locale = 'en-GB')) })).toBe('£1,200.00');
    expect(render('{{money purchase.amount}}', { change: (c) => (c.purchase.currency = 'JPY') })).toBe('¥1,200');
  });
  it('takes another currency as a second value', () => {
    expect(render('{{money 20 "EUR"}}')).toBe('€20.00');
    expect(render('{{money 20.5 "eur"}}')).toBe('€20.50');
  });
  it('writes nothing for a missing amount, and never fails on a currency Intl does not know', () => {
    expect(render('[{{money request.correction}}]')).toBe('[]');
    expect(render('[{{money card.last4 "XYZ1"}}]')).toBe('[]');
    expect(render('{{money 5 "XQQ"}}')).toBe(`XQQ${NBSP}5.00`);
    expect(render('{{money 5 "not money"}}')).toBe(`5.00${NBSP}not money`);
  });
});

describe('list and dates', () => {
  it('joins items as "a, b and c", with the word given', () => {
    expect(render('{{list evidence}}')).toBe('the receipt, photos and e-mails');
    expect(render('{{list evidence "or"}}')).toBe('the receipt, photos or e-mails');
    expect(render('{{list evidence "und"}}')).toBe('the receipt, photos und e-mails');
    expect(render('{{list story.expectations}}')).toBe('on time and three rooms');
    expect(render('{{list purchase.item}}')).toBe('a deep clean');
    expect(render('[{{list contacts}}]')).toBe('[]');
  });
  // An English letter for a writer whose locale is German: the words, dates too, stay the letter's language's.
  const englishInGermany = (c: Case) => ((c.letter!.locale = 'de-DE'), ((c.letter as { language?: string }).language = 'en'));
  it('stays English in an English letter written for another locale', () => {
    expect(render('{{list evidence}}', { change: englishInGermany })).toBe('the receipt, photos and e-mails');
  });
  it('speaks the letter\'s language when the locale makes it German', () => {
    expect(render('{{list evidence}}', { change: (c) => (c.letter!.locale = 'de-DE') })).toBe('the receipt, photos und e-mails');
  });
  it('formats and joins dates', () => {
    expect(render('{{dates letter.previous}}')).toBe('October 1, 2026 and October 20, 2026');
    expect(render('{{dates letter.previous}}', { change: englishInGermany })).toBe('1 October 2026 and 20 October 2026');
    expect(render('{{dates letter.previous "or"}}', { change: (c) => (c.letter!.locale = 'en-GB') })).toBe('1 October 2026 or 20 October 2026');
    expect(render('[{{dates letter.nextSteps}}]')).toBe('[]');
  });
});

describe('deadline', () => {
  it('is the reply-by date: the letter date plus deadlineDays, or request.deadline', () => {
    expect(render('{{deadline}}')).toBe('November 16, 2026');
    expect(render('{{deadline}}', { change: (c) => (c.request.deadlineDays = 30) })).toBe('December 2, 2026');
    expect(render('{{deadline}}', { change: (c) => (c.request.deadline = '2026-12-24') })).toBe('December 24, 2026');
    expect(render('{{deadline}}', { change: (c) => (c.letter!.locale = 'fr-FR') })).toBe('16 novembre 2026');
  });
});

describe('ordinal, plural, count and last', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => ordinal(n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
    expect(render('{{ordinal (count letter.previous)}} and {{ordinal 3}}')).toBe('2nd and 3rd');
    expect(render('{{ordinal "x"}}')).toBe('x');
  });
  it('picks the word for a count or a list', () => {
    expect(render('{{plural letter.previous "letter"}}')).toBe('letters');
    expect(render('{{plural 1 "letter"}}')).toBe('letter');
    expect(render('{{plural 0 "letter"}}')).toBe('letters');
    expect(render('{{plural 2 "reply" "replies"}}')).toBe('replies');
    expect(render('{{plural contacts "call"}}')).toBe('calls');
    expect(render('I wrote {{count letter.previous}} {{plural letter.previous "letter"}}')).toBe('I wrote 2 letters');
  });
  it('counts and takes the last item', () => {
    expect(render('{{count evidence}} {{count contacts}} {{count purchase.item}}')).toBe('3 0 1');
    expect(render('{{date (last letter.previous)}}')).toBe('October 20, 2026');
    expect(render('{{last evidence}}[{{last letter.nextSteps}}]')).toBe('e-mails[]');
  });
});

describe('sentence, clause and nextStep', () => {
  it('make user text fit a sentence', () => {
    expect(sentence('the crew was late')).toBe('The crew was late.');
    expect(sentence('Was it late?')).toBe('Was it late?');
    expect(sentence('  ')).toBe('');
    expect(sentence('he said "no."')).toBe('He said "no."');
    expect(clause('clean the room.  ')).toBe('clean the room');
    expect(clause('iPhone repair;')).toBe('iPhone repair');
    expect(nextStep('I will dispute the charge with my card issuer.')).toBe('dispute the charge with my card issuer');
    expect(nextStep('File a complaint with the BBB')).toBe('file a complaint with the BBB');
    expect(nextStep('BBB complaint')).toBe('BBB complaint');
    expect(nextStep("I'll contact Visa")).toBe('contact Visa');
    expect(render('{{sentence story.circumstances}} {{clause story.circumstances}}.')).toBe('I booked a clean. I booked a clean.');
  });
  it('joins sentences typed a line each into one paragraph, and keeps other breaks', () => {
    expect(sentence('The rep said $55 a month, no extra fees.\nMy bills since August have been $89.27.')).toBe('The rep said $55 a month, no extra fees. My bills since August have been $89.27.');
    expect(sentence('Le technicien est venu le 3 mars.\nIl est reparti sans rien faire.', 'fr')).toBe('Le technicien est venu le 3 mars. Il est reparti sans rien faire.');
    expect(sentence('First paragraph.\n\nSecond paragraph.')).toBe('First paragraph.\n\nSecond paragraph.');
    expect(sentence('Items missing:\nthe legs\nthe cushions')).toBe('Items missing:\nthe legs\nthe cushions.');
    expect(sentence('Steps taken.\n1. I phoned.\n2. I wrote.')).toBe('Steps taken.\n1. I phoned.\n2. I wrote.');
  });
});

describe('eq, or, and, not, gt and zip', () => {
  it('test values in blocks', () => {
    expect(render('{{#if (eq request.remedy "refund")}}yes{{else}}no{{/if}}')).toBe('yes');
    expect(render('{{#if (eq request.remedy "either")}}yes{{else}}no{{/if}}')).toBe('no');
    expect(render('{{#if (or contacts evidence)}}yes{{/if}}')).toBe('yes');
    expect(render('{{#if (or contacts letter.nextSteps)}}yes{{else}}no{{/if}}')).toBe('no');
    expect(render('{{money (or request.amount purchase.amount)}}')).toBe('$1,200.00');
    expect(render('{{#if (and sender.email evidence)}}yes{{/if}}')).toBe('yes');
    expect(render('{{#if (and sender.email contacts)}}yes{{else}}no{{/if}}')).toBe('no');
    expect(render('{{#if (not contacts)}}none{{/if}}')).toBe('none');
    expect(render('{{#if (gt (count evidence) 2)}}many{{/if}}')).toBe('many');
    expect(render('{{#if (eq (count evidence) 3)}}three{{/if}}')).toBe('three');
  });
  it('pairs two lists', () => {
    expect(render('{{#each (zip story.expectations story.outcome)}}{{promised}}/{{happened}};{{/each}}')).toBe('on time/late;three rooms/two rooms;');
  });
});

describe('values next to each other', () => {
  it('are written as text, never added up', () => {
    expect(render('{{#each evidence}}{{@index}}{{@first}}{{/each}}')).toBe('0true1false2false');
    expect(render('{{purchase.amount}}{{request.deadlineDays}}')).toBe('120014');
    expect(render('{{count evidence}}{{count evidence}}')).toBe('33');
  });
});

describe('fields that are empty', () => {
  it('render as nothing', () => {
    expect(render('[{{recipient.contact}}][{{story.impact}}][{{card.last4}}][{{custom.anything}}][{{#each contacts}}x{{/each}}]')).toBe('[][][][][]');
  });
});

describe('locales', () => {
  const locale = (tag: string) => (c: Case) => (c.letter!.locale = tag);
  it('de-DE: 16. November 2026 and 1.200,00 $', () => {
    const out = render('{{date "2026-11-16"}} | {{money purchase.amount}} | {{money 1200 "EUR"}}', { change: locale('de-DE') });
    expect(out).toBe(`16. November 2026 | 1.200,00${NBSP}$ | 1.200,00${NBSP}€`);
    // Pasted into a mail, a no-break space is a space: the text reads as the issue asks.
    expect(out.replace(/\u00A0/g, ' ')).toBe('16. November 2026 | 1.200,00 $ | 1.200,00 €');
  });
  it('en-GB: 16 November 2026, US$1,200.00 and £1,200.00', () => {
    expect(render('{{date "2026-11-16"}} | {{money purchase.amount}} | {{money 1200 "GBP"}}', { change: locale('en-GB') })).toBe('16 November 2026 | US$1,200.00 | £1,200.00');
  });
  it('fr-FR: 16 novembre 2026 and 1 200,00 $US, with ordinary no-break spaces only', () => {
    const out = render('{{date "2026-11-16"}} | {{money purchase.amount}} | {{money 1200.5 "EUR"}}', { change: locale('fr-FR') });
    expect(out).toBe(`16 novembre 2026 | 1${NBSP}200,00${NBSP}$US | 1${NBSP}200,50${NBSP}€`);
    expect(out).not.toMatch(/[\u202F\u2007\u2009]/);
  });
  it('normalises the narrow no-break space Intl uses', () => {
    expect(normalizeSpaces('1\u202F200,00\u00A0€')).toBe(`1${NBSP}200,00${NBSP}€`);
    expect(formatMoney(1200, 'USD', 'fr-FR')).toBe(`1${NBSP}200,00${NBSP}$US`);
  });
  it('writes an amount finer than the currency\'s unit as given, never rounded', () => {
    expect(formatMoney(240.5, 'JPY', 'en-GB')).toBe('JP¥240.5');
    expect(formatMoney(240, 'JPY', 'en-GB')).toBe('JP¥240');
    expect(formatMoney(240.125, 'BHD', 'en-GB')).toBe(`BHD${NBSP}240.125`);
    expect(formatMoney(12.5, 'GBP', 'en-GB')).toBe('£12.50');
  });
});

describe('the helper list', () => {
  it('documents every helper with how to call it', () => {
    expect(helperNames.sort()).toEqual(Object.keys(helperSpecs).sort());
    const help = helperHelp();
    for (const name of helperNames) expect(help).toMatch(new RegExp(`[{(]${name}\\b`));
    for (const spec of Object.values(helperSpecs)) expect(help).toContain(spec.usage.split('  ')[0]);
    expect(helperNames).not.toContain('log');
  });
  it('joins lists for code in the locale\'s own language too', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList(['a', '', 'b'], 'or')).toBe('a or b');
    expect(joinList([])).toBe('');
    expect(formatList(['a', 'b', 'c'], 'de-DE')).toBe('a, b und c');
  });
});
