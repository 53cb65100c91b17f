/**
 * The value of `work()` for `key`, worked out once: a batch asks for the same few dates,
 * amounts and folders thousands of times. The memo is emptied when it holds `max` values.
 */
export function remembered<T>(memo: Map<string, T>, key: string, work: () => T, max = 10_000): T {
  let known = memo.get(key);
  if (known === undefined) {
    known = work();
    if (memo.size >= max) memo.clear();
    memo.set(key, known);
  }
  return known;
}
