// Turns the JSON Schema zod makes from the case schema into one that matches what redress
// reads. Redress reads a field left empty (`email:`, i.e. null) as not given, writes enum
// words in any case, and reads amounts written as text ("£2,400"); zod cannot say so itself.
import { AMOUNT_PATTERN, MAX_AMOUNT } from './input-rules.js';

/** Marks a node to be rewritten here: 'amount' or 'words' (an enum written in any case). */
export const JSON_KIND = 'x-redress-kind';
/** Other words redress reads as one of a 'words' node's values ("monthly" for "month"). */
export const JSON_SYNONYMS = 'x-redress-synonyms';
/**
 * On a 'words' node whose value redress also finds within a phrase ("Chase Sapphire credit
 * card"): the words that stop it ("not", "or"). The schema accepts a phrase holding one of the
 * words and none of these; redress also refuses one naming two values ("PayPal credit card"),
 * which a pattern cannot tell.
 */
export const JSON_PHRASES = 'x-redress-phrases';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Rewrites the marked nodes, and lets every optional field be left empty. */
export function forEditors(schema: object): object {
  return allowEmptyOptional(rewrite(schema) as object);
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) if (key !== JSON_KIND && key !== JSON_SYNONYMS && key !== JSON_PHRASES) out[key] = rewrite(value);
  const kind = node[JSON_KIND];
  if (kind === 'amount') {
    return {
      description: out.description,
      anyOf: [
        { type: 'number', exclusiveMinimum: 0, maximum: MAX_AMOUNT },
        // Text needs a non-zero digit: redress refuses 0 however it is written.
        { type: 'string', pattern: `(?=.*[1-9])${AMOUNT_PATTERN}` },
      ],
    };
  }
  if (kind === 'words' && Array.isArray(out.enum)) {
    const words = out.enum as string[];
    const synonyms = Array.isArray(node[JSON_SYNONYMS]) ? (node[JSON_SYNONYMS] as string[]) : [];
    const stops = Array.isArray(node[JSON_PHRASES]) ? (node[JSON_PHRASES] as string[]) : undefined;
    return { description: out.description, anyOf: [{ type: 'string', enum: words }, { type: 'string', pattern: stops ? phrasePattern([...words, ...synonyms], stops) : wordsPattern([...words, ...synonyms]) }] };
  }
  return out;
}

/** A word written in any case, with spaces or underscores for its hyphens, as redress reads it. */
const anyCase = (word: string) =>
  [...word]
    .map((c) => (c === '-' ? String.raw`(?:-|[\s_]+)` : c !== c.toUpperCase() ? `[${c}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');

/** "credit-card" written in any case, with spaces or underscores for the hyphen, as redress reads it. */
function wordsPattern(words: string[]): string {
  return String.raw`^\s*(?:${words.map(anyCase).join('|')})\s*$`;
}

/** A phrase holding one of `words` as words of its own, and none of `stops`. */
function phrasePattern(words: string[], stops: string[]): string {
  // Words end where redress's do: at anything but a letter (Latin, accents too) or a digit.
  const before = String.raw`(?:^|[^A-Za-z0-9\u00C0-\u024F])`;
  const after = String.raw`(?=$|[^A-Za-z0-9\u00C0-\u024F])`;
  const any = (list: string[]) => `${before}(?:${list.map(anyCase).join('|')})${after}`;
  return String.raw`^(?![\s\S]*${any(stops)})[\s\S]*${any(words)}[\s\S]*$`;
}

/**
 * Every field not in its group's `required` may also be null: that is what YAML makes of a
 * field left empty (`email:`), which redress reads as not given. Lists still refuse an empty
 * item, as redress does.
 */
export function allowEmptyOptional<T>(node: T): T {
  if (Array.isArray(node)) return node.map(allowEmptyOptional) as T;
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) out[key] = allowEmptyOptional(value);
  if (isNode(out.properties)) {
    const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
    const properties: Node = {};
    for (const [key, value] of Object.entries(out.properties)) properties[key] = required.has(key) ? value : orNull(value);
    out.properties = properties;
  }
  return out as T;
}

/** An optional field may be left empty: blank (null) or quoted with nothing in it (""), as redress reads both. */
function orNull(schema: unknown): unknown {
  if (!isNode(schema)) return schema;
  const EMPTY = [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }];
  const branches = schema.anyOf;
  if (Array.isArray(branches)) {
    const missing = EMPTY.filter((empty) => !branches.some((branch: unknown) => isNode(branch) && branch.type === empty.type && branch.pattern === (empty as { pattern?: string }).pattern));
    return missing.length === 0 ? schema : { ...schema, anyOf: [...branches, ...missing] };
  }
  const { description, title, ...rest } = schema;
  return { ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }), anyOf: [rest, ...EMPTY] };
}
