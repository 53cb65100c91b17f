/**
 * The matches of a global `regex` in `text`, as `text.matchAll(regex)` gives them. matchAll
 * makes a copy of the expression every time, which for the tone rules' long expressions costs
 * several microseconds: more than searching a short answer, and a batch searches thousands.
 */
export function allMatches(text: string, regex: RegExp): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`allMatches needs a global expression: /${regex.source}/${regex.flags}`);
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0].length === 0) regex.lastIndex = nextIndex(text, regex.lastIndex, /[uv]/.test(regex.flags));
  }
  regex.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, byCodePoint: boolean): number {
  if (!byCodePoint || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
