// Small helpers for editing a file's text in place (a YAML case file, keeping its layout).

/** Inserts text at `at`. */
export function insert(source: string, at: number, text: string): string {
  return source.slice(0, at) + text + source.slice(at);
}

/** Where a line ends (before its newline) for the line holding `offset`; the end of a value that ends with its newline counts as that line. */
export function lineEnd(source: string, offset: number): number {
  let at = offset;
  if (at > 0 && source[at - 1] === '\n') at -= 1;
  else {
    const next = source.indexOf('\n', at);
    at = next === -1 ? source.length : next;
  }
  if (at > 0 && source[at - 1] === '\r') at -= 1;
  return at;
}

/** The column (0-based) of `offset` in its line. */
export function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}
