// Optional answers that are missing must leave no trace. Templates stay readable, and this
// pass removes what empty values leave behind: blank runs, stray spaces, doubled stops.

/** Lines this does not match need none of the clean-ups below (most lines of most letters). */
const MAY_NEED_CLEANING = /[ \t]$|[ \t]{2}| [,.;:!?]|\.\.|[!?]\.|,\s*\.|\(\s*\)|^\s*[-*]\s*$/;

/** A bullet with nothing after it is an empty answer. */
const EMPTY_BULLET = /^\s*[-*]\s*$/;

/**
 * One pass over a whole text for what optional parts leave most often, spaces at the ends of
 * lines (group 1) and blank runs (group 2: all but their last line break), and for anything
 * else the line clean-ups below would change (the other alternatives): a carriage return, a
 * tab, a space before a stop or another space, doubled stops, empty brackets, an empty
 * bullet. Most letters have only the first two, so they are tidied in this one pass.
 */
const LEFTOVERS = /([ \t]+)(?=\n|$)|(\n(?:[ \t]*\n)+)(?=[ \t]*\n)|[ \t](?=[ \t,.;:!?])|\t|\.\.|[!?]\.|,[^\S\n]*\.|\([^\S\n]*\)|\r|(?:^|\n)[^\S\n]*[-*][^\S\n]*(?=\n|$)/g;

/**
 * Tidies what the template left; the values in `keep` (the person's own words, as they appear
 * in the text) are kept exactly as written, even where they look like a template's leftovers
 * ("INV..2026 ( ) #7"). Each is held aside as a placeholder while the rest is cleaned.
 */
export function cleanLetter(text: string, keep: readonly string[] | (() => readonly string[]) = []): string {
  // Spaces at line ends and blank runs need no values held aside: they hold none.
  return quicklyTidied(text) ?? holding(text, typeof keep === 'function' ? keep() : keep, cleanQuickly);
}

/** The text with spaces at line ends removed and blank runs made one blank line, unless it needs more than that (undefined). */
function quicklyTidied(text: string): string | undefined {
  let more = false;
  const tidied = text.replace(LEFTOVERS, (found: string, trailing?: string, blankRun?: string) => {
    if (trailing !== undefined) return '';
    if (blankRun !== undefined) return '\n';
    more = true;
    return found;
  });
  return more ? undefined : tidied.trim();
}

/** cleanLetter without values held aside. */
function cleanQuickly(text: string): string {
  return quicklyTidied(text) ?? cleanLines(withoutTrailingSpaceOrBlankRuns(text));
}

function withoutTrailingSpaceOrBlankRuns(text: string): string {
  return text.replace(/[ \t]+(?=\n|$)/g, '').replace(/\n{3,}/g, '\n\n');
}

/** `clean(text)`, with each value of `keep` in the text held aside as a placeholder meanwhile. */
function holding(text: string, keep: readonly string[], clean: (text: string) => string): string {
  if (keep.length === 0 || text.includes(HOLD_START)) return clean(text);
  const held: string[] = [];
  let masked = text;
  // Longest first, so a value inside another is held with it.
  for (const value of [...new Set(keep)].sort((a, b) => b.length - a.length)) {
    if (masked.includes(value)) masked = masked.split(value).join(`${HOLD_START}${held.push(value) - 1}${HOLD_END}`);
  }
  if (held.length === 0) return clean(text);
  return clean(masked).replace(HELD, (_, n: string) => held[Number(n)]!);
}

// Private-use characters: no template or value is expected to hold them (a text that does is
// cleaned as before), and no clean-up rule touches them or the digits between them.
const HOLD_START = '\uE000';
const HOLD_END = '\uE001';
const HELD = /\uE000(\d+)\uE001/g;

/** What the line clean-ups would change inside a value itself (not at its edges). */
const VALUE_MAY_CHANGE = /[ \t]{2}| [,.;:!?](?=\s|$)|\.\.|[!?]\.(?=\s|$)|,\s*\.|\(\s*\)|[ \t]\n/;

/** The values of a case (any depth) that cleanLetter must hold aside; usually none. */
export function valuesToKeep(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (VALUE_MAY_CHANGE.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) valuesToKeep(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) valuesToKeep((value as Record<string, unknown>)[key], out);
  }
  return out;
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
export function cleanSubject(text: string, max = 160, keep: readonly string[] | (() => readonly string[]) = []): string {
  if (text.length <= max && !SUBJECT_MAY_NEED_CLEANING.test(text)) return text;
  if (typeof keep === 'function') keep = keep();
  let subject = text.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ').trim();
  subject = holding(subject, keep, (masked) => masked.replace(/ +([,.;:!?)])/g, '$1').replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim());
  // A subject that ends with what is in brackets ("(clutch replacement; 14 February 2026)") loses
  // the bracket's last parts first, so a date is never cut in two and the bracket is closed.
  for (let bracket = /\(([^()]*)\)$/.exec(subject); subject.length > max && bracket; bracket = /\(([^()]*)\)$/.exec(subject)) {
    const inner = bracket[1]!;
    const partBefore = (end: number) => Math.max(inner.lastIndexOf('; ', end - 1), inner.lastIndexOf(', ', end - 1));
    let lastPart = partBefore(inner.length);
    // "November 1, 2024": a year after a comma ends a date, which goes whole.
    while (lastPart > 0 && /^\d{4}$/.test(inner.slice(lastPart + 2))) lastPart = partBefore(lastPart);
    const head = subject.slice(0, bracket.index);
    if (lastPart > 0) {
      subject = `${head}(${inner.slice(0, lastPart)})`;
      continue;
    }
    const room = max - head.length - 3;
    if (room < 12) break;
    const cut = inner.slice(0, room);
    subject = `${head}(${cut.slice(0, Math.max(cut.lastIndexOf(' '), room / 2)).replace(/[\s,.;:(-]+$/, '')}…)`;
  }
  if (subject.length > max) {
    const cut = subject.slice(0, max - 1);
    subject = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:(-]+$/, '')}…`;
  }
  return subject;
}
