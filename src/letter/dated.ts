// Whether the writer's words name a day or a time ("on 5 October", "am 5. Oktober", "le 3 mai",
// "at 9am"), in any of the letters' languages: a term agreed, not only a hope. Read word by word,
// as it runs on every letter: an expression of all the months would cost more to make.

const MONTH_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr fevr avr juil déc ' +
    'januar februar märz maerz juni juli oktober dezember jän okt dez ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic'
  ).split(' '),
);
const DAY_THEN_WORD = /\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([a-zäéèûüñ]+)/gi;
const TIME = /\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|uhr)\b|\b\d{1,2}h\d{0,2}\b/i;

export function namesDayOrTime(text: string): boolean {
  return namesDay(text) || (/\d/.test(text) && TIME.test(text));
}

/** Whether `text` names a day by its month ("le 12 octobre", "am 5. Oktober", "el 3 de mayo"). */
export function namesDay(text: string): boolean {
  if (!/\d/.test(text)) return false;
  for (const m of text.matchAll(DAY_THEN_WORD)) if (MONTH_WORDS.has(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * Whether `text` names the day of a date written in full (`written`: "3 October 2026",
 * "October 3, 2026", "3. Oktober 2026", "3 de octubre de 2026"), in its day and month, or
 * (given its `iso` form) in figures.
 */
export function namesDayOf(text: string, written: string, iso?: string): boolean {
  if (!/\d/.test(text)) return false;
  const dayAndMonth = written.replace(/,?\s*(?:de\s+)?\d{4}$/, '').toLowerCase();
  if (dayAndMonth !== '' && text.toLowerCase().includes(dayAndMonth)) return true;
  // In figures: "12.03.2026", "12/3/26", "03/12/2026" (month first, as in the US).
  const date = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!date) return false;
  const [, year, month, day] = date;
  const d = String(Number(day));
  const m = String(Number(month));
  const y = `(?:${year}|${year!.slice(2)})`;
  return new RegExp(`(?<!\\d)(?:0?${d}[./-]0?${m}|0?${m}/0?${d})(?:[./-]${y})?(?![\\d])`).test(text);
}
