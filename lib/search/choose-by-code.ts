/**
 * A code's permanent link (`/errors/code/112`): the errors the code names, for a redirect when there is one and
 * a chooser grouped by product when there are several. The code as typed first (in any notation); only when no
 * error prints it, the errors printing another form of it (`0x80070057` → Win32 error 87).
 */
import type { Locale } from "../schema/entities";
import { MAX_RESULT_LIMIT } from "./ranking";
import { search } from "./search-engine";
import type { SearchIndex } from "./search-index";
import type { SearchResult } from "./search-types";

export { groupByProduct } from "./product-facets";

/** The errors a code names in a locale (others' only when none is in it), best first; empty when none. */
export function chooseByCode(index: SearchIndex, code: string, locale: Locale): SearchResult[] {
  const hits = search(index, code, { locale, limit: MAX_RESULT_LIMIT }).results.filter(
    (result) => result.kind === "error",
  );
  const exact = hits.filter((result) => result.codeMatch === "exact");
  return exact.length > 0 ? exact : hits.filter((result) => result.codeMatch === "family");
}
