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
    memo.set(key, known);
  }
  return known;
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
