/** Cross-locale checks: an article's errors exist in each of its locales, and the same error has the same codes everywhere. */
import type { Article, Diagnostic, ErrorEntry } from "@/lib/schema/entities";
import { compareText } from "./format-diagnostic";

/**
 * Warns where an error of an article exists in some locales' versions but not in others': once per error,
 * at its first version, naming every locale that lacks it (not once per pair, which grows with the locales).
 */
export function checkMissingTranslations(
  articles: readonly Article[],
  errors: readonly ErrorEntry[],
): Diagnostic[] {
  const versionsOf = new Map<string, Article[]>();
  for (const article of articles)
    versionsOf.set(article.id, [...(versionsOf.get(article.id) ?? []), article]);
  const firstVersion = new Map<string, ErrorEntry>();
  for (const error of [...errors].sort((a, b) => compareText(a.locale, b.locale))) {
    const key = `${error.article}\u0000${error.id}`;
    if (!firstVersion.has(key)) firstVersion.set(key, error);
  }
  const diagnostics: Diagnostic[] = [];
  for (const error of firstVersion.values()) {
    const lacking = (versionsOf.get(error.article) ?? [])
      .filter((twin) => !twin.errors.includes(error.id))
      .sort((a, b) => compareText(a.locale, b.locale));
    if (lacking.length === 0) continue;
    diagnostics.push({
      ...error.source,
      severity: "warning",
      message: `error "${error.id}" has no ${lacking.map((t) => t.locale).join(", ")} version: add it to ${lacking.map((t) => t.sourcePath).join(", ")} with the same id`,
    });
  }
  return diagnostics;
}

/**
 * The codes are what users search by; a translated error must keep them verbatim. No locale is the source:
 * the versions of an error are grouped by their codes, the largest group (ties: the one with the first locale)
 * is taken as right, and each version outside it is an error naming a version it disagrees with.
 */
export function checkCodesAgree(errors: readonly ErrorEntry[]): Diagnostic[] {
  const versionsById = new Map<string, ErrorEntry[]>();
  for (const error of errors) versionsById.set(error.id, [...(versionsById.get(error.id) ?? []), error]);
  const diagnostics: Diagnostic[] = [];
  for (const versions of versionsById.values()) {
    const byCodes = new Map<string, ErrorEntry[]>();
    for (const version of [...versions].sort((a, b) => compareText(a.locale, b.locale))) {
      const key = normalizeCodes(version.codes);
      byCodes.set(key, [...(byCodes.get(key) ?? []), version]);
    }
    if (byCodes.size < 2) continue;
    const groups = [...byCodes.values()];
    const agreed = groups.reduce((best, group) => (group.length > best.length ? group : best));
    const reference = agreed[0]!;
    for (const group of groups) {
      if (group === agreed) continue;
      for (const error of group) {
        diagnostics.push({
          ...error.source,
          severity: "error",
          message: `error "${error.id}" has codes "${error.codes.join(" ")}" in ${error.locale} but "${reference.codes.join(" ")}" in ${reference.locale} (${reference.source.file}:${reference.source.line}): codes must be the same in every locale`,
        });
      }
    }
  }
  return diagnostics;
}

function normalizeCodes(codes: readonly string[]): string {
  return [...codes].sort().join(" ");
}
