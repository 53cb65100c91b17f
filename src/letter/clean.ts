// Optional answers that are missing must leave no trace. Templates stay readable, and this
// pass removes what empty values leave behind: blank runs, stray spaces, doubled stops.

/** Lines this does not match need none of the clean-ups below (most lines of most letters). */
const MAY_NEED_CLEANING = /[ \t]$|[ \t]{2}| [,.;:!?]|\.\.|[!?]\.|,\s*\.|\(\s*\)|^\s*[-*]\s*$/;

/** A bullet with nothing after it is an empty answer. */
const EMPTY_BULLET = /^\s*[-*]\s*$/;

/**
 * The same over a whole text, and a carriage return or a blank run: a text this does not
 * match has no line to clean (most letters: optional answers that are missing usually take
 * their whole line with them).
 */
const TEXT_MAY_NEED_CLEANING = /[ \t](?:[ \t\n,.;:!?]|$)|\t|\.\.|[!?]\.|,[^\S\n]*\.|\([^\S\n]*\)|\r|\n\n\n|(?:^|\n)[^\S\n]*[-*][^\S\n]*(?:\n|$)/;

export function cleanLetter(text: string): string {
  return TEXT_MAY_NEED_CLEANING.test(text) ? cleanLines(text) : text.trim();
}

/** cleanLetter, line by line (exported for the test that holds the two together). */
export function cleanLines(text: string): string {
  const kept: string[] = [];
  for (const line of (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n')) {
    if (!MAY_NEED_CLEANING.test(line)) {
      kept.push(line);
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0];
    // Empty brackets first, so that "paid $5 ( )." loses the space before the stop too.
    let rest = line.slice(indent.length).replace(/\(\s*\)/g, '').replace(/[ \t]+$/, '');
    rest = rest.replace(/[ \t]{2,}/g, ' ');
    rest = rest.replace(/ +([,.;:!?])(?=\s|$)/g, '$1');
    rest = rest.replace(/(^|[^.])\.\.(?!\.)/g, '$1.');
    rest = rest.replace(/([!?])\.(?=\s|$)/g, '$1');
    rest = rest.replace(/,\s*\./g, '.');
    const cleaned = rest === '' ? '' : indent + rest;
    if (!EMPTY_BULLET.test(cleaned)) kept.push(cleaned);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Subjects this does not match are left as they are by cleanSubject (most subjects). */
const SUBJECT_MAY_NEED_CLEANING = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}| [,.;:!?)]|\(\s*\)|^ | $/;

/** A subject is one line, of a length mail programs show. */
export function cleanSubject(text: string, max = 160): string {
  if (text.length <= max && !SUBJECT_MAY_NEED_CLEANING.test(text)) return text;
  let subject = text.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ').trim();
  subject = subject.replace(/ +([,.;:!?)])/g, '$1').replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  if (subject.length > max) {
    const cut = subject.slice(0, max - 1);
    subject = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:(-]+$/, '')}…`;
  }
  return subject;
}
