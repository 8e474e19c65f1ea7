/**
 * The words inside a symbolic code, so a word that only occurs in a code still finds it: `SalBitmapError` →
 * `sal bitmap error`, `UserErrorSQLPODoesNotExist` → `user error sqlpo does not exist`,
 * `ERR_HTTP_HEADERS_SENT` → `err http headers sent`. Pure; used when indexing.
 */

/** The words of a code split at `_`, `-`, `.`, spaces and case changes; empty when the code is one word. */
export function splitCodeWords(code: string): string[] {
  const words: string[] = [];
  for (const part of code.normalize("NFC").split(/[^\p{L}\p{N}]+/u)) {
    if (!part) continue;
    // A case change starts a word (`sal|Bitmap`), and so does the last capital of a capital run before a
    // lower-case letter (`SQLPO|Does`): the run is an acronym, the capital starts the next word.
    for (const word of part.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u)) words.push(word);
  }
  return words.length > 1 ? words.map((word) => word.toLowerCase()) : [];
}

/**
 * Acronyms run together inside a CamelCase code (`SQLPO` in `UserErrorSQLPODoesNotExist` is SQL + PO): every
 * way to cut each capital run of at least four letters into two parts of at least two letters, as
 * `[part, run]` pairs in lower case (`["sql", "sqlpo"]`, `["po", "sqlpo"]`…). The search reaches the run from
 * a query word that is one of its parts. Codes written in capitals throughout (`ERR_HTTP`) have no runs.
 */
export function listAcronymParts(code: string): [string, string][] {
  if (!/\p{Ll}/u.test(code)) return [];
  const parts: [string, string][] = [];
  for (const match of code.matchAll(/\p{Lu}{4,}(?=\p{Lu}\p{Ll}|[^\p{L}]|$)/gu)) {
    const run = match[0].toLowerCase();
    for (let cut = 2; cut <= run.length - 2; cut++) {
      parts.push([run.slice(0, cut), run], [run.slice(cut), run]);
    }
  }
  return parts;
}
