// The commonest English words (src/letter/english/generated/common-words.txt, from
// scripts/letter/common-words.ts), to tell an ordinary word the writer typed with a capital
// at the start of an answer ("Kitchen extension") from a brand's or a name's ("Hotpoint
// washing machine"). Read the first time a letter asks, which most letters never do.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/paths.js';

let words: Set<string> | undefined;

/**
 * Whether `word` (lower case) is one of the commonest English words; a word joined by hyphens
 * is as common as its last part ("re-fit", "x-ray"; "rolls-royce" is not).
 */
export function isCommonWord(word: string): boolean {
  words ??= readWords();
  return words.has(word) || (word.includes('-') && words.has(word.slice(word.lastIndexOf('-') + 1)));
}

function readWords(): Set<string> {
  const root = packageRoot();
  const compact = join(root, 'dist', 'words', 'common-en.txt');
  // The package has the compact copy the build writes; the source tree, the list itself.
  if (existsSync(compact)) {
    const found = new Set<string>();
    let previous = '';
    for (const line of readFileSync(compact, 'latin1').split('\n')) {
      // Each word is the number of letters it shares with the word before, then the rest.
      previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
      found.add(previous);
    }
    return found;
  }
  const list = readFileSync(join(root, 'src', 'letter', 'english', 'generated', 'common-words.txt'), 'utf8');
  return new Set(list.split('\n').filter((line) => line !== '' && !line.startsWith('#')));
}
