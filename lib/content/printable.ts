/**
 * Codes and ids must read the same to people and to machines: a bidi override, a zero-width or another
 * invisible character inside one would let a hostile document shadow a real code (`\u202ESalLowDiskSpace\u202C`
 * normalises to `SalLowDiskSpace`). Used by `check` (component props) and the importer (codes it reads).
 */

/** Controls, format characters (bidi marks and overrides, zero-width, BOM), line separators and fillers. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFFA0]/u;

/** The first invisible character in `text`: its 1-based character index and its `U+XXXX` name. */
export function findInvisibleCharacter(text: string): { index: number; name: string } | undefined {
  const match = INVISIBLE.exec(text);
  if (!match) return undefined;
  const name = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: match.index + 1, name };
}
