// A long impact is shortened in follow-up letters. What the business must not lose are the
// facts (a sum, a date, days off work, a number of visits), so sentences with figures are
// kept first; the others follow while there is room, and all keep the order they were written in.
import { onFirstUse } from '../util/on-first-use.js';

/** Any figure: an amount, a date, a count ("2 days", "£120", "14 March"). */
const FIGURE = onFirstUse(() => /\p{N}/u);

/** `text` (one or more closed sentences) within `max` characters, as whole sentences. */
export function shortenedSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["'’”)\]»]*\s*/g) ?? [text];
  const kept = new Set<number>();
  let length = 0;
  const take = (i: number) => {
    const size = sentences[i]!.length;
    if (kept.size > 0 && length + size > max) return;
    kept.add(i);
    length += size;
  };
  // The first sentence says what the impact is; then the facts; then the rest, in order.
  take(0);
  sentences.forEach((sentence, i) => i > 0 && FIGURE().test(sentence) && take(i));
  sentences.forEach((sentence, i) => i > 0 && !FIGURE().test(sentence) && take(i));
  return sentences
    .filter((_, i) => kept.has(i))
    .join('')
    .trim();
}
