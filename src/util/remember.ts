/**
 * The value of `work()` for `key`, worked out once: a batch asks for the same few dates,
 * amounts and folders thousands of times. When the memo holds `max` values, the older half
 * is forgotten: values met in every case (from defaults:) are then worked out again once,
 * not once every `max` cases whose other answers are all different.
 */
export function remembered<K, T>(memo: Map<K, T>, key: K, work: () => T, max = 10_000): T {
  let known = memo.get(key);
  if (known === undefined) {
    known = work();
    if (memo.size >= max) forgetOlderHalf(memo);
    memo.set(typeof key === 'string' ? (ownCopy(key) as K) : key, typeof known === 'string' ? (ownCopy(known) as T) : known);
  }
  return known;
}

/**
 * A string that does not keep a longer one alive. V8 cuts a substring of 13 characters or
 * more out of its source without copying it, and the substring holds the whole source: an
 * answer read from a batch file holds its case's text (a few KB), so a memo of answers held
 * thousands of cases' texts (tens of MB in a batch of 10,000). Kept values get their own copy.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function forgetOlderHalf(memo: Map<unknown, unknown>): void {
  let left = memo.size >> 1;
  // A Map iterates in the order its keys were added, so the first are the oldest.
  for (const key of memo.keys()) {
    if (left-- <= 0) break;
    memo.delete(key);
  }
}

/**
 * remembered() with a key in two parts (a locale and a date, say): no key is put together
 * for each call, which for a value asked for thousands of times costs more than the look-up.
 */
export function rememberedIn<K, T>(memo: Map<string, Map<K, T>>, group: string, key: K, work: () => T, max = 10_000): T {
  let inner = memo.get(group);
  if (!inner) memo.set(group, (inner = new Map()));
  return remembered(inner, key, work, max);
}
