/** schema.org JSON-LD for error pages (TechArticle + HowTo) and its safe serialisation into a page. */
import type { ErrorEntry } from "../schema/entities";

export function buildErrorJsonLd(error: ErrorEntry, url: string, updated?: string): object[] {
  // Every action once (shared ones are not repeated per cause); fix text left unstructured is one step.
  const steps = error.actions.flatMap((action) => action.steps.map((step) => step.text));
  if (steps.length === 0 && error.body) steps.push(error.body.text);
  const article = {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: error.title,
    inLanguage: error.locale,
    url,
    ...(updated ? { dateModified: updated } : {}),
    keywords: error.codes.join(", "),
    description: error.message || error.title,
  };
  if (steps.length === 0) return [article];
  const howTo = {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: error.title,
    inLanguage: error.locale,
    url,
    step: steps.map((text, index) => ({ "@type": "HowToStep", position: index + 1, text })),
  };
  return [article, howTo];
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so content can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
