/** Cross-locale checks: an article's errors exist in each of its locales, and the same error has the same codes everywhere. */
import type { Article, Diagnostic, ErrorEntry } from "@/lib/schema/entities";

/** Warns where an error of an article exists in one locale's version but not in another's. */
export function checkMissingTranslations(
  articles: readonly Article[],
  errors: readonly ErrorEntry[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const article of articles) {
    for (const twin of articles) {
      if (twin.id !== article.id || twin.locale === article.locale) continue;
      for (const error of errors) {
        if (error.article !== article.id || error.locale !== article.locale || twin.errors.includes(error.id))
          continue;
        diagnostics.push({
          ...error.source,
          severity: "warning",
          message: `error "${error.id}" has no ${twin.locale} version: add it to ${twin.sourcePath} with the same id`,
        });
      }
    }
  }
  return diagnostics;
}

/** The codes are what users search by; a translated error must keep them verbatim. */
export function checkCodesAgree(errors: readonly ErrorEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sourceByid = new Map(errors.filter((e) => e.locale === "sv").map((e) => [e.id, e]));
  for (const error of errors) {
    const original = sourceByid.get(error.id);
    if (error.locale === "sv" || !original) continue;
    if (normalizeCodes(error.codes) === normalizeCodes(original.codes)) continue;
    diagnostics.push({
      ...error.source,
      severity: "error",
      message: `error "${error.id}" has codes "${error.codes.join(" ")}" in ${error.locale} but "${original.codes.join(" ")}" in sv (${original.source.file}:${original.source.line}): codes must be the same in every locale`,
    });
  }
  return diagnostics;
}

function normalizeCodes(codes: readonly string[]): string {
  return [...codes].sort().join(" ");
}
