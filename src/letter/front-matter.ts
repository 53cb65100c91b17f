// The `---` YAML front matter at the top of a template file (name, description, subject,
// stages, remedies, format): split from the body and checked, a problem reported at its
// line:column in the file, and where the subject's text starts kept for messages about it.
import { LineCounter, parseDocument, Scalar, isScalar, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { REMEDIES, STAGES } from '../case/schema.js';
import { safeForTerminal } from '../io/terminal.js';
import { closest } from '../util/suggest.js';
import { TemplateProblem } from './template-syntax.js';

const FRONT_MATTER_KEYS = ['name', 'description', 'subject', 'stages', 'remedies', 'format'] as const;
const FORMATS = ['text', 'markdown', 'html', 'eml', 'json'];

export interface FrontMatter {
  meta: Record<string, unknown>;
  body: string;
  bodyLine: number;
  subjectAt?: { line: number; column: number; exact: boolean };
}

/** Splits `---` YAML front matter from the body and checks its fields, with file positions. */
export function splitFrontMatter(source: string, file: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text, bodyLine: 1 };
  const yamlText = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { uniqueKeys: true, lineCounter, prettyErrors: false });
  // Positions in the front matter are one line down in the file (the opening ---).
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const problem = (offset: number, message: string): never => {
    const { line, column } = at(offset);
    throw new TemplateProblem(file, line, column, message);
  };
  const error = doc.errors[0];
  if (error) {
    const detail =
      error.code === 'DUPLICATE_KEY' ? 'the same field appears twice; keep only one' : `this is not valid YAML (${error.message.split('\n')[0]!.replace(/\.$/, '')})`;
    problem(error.pos[0], `in the front matter (between the --- lines), ${detail}`);
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { meta: {}, body: text.slice(match[0].length), bodyLine };
  if (!isMap(contents)) problem(contents.range?.[0] ?? 0, 'the front matter (between the --- lines) should be fields such as name: and subject:');
  const meta: Record<string, unknown> = {};
  let subjectAt: FrontMatter['subjectAt'];
  for (const pair of (contents as { items: { key: unknown; value: unknown }[] }).items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const keyAt = keyNode?.range?.[0] ?? 0;
    const valueAt = valueNode?.range?.[0] ?? keyAt;
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, FRONT_MATTER_KEYS);
      // Other fields (author:, version:…) are the author's notes; a near miss is a typo.
      if (guess) problem(keyAt, `"${safeForTerminal(key)}" is not a front matter field (did you mean "${guess}"?)`);
      continue;
    }
    const value = valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null;
    if (key === 'stages' || key === 'remedies') {
      const allowed: readonly string[] = key === 'stages' ? STAGES : REMEDIES;
      const items = isSeq(valueNode) ? valueNode.items : [valueNode];
      const list: string[] = [];
      for (const item of items as (YamlNode | null)[]) {
        const word = isScalar(item) ? String(item.value) : undefined;
        if (word === undefined || !allowed.includes(word)) {
          const guess = word ? closest(word, allowed) : undefined;
          problem(
            item?.range?.[0] ?? valueAt,
            `${key}: ${word === undefined ? 'expected a list of names' : `"${safeForTerminal(word)}" is not one of ${allowed.join(', ')}`}${guess ? ` (did you mean "${guess}"?)` : ''}`,
          );
        }
        list.push(word!);
      }
      meta[key] = list;
      continue;
    }
    if (!isScalar(valueNode) || value === null || typeof value === 'object') problem(valueAt, `${key}: expected text`);
    const scalar = valueNode as Scalar;
    meta[key] = String(value);
    if (key === 'format' && !FORMATS.includes(String(value))) problem(valueAt, `format: expected one of ${FORMATS.join(', ')}`);
    if (key === 'subject') {
      const raw = yamlText.slice(scalar.range![0], scalar.range![1]);
      const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
      const exact = !raw.includes('\n') && (quoted || scalar.type === Scalar.PLAIN) && !(scalar.type === Scalar.QUOTE_DOUBLE && raw.includes('\\'));
      const start = at(scalar.range![0]);
      subjectAt = { line: start.line, column: start.column + (quoted ? 1 : 0), exact };
    }
  }
  return { meta, body: text.slice(match[0].length), bodyLine, ...(subjectAt && { subjectAt }) };
}
