// Whether the writer's story says they cancelled what they pay for again and again, and were
// charged for it all the same: a case about that is not about how the service was done, and
// the letter cites no law on poor service for it (story.problem: charged-after-cancelling).
// In French, German and Spanish the words are in each language's catalogue (below).

import { catalogue } from '../letter/language/index.js';
import type { Language } from '../letter/language/names.js';

/** What is cancelled, and the words of cancelling, as read by writerCancelled. */
const AGREEMENT = new Set(['subscription', 'membership', 'contract', 'plan', 'account', 'policy', 'agreement', 'service', 'package', 'cover', 'debit', 'order', 'payment', 'payments']);
const CANCELLED_WORD = /^(?:cancel+ed|terminated|ended)$/;
const CANCELLING_WORD = /^cancel+(?:ed|ing)$/;
const CANCELLATION = /^cancel+ation$/;
const CANCELLATION_NEXT = /^(?:confirm\w*|email|e-mail|letter|request|number|reference)$/;

/**
 * The writer cancelled what they paid for ("I cancelled", "cancelled my membership", "my
 * cancellation"); not the business cancelling an appointment ("they cancelled the visit twice").
 * Read word by word: a regular expression of all these shapes costs a letter more to make than
 * the whole check (a millisecond and more).
 */
export function writerCancelled(text: string): boolean {
  const lower = text.toLowerCase();
  if (!/cancel|terminat|ended|notice/.test(lower)) return false;
  // Latin letters, not Unicode classes: a Unicode expression takes a millisecond to make, on every letter that says "cancel".
  const words = lower.split(/[^a-z0-9\u00DF-\u00FF\u0100-\u024F'’-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "I cancelled", "we had cancelled", "I gave notice"
    if (word === 'i' || word === 'we') {
      let next = i + 1;
      if (/^(?:have|had|then|already)$/.test(words[next] ?? '')) next++;
      if (CANCELLED_WORD.test(words[next] ?? '') || (words[next] === 'gave' && words[next + 1] === 'notice')) return true;
    }
    // "cancelled my membership", "cancelling the direct debit"
    if (CANCELLING_WORD.test(word) && /^(?:my|our|the)$/.test(words[i + 1] ?? '') && (AGREEMENT.has(words[i + 2] ?? '') || AGREEMENT.has(words[i + 3] ?? ''))) return true;
    // "my cancellation", "our notice", "my written cancellation"
    if ((word === 'my' || word === 'our') && (CANCELLATION.test(words[i + 1] ?? '') || words[i + 1] === 'notice' || CANCELLATION.test(words[i + 2] ?? '') || words[i + 2] === 'notice')) return true;
    // "after cancelling", "since my cancellation"
    if (/^(?:after|since|despite)$/.test(word)) {
      const next = /^(?:my|our)$/.test(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
      if (next !== undefined && (CANCELLATION.test(next) || /^cancel+ing$/.test(next))) return true;
    }
    // "cancellation confirmation", "cancellation email"
    if (CANCELLATION.test(word) && CANCELLATION_NEXT.test(words[i + 1] ?? '')) return true;
    // "membership cancelled", "contract was terminated", "plan has been ended"
    if (AGREEMENT.has(word)) {
      let next = i + 1;
      if (words[next] === 'was' || words[next] === 'were') next++;
      else if (words[next] === 'has' && words[next + 1] === 'been') next += 2;
      if (CANCELLED_WORD.test(words[next] ?? '')) return true;
    }
  }
  return false;
}

/** A charge, a debit or a bill: "charged me again", "kept debiting", "took another payment". */
const CHARGED = /\b(?:charg(?:ed|ing|es)|debit(?:ed|ing|s)|bill(?:ed|ing)|deducted|collected|took (?:another|more|money|payments?|£|\$|€)|taken|(?:payments?|money) (?:came|went|kept coming|kept going) out)\b/i;

/** A charge told as one more, or as going on. */
const STILL = /\b(?:again|still|after|since|kept|keep|keeps|continu\w*|another|anyway|regardless|despite|every|each|more|further|following|next|ongoing|carried on|went on)\b/i;

/**
 * For a purchase paid again and again (a period, or a subscription), the statement of the
 * outcome that says the writer was charged after cancelling, when the story, the outcome or an
 * earlier contact says the writer cancelled.
 */
function chargedAfterCancelling(recurring: boolean, circumstances: string, outcome: readonly string[], contacts: readonly string[]): string | undefined {
  if (!recurring) return undefined;
  // "charged again", "kept debiting", "6 debits since then": a charge told as one after another,
  // not one that made the writer cancel ("they charged me twice in June, so I cancelled").
  const charged = outcome.find((statement) => CHARGED.test(statement) && STILL.test(statement));
  if (charged === undefined) return undefined;
  return writerCancelled([circumstances, ...outcome, ...contacts].join('\n')) ? charged : undefined;
}

// --- French, German and Spanish ---------------------------------------------------------------
// The words are in each language's catalogue (templates/<language>/language.json), read only
// when a case in that language is read: `purchase.endedStems` (ending the contract itself, as
// the letter reads it to tell the payments in the past) with `story.cancelledWords` (said of
// cancelling only beside a charge: "cancelé", "ich habe gekündigt"), `story.chargedWords` and
// `purchase.recurringItemWords`. Both the expressions and the writer's words are read without
// accents ("resilie", "gekuendigt", "cancele"), as people type them.

interface CancelWords {
  cancelled: RegExp;
  charged: RegExp;
  recurringItem: RegExp;
}

const cancelWords = new Map<Exclude<Language, 'en'>, CancelWords>();

/** Text without its accents, German "ae", "oe", "ue" and "ß" read as the letters they stand for. */
export function folded(text: string, language: Language): string {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return language === 'de' ? plain.replace(/ß/g, 'ss').replace(/([aouAOU])[eE]/g, '$1') : plain;
}

function wordsOf(language: Exclude<Language, 'en'>): CancelWords {
  let found = cancelWords.get(language);
  if (found) return found;
  const words = catalogue(language);
  const list = (key: string) => (words[key] ?? '').split(' ').filter(Boolean).map((pattern) => folded(pattern, language)).join('|') || '$^';
  // German compounds end with the word: "Fitnessstudio-Vertrag", "Handyvertrag".
  const before = language === 'de' ? '' : '(?<!\\p{L})';
  found = {
    cancelled: new RegExp(`(?<!\\p{L})(?:${list('purchase.endedStems')}|${list('story.cancelledWords')})`, 'iu'),
    charged: new RegExp(`(?<!\\p{L})(?:${list('story.chargedWords')})`, 'iu'),
    recurringItem: new RegExp(`${before}(?:${list('purchase.recurringItemWords')})(?!\\p{L})`, 'iu'),
  };
  cancelWords.set(language, found);
  return found;
}

/** What was bought is, by its name, paid for again and again: "abonnement salle de sport", "Fitnessstudio-Vertrag", "contrato de fibra". */
export function recurringItemIn(item: string, language: Language): boolean {
  if (language === 'en') return RECURRING_ITEM.test(item);
  return wordsOf(language).recurringItem.test(folded(item, language));
}

/** What is paid for again and again, by its name: "gym membership", "streaming subscription". */
const RECURRING_ITEM = /\b(?:membership|subscription|plan|contract)s?\b/i;

/** chargedAfterCancelling, in the case's language: "j'ai résilié… prélevé en octobre", "gekündigt… trotzdem abgebucht", "me di de baja… me han cobrado". */
export function chargedAfterCancellingIn(language: Language, recurring: boolean, circumstances: string, outcome: readonly string[], contacts: readonly string[]): string | undefined {
  if (language === 'en') return chargedAfterCancelling(recurring, circumstances, outcome, contacts);
  if (!recurring) return undefined;
  const words = wordsOf(language);
  const charged = outcome.find((statement) => words.charged.test(folded(statement, language)));
  if (charged === undefined) return undefined;
  return words.cancelled.test(folded([circumstances, ...outcome, ...contacts].join('\n'), language)) ? charged : undefined;
}
