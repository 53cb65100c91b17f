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

/**
 * Words a sentence does not end with, in the languages letters are written in (articles,
 * prepositions, conjunctions, auxiliaries): a line ending with one goes on in the next.
 */
const GOES_ON =
  /(?:^|\s)(?:the|a|an|and|or|but|to|of|in|on|at|for|with|by|from|that|which|who|my|your|their|our|his|her|its|is|was|were|are|be|been|have|has|had|not|as|than|then|so|if|when|because|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|aber|zu|mit|von|vom|im|am|auf|für|bei|nach|aus|dass|weil|wenn|ist|war|hat|habe|le|la|les|un|une|des|du|de|et|ou|mais|à|au|aux|en|pour|par|sur|que|qui|mon|ma|mes|votre|vos|leur|est|ai|été|el|los|las|una|unos|unas|y|al|del|con|por|para|mi|mis|su|sus|es|fue|ha|he|se)$/i;
/** Words a point does not start with (prepositions, conjunctions): a line starting with one goes on from the last. */
const GOES_ON_FROM =
  /^(?:in|on|at|of|and|or|but|with|by|for|from|until|till|after|before|because|which|than|within|without|during|since|im|am|und|oder|aber|mit|von|vom|für|bei|nach|seit|bis|dans|avec|pour|par|sur|et|ou|mais|depuis|jusqu|y|o|pero|con|del|en|para|por|desde|hasta)\b/i;
/** A line this long, without a closing mark, was most likely wrapped where the writer's editor did. */
const WRAP_LENGTH = 70;

/** Whether `line` ends mid-sentence and `next` goes on with it (a text hard-wrapped, not a point a line). */
function wrapsOn(line: string, next: string): boolean {
  if (/[.!?:;]["'’”)]?$/.test(line)) return false;
  return GOES_ON.test(line) || GOES_ON_FROM.test(next) || line.length >= WRAP_LENGTH || (line.length >= 45 && /^\p{Ll}/u.test(next));
}

/**
 * The points of an answer typed a point a line without marks ("tiles laid level\nno leaks"),
 * with lines that only wrap a sentence joined again; undefined for a text of one line.
 */
export function typedLines(text: string): string[] | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2) return undefined;
  const points = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    if (wrapsOn(lines[i - 1]!, lines[i]!)) points[points.length - 1] += ` ${lines[i]}`;
    else points.push(lines[i]!);
  }
  return points;
}

/**
 * A paragraph typed over several lines, as one: a line that is a point of its own ends with a
 * full stop ("…as the contract requires. Canada Post tracking shows…"), a wrapped line goes on.
 * A list with marks, and a text of one line, are kept as typed; so are paragraphs apart.
 */
export function asOneParagraph(text: string): string {
  if (!text.includes('\n') || typedListItems(text)) return text;
  // Paragraphs the writer set apart with an empty line stay apart.
  return text
    .trim()
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => {
      const points = typedLines(paragraph);
      if (!points) return paragraph.trim();
      return points.map((point, i) => (i < points.length - 1 && !/[.!?:;]["'’”)]?$/.test(point) ? `${point}.` : point)).join(' ');
    })
    .join('\n\n');
}
