/**
 * Synonym groups: phrases support engineers type for what messages word differently ("not enough space"
 * vs "insufficient storage"). Small on purpose: each group is a fact about how these errors are worded.
 */

/** Each group lists phrases that mean the same; any one in a query also matches the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["not enough", "insufficient", "too little", "low"],
  ["space", "storage", "disk space"],
  ["inte tillräckligt", "otillräckligt", "otillräcklig", "för lite", "ont om"],
  ["utrymme", "lagrings utrymme", "lagringsutrymme", "diskutrymme"],
  ["fails", "failed", "failure"],
  ["misslyckas", "miss lyckas", "misslyckades"],
];
