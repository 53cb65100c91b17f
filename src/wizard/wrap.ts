// Long lines wrapped at spaces to the terminal's width: the terminal itself (and the prompt
// library) would break them anywhere, even in the middle of a word.

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/**
 * Wraps each line of `text` at spaces so that no line is longer than `width`; a wrapped
 * line's continuation keeps its indentation. `firstOffset` is how many columns are already
 * used on the first line (a prompt's "? ").
 */
export function wrapText(text: string, width: number, firstOffset = 0): string {
  if (!Number.isFinite(width) || width < 20) return text;
  let offset = firstOffset;
  return text
    .split('\n')
    .map((line) => {
      const room = width - offset;
      offset = 0;
      if (visibleLength(line) <= room) return line;
      const indent = /^\s*/.exec(line.replace(ANSI, ''))![0];
      const words = line.slice(line.indexOf(line.trimStart())).split(' ');
      const out: string[] = [];
      let current = line.slice(0, line.length - line.trimStart().length);
      let limit = room;
      for (const word of words) {
        const candidate = current.trim() === '' && current.replace(ANSI, '').trim() === '' ? current + word : `${current} ${word}`;
        if (visibleLength(candidate) > limit && current.replace(ANSI, '').trim() !== '') {
          out.push(current);
          current = indent + word;
          limit = width;
        } else {
          current = candidate;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
