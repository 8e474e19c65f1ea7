/**
 * As-you-type prefix matching: sorted key lists built with the index, and binary-search lookups that find
 * every key starting with what has been typed so far (`sallowdisk` → `sallowdiskspace`).
 */

/** Keys in ascending code-unit order with the value each stands for, so a prefix is a contiguous run. */
export interface PrefixList<T> {
  keys: string[];
  values: T[];
}

/** Sorts key/value pairs into a prefix list (code-unit order, the order `<` and `startsWith` agree on). */
export function buildPrefixList<T>(pairs: readonly (readonly [string, T])[]): PrefixList<T> {
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys: sorted.map(([key]) => key), values: sorted.map(([, value]) => value) };
}

/** Position of the first key that is not less than `prefix`. */
function findLowerBound(keys: readonly string[], prefix: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keys[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The values of every key that starts with `prefix` (and is longer than it), in key order. */
export function findByPrefix<T>(list: PrefixList<T>, prefix: string): { key: string; value: T }[] {
  const found: { key: string; value: T }[] = [];
  for (let i = findLowerBound(list.keys, prefix); i < list.keys.length; i++) {
    const key = list.keys[i]!;
    if (!key.startsWith(prefix)) break;
    if (key.length > prefix.length) found.push({ key, value: list.values[i]! });
  }
  return found;
}
