// The answers are kept as the same plain data a case file holds (`sender.name`,
// `story.outcome[1]`...), so validation, the letter and the saved YAML are shared.

export type CaseData = Record<string, unknown>;

function parts(path: string): string[] {
  return path.split('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function getAt(data: CaseData, path: string): unknown {
  let value: unknown = data;
  for (const part of parts(path)) {
    if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/** A text answer, or undefined; numbers (from YAML) count as text. */
export function getText(data: CaseData, path: string): string | undefined {
  const value = getAt(data, path);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A list answer: a single text counts as a list of one. */
export function getList(data: CaseData, path: string): string[] {
  const value = getAt(data, path);
  if (Array.isArray(value)) return value.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number').map(String);
  const text = getText(data, path);
  return text === undefined ? [] : [text];
}

export function getNumber(data: CaseData, path: string): number | undefined {
  const value = getAt(data, path);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Sets a value; undefined, '' and [] remove it, and an emptied group goes too. */
export function setAt(data: CaseData, path: string, value: unknown): void {
  const keys = parts(path);
  const last = keys.pop()!;
  const chain: Record<string, unknown>[] = [data];
  let node: Record<string, unknown> = data;
  const remove = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  for (const key of keys) {
    let next = node[key];
    if (!isRecord(next)) {
      if (remove) return;
      next = {};
      node[key] = next;
    }
    node = next as Record<string, unknown>;
    chain.push(node);
  }
  if (remove) {
    delete node[last];
    for (let i = chain.length - 1; i > 0; i--) {
      if (Object.keys(chain[i]!).length > 0) break;
      delete chain[i - 1]![keys[i - 1]!];
    }
  } else {
    node[last] = value;
  }
}

/** A deep copy holding only plain JSON values (what a draft file may hold). */
export function plainCopy(value: unknown, depth = 0): unknown {
  if (depth > 16) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.map((item) => plainCopy(item, depth + 1)).filter((item) => item !== undefined);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      const copy = plainCopy(item, depth + 1);
      if (copy !== undefined) out[key] = copy;
    }
    return out;
  }
  return undefined;
}

export function asCaseData(value: unknown): CaseData {
  const copy = plainCopy(value);
  return isRecord(copy) ? copy : {};
}
