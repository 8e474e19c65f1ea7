/** The words of a missing URL, to search for on the 404 page: `/sv/errors/sallowdisk-space` → `sallowdisk space`. */
import { isLocaleTag } from "../schema/locales";

/** Route words that say nothing about what the visitor looked for. */
const ROUTE_WORDS = new Set<string>([
  "errors",
  "error",
  "articles",
  "flows",
  "fix",
  "code",
  "search",
  "embed",
]);

/** Longest query made from a path; longer paths are cut. */
export const MAX_PATH_QUERY_LENGTH = 200;

export function wordsFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // keep the raw path: a malformed escape is still a path worth searching
  }
  return dropLocaleSegment(decoded)
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !ROUTE_WORDS.has(word.toLowerCase()))
    .join(" ")
    .slice(0, MAX_PATH_QUERY_LENGTH);
}

/** The path without its locale segment (`/pt-br/errors/x` → `/errors/x`, `/embed/ja/…` → `/embed/…`). */
function dropLocaleSegment(path: string): string {
  const segments = path.split("/");
  const at = segments[1] === "embed" ? 2 : 1;
  if (isLocaleTag(segments[at])) segments.splice(at, 1);
  return segments.join("/");
}
