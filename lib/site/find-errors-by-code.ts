/** Resolves a code as typed in a URL (`0x1FC07`, `130055`, `sallowdiskspace`) to the errors that print it. */
import type { ErrorEntry } from "../schema/entities";
import { normalizeCode } from "../search/normalize-code";

/** Longest code segment we try to resolve; anything longer is no code of ours. */
export const MAX_CODE_LENGTH = 120;

export function findErrorsByCode(code: string, errors: readonly ErrorEntry[]): ErrorEntry[] {
  if (code.length === 0 || code.length > MAX_CODE_LENGTH) return [];
  const wanted = new Set(normalizeCode(code));
  if (wanted.size === 0) return [];
  return errors.filter((error) =>
    error.codes.some((printed) => normalizeCode(printed).some((key) => wanted.has(key))),
  );
}
