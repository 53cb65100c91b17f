// The writer's story and a pack's `says` words are compared folded the same way, so that a
// story typed without accents or umlauts still says what the pack's words say: "desisti" is
// "desistí", "gekuendigt" is "gekündigt", "bagages retardes" is "bagages retardés".

/** German letters written out as German writes them without umlauts (ä → ae, ß → ss). */
const WRITTEN_OUT: Readonly<Record<string, string>> = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss' };

/**
 * Small letters, ä ö ü ß written out (ae oe ue ss), every other accent left off (é → e,
 * ñ → n) and curly apostrophes made straight. Plain ASCII is only put in small letters.
 */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFC')
    .replace(/[äöüß]/g, (letter) => WRITTEN_OUT[letter]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'");
}

const folded = new WeakMap<readonly string[], readonly string[]>();

/**
 * A pack's `says` words, folded once for the list (the loaded pack is kept, so each pack's
 * words are folded once, not for every letter).
 */
export function foldedWords(words: readonly string[]): readonly string[] {
  let done = folded.get(words);
  if (done === undefined) {
    done = words.map(foldForMatching);
    folded.set(words, done);
  }
  return done;
}
