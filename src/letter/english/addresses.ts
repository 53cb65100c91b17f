// A postal address typed all in small letters, as an English letter writes it: "55 harbord st,
// toronto on m5s 1g4" -> "55 Harbord St, Toronto ON M5S 1G4". An address with any capital is
// the writer's own way of writing it, and is kept.

/** Postcodes of the UK ("ls6 2ab") and Canada ("m5s 1g4"), and Irish Eircodes ("d02 x285"). */
const POSTCODE = /\b(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d|[a-z]\d{2}\s?[a-z\d]{4})\b/g;
/** A state's or province's letters before its postcode: "or 97206", "on m5s 1g4", "nsw 2750". */
const REGION_BEFORE_CODE = /\b([a-z]{2}|nsw|vic|qld|tas|act)(?=,?\s+(?:\d{5}(?:-\d{4})?|[a-z]\d[a-z]\s?\d[a-z]\d|\d{4})\b)/g;
/** Compass points of a street ("se division st"), and initials written as letters ("po box"). */
const LETTERS = new Set(['ne', 'nw', 'se', 'sw', 'po', 'uk', 'usa', 'us']);
/** Small words of place names ("Stratford-upon-Avon", "Isle of Wight"; Welsh "Heol y Deri", "Maes yr Haf"; Irish "Bóthar na Trá"). */
const SMALL = new Set(['of', 'the', 'and', 'upon', 'on', 'in', 'by', 'de', 'la', 'le', 'du', 'des', 'del', 'van', 'von', 'y', 'yr', 'na']);

/**
 * An address with a capital in a word of its own ("14 Elm Road"): the writer's way of writing it.
 * Capitals only in its codes ("nottingham NG1 7AQ", "newtown NSW 2042") are not: its words were typed small.
 */
function writtenWithCapitals(address: string): boolean {
  // Latin letters, not Unicode classes: this runs on most letters' addresses.
  for (const word of address.match(/[A-Za-z\u00C0-\u024F\d'’]+/g) ?? []) {
    if (!/[A-Z\u00C0-\u00DE]/.test(word)) continue;
    // "NG1", "7AQ", "NSW", "TX": a code, in capitals.
    if (/\d/.test(word) || /^[A-Z]{2,3}$/.test(word)) continue;
    return true;
  }
  return false;
}

/** The address with the capitals an English letter gives it; the same text when it has any capital already. */
export function addressWithCapitals(address: string | undefined): string | undefined {
  if (address === undefined || !/\p{Ll}/u.test(address) || writtenWithCapitals(address)) return address;
  const codes: string[] = [];
  // A region's letters and the codes first (codes kept aside), then words: "m5s" is part of a postcode, not a word.
  const marked = address
    .replace(REGION_BEFORE_CODE, (region) => region.toUpperCase())
    .replace(POSTCODE, (code) => {
      codes.push(code.toUpperCase());
      return `\u0000${codes.length - 1}\u0000`;
    });
  const worded = marked.replace(/[\p{Ll}][\p{L}'’]*/gu, (word, at: number, all: string) => {
    if (LETTERS.has(word)) return word.toUpperCase();
    // A small word inside a name, not its first ("isle of wight"; "on" after a town is Ontario's code, handled above).
    const first = at === 0 || /[,\n]\s*$/.test(all.slice(0, at));
    if (!first && SMALL.has(word) && /[\p{L}-]\s*$|-$/u.test(all.slice(0, at))) return word;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
  return worded.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)]!);
}
