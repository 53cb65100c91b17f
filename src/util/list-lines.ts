/** A list item's mark at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_LINE = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * The items of an answer typed as a list, a point a line with its mark ("- the crew would be
 * on time\n- three rooms"); undefined for any other text.
 */
export function typedListItems(text: string): string[] | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2 || !lines.every((line) => LIST_LINE.test(line))) return undefined;
  return lines.map((line) => line.replace(LIST_LINE, '').trim());
}
