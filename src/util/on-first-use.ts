/**
 * A value made the first time it is asked for. Used for regular expressions with `\p{…}`
 * classes at module level: V8 reads its Unicode tables to make each one (about 30 µs a
 * property, measured on Node 20), and it does so when the module loads, for every letter,
 * though a letter uses few of them (see docs/performance.md).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
