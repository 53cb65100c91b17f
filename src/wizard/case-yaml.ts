// The answers as a case file, so the same case can be run again (`redress draft --from`),
// moved to the next stage, or used in a batch. Every text value is quoted, so `004471`,
// `yes` or `2026-11-02` stay text in any YAML reader; amounts stay numbers.
import { Document, parseDocument, Scalar, visit } from 'yaml';
import { caseSchema } from '../case/schema.js';
import { getNumber, type CaseData } from './data.js';

const NUMBER_PATHS = ['purchase.amount', 'request.amount', 'request.deadlineDays'];

type Shape = Record<string, unknown>;

/** Field names in the order the schema lists them (the order README and `redress init` use). */
function schemaOrder(path: string[]): string[] {
  let schema = caseSchema as unknown as { _zod: { def: Record<string, unknown> } };
  const unwrap = () => {
    for (let i = 0; i < 8; i++) {
      const def = schema._zod.def;
      if (def.type === 'optional' || def.type === 'pipe') schema = (def.innerType ?? def.in) as typeof schema;
      else break;
    }
  };
  unwrap();
  for (const key of path) {
    const shape = schema._zod.def.shape as Shape | undefined;
    if (!shape || !(key in shape)) return [];
    schema = shape[key] as typeof schema;
    unwrap();
  }
  const shape = schema._zod.def.shape as Shape | undefined;
  return shape ? Object.keys(shape) : [];
}

function ordered(value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, path));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const known = path[0] === 'custom' ? [] : schemaOrder(path);
  const keys = [...known.filter((key) => key in record), ...Object.keys(record).filter((key) => !known.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, ordered(record[key], [...path, key])]));
}

function withNumbers(data: CaseData): CaseData {
  const copy = structuredClone(data);
  for (const path of NUMBER_PATHS) {
    const [section, key] = path.split('.') as [string, string];
    const group = copy[section] as Record<string, unknown> | undefined;
    if (!group || typeof group !== 'object' || group[key] === undefined) continue;
    const number = getNumber(copy, path);
    if (number !== undefined) group[key] = number;
  }
  return copy;
}

export function caseYaml(data: CaseData, comment?: string): string {
  const doc = new Document(ordered(withNumbers(data), []));
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (comment) doc.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/**
 * Adds answers to an existing case file's text, keeping its comments and layout.
 * `values` maps dotted paths (`sender.name`) to the answers.
 */
export function addToCaseYaml(source: string, values: Record<string, unknown>): string {
  const doc = parseDocument(source, { keepSourceTokens: false });
  for (const [path, value] of Object.entries(values)) {
    const node = doc.createNode(value);
    visit(node, {
      Scalar(key, scalar) {
        if (key !== 'key' && typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
      },
    });
    if (node instanceof Scalar && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
    const keys = path.split('.');
    // `sender:` with nothing after it is an empty value, not a group yet.
    for (let end = 1; end < keys.length; end++) {
      const parent = doc.getIn(keys.slice(0, end), true);
      if (parent instanceof Scalar && (parent.value === null || parent.value === undefined)) doc.setIn(keys.slice(0, end), doc.createNode({}));
    }
    doc.setIn(keys, node);
  }
  return doc.toString({ lineWidth: 0 });
}
