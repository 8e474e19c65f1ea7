/** Which errors a reader of one error may want next: shared codes first, then shared causes, then the same section. */
import type { ErrorEntry } from "../schema/entities";

/** How many related errors an error page lists. */
export const MAX_RELATED_ERRORS = 5;

const normalizeTitle = (title: string) => title.toLocaleLowerCase().replace(/\s+/g, " ").trim();

/** Related errors of `error` among `candidates` (same locale), strongest relation first, document order within. */
export function findRelatedErrors(error: ErrorEntry, candidates: readonly ErrorEntry[]): ErrorEntry[] {
  const codes = new Set(error.codes.map((c) => c.toLowerCase()));
  const causes = new Set(error.causes.map((c) => normalizeTitle(c.title)));
  const scored = candidates
    .filter((other) => other.id !== error.id && other.locale === error.locale)
    .map((other, order) => {
      let score = 0;
      if (other.codes.some((c) => codes.has(c.toLowerCase()))) score += 4;
      if (other.causes.some((c) => causes.has(normalizeTitle(c.title)))) score += 2;
      if (error.section && other.section === error.section) score += 1;
      return { other, score, order };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_RELATED_ERRORS).map((entry) => entry.other);
}
