// Optional answers that are missing must leave no trace. Templates stay readable, and this
// pass removes what empty values leave behind: blank runs, stray spaces, doubled stops.

/** A line that none of the clean-ups below would change (most lines of most letters). */
const MAY_NEED_CLEANING = /[ \t]$|[ \t]{2}| [,.;:!?]|\.\.|[!?]\.|,\s*\.|\(\s*\)|^\s*[-*]\s*$/;

/** The same, across a whole text: true for every text with a line that needs cleaning (and some others). */
const TEXT_MAY_NEED_CLEANING = /[ \t]$|[ \t]{2}| [,.;:!?]|\.\.|[!?]\.|,\s*\.|\(\s*\)|^\s*[-*]\s*$|\r|\n\n\n/m;

export function cleanLetter(text: string): string {
  if (!TEXT_MAY_NEED_CLEANING.test(text)) return text.trim();
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (!MAY_NEED_CLEANING.test(line)) return line;
      const indent = /^[ \t]*/.exec(line)![0];
      let rest = line.slice(indent.length).replace(/[ \t]+$/, '');
      rest = rest.replace(/[ \t]{2,}/g, ' ');
      rest = rest.replace(/ +([,.;:!?])(?=\s|$)/g, '$1');
      rest = rest.replace(/(^|[^.])\.\.(?!\.)/g, '$1.');
      rest = rest.replace(/([!?])\.(?=\s|$)/g, '$1');
      rest = rest.replace(/,\s*\./g, '.');
      rest = rest.replace(/\(\s*\)/g, '');
      return rest === '' ? '' : indent + rest;
    })
    // A bullet with nothing after it is an empty answer.
    .filter((line) => !/^\s*[-*]\s*$/.test(line));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A subject is one line, of a length mail programs show. */
export function cleanSubject(text: string, max = 160): string {
  let subject = text.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ').trim();
  subject = subject.replace(/ +([,.;:!?)])/g, '$1').replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  if (subject.length > max) {
    const cut = subject.slice(0, max - 1);
    subject = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:(-]+$/, '')}…`;
  }
  return subject;
}
