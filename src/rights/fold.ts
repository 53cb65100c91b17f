// The writer's story and a pack's `says` words are compared folded the same way, so that a
// story typed without accents or umlauts still says what the pack's words say: "desisti" is
// "desistí", "gekuendigt" is "gekündigt", "bagages retardes" is "bagages retardés".

/** German letters written out as German writes them without umlauts (ä → ae, ß → ss). */
const WRITTEN_OUT: Readonly<Record<string, string>> = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss' };

/**
 * Small letters, ä ö ü ß written out (ae oe ue ss), every other accent left off (é → e,
 * ñ → n), curly apostrophes made straight and English "n't" written "not" (see CONTRACTED_NOT).
 */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  const plain = !/[^\x00-\x7f]/.test(lower)
    ? lower
    : lower
        .normalize('NFC')
        .replace(/[äöüß]/g, (letter) => WRITTEN_OUT[letter]!)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’‘]/g, "'");
  return plain.includes('n') ? plain.replace(CONTRACTED_NOT, (_, verb: string | undefined, will: string | undefined) => (will ? 'will not' : (CONTRACTED_VERB[verb!] ?? `${verb} not`))) : plain;
}

/**
 * English "not" as written in full ("wasn't", "wasnt" -> "was not"; "can't", "cant" -> "cannot";
 * "won't", but not "wont", a word of its own),
 * so that a pack's "not protected" is found in "it wasn't protected", however it was typed.
 */
const CONTRACTED_NOT = /\b(ca|is|was|were|are|has|have|had|did|does|do|could|would|should|must|need)n'?t\b|\b(wo)n't\b/g;
const CONTRACTED_VERB: Readonly<Record<string, string>> = { ca: 'cannot' };

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
