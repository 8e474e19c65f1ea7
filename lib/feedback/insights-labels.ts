/**
 * Human names for the ids in an insights answer (error titles, cause titles, flow titles, step texts), read
 * from the catalog in the maintainers' preferred locale when the entity has it. Only the ids shown are looked up.
 */
import type { Catalog } from "../schema/entities";
import type { Insights } from "../schema/feedback";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { truncateText } from "../flows/wrap-text";

/** Longest step text shown in the drop-off table. */
const STEP_TEXT_CHARS = 80;

export interface InsightsLabels {
  /** Error id → title and the locale its page is in. */
  errors: Record<string, { title: string; locale: string }>;
  /** `<error id>\n<cause id>` → cause title. */
  causes: Record<string, string>;
  /** Flow id → title and locale (derived flows: the error's). */
  flows: Record<string, { title: string; locale: string }>;
  /** `<flow id>\n<step id>` → the step's text, shortened. */
  steps: Record<string, string>;
}

export function buildInsightsLabels(
  insights: Insights,
  catalog: Catalog,
  preferredLocale: string,
): InsightsLabels {
  // Every locale version, the preferred one first: derived cause and step ids differ between languages, so
  // an id answered in another language is named from that language's version.
  const versions = <T extends { locale: string }>(candidates: T[]) =>
    [...candidates].sort(
      (a, b) => Number(b.locale === preferredLocale) - Number(a.locale === preferredLocale),
    );
  const labels: InsightsLabels = { errors: {}, causes: {}, flows: {}, steps: {} };
  const errorIds = new Set([
    ...insights.causes.map((c) => c.errorId),
    ...insights.flows.flatMap((f) => (f.errorId ? [f.errorId] : [])),
    ...insights.comments.flatMap((c) => (c.errorId ? [c.errorId] : [])),
  ]);
  for (const id of [...errorIds].sort()) {
    const errors = versions(catalog.errors.filter((e) => e.id === id));
    const [first] = errors;
    if (first) labels.errors[id] = { title: first.title, locale: first.locale };
    for (const error of errors)
      for (const cause of error.causes) labels.causes[`${id}\n${cause.id}`] ??= cause.title;
  }
  for (const flow of insights.flows) {
    const found = flow.errorId
      ? versions(catalog.errors.filter((e) => e.id === flow.errorId)).map((error) =>
          buildErrorFlow(error, getFlowStrings(error.locale)),
        )
      : versions(catalog.flows.filter((f) => f.id === flow.flowId));
    const [first] = found;
    if (first) labels.flows[flow.flowId] = { title: first.title, locale: first.locale };
    for (const version of found)
      for (const step of version.steps)
        labels.steps[`${flow.flowId}\n${step.id}`] ??= truncateText(step.text, STEP_TEXT_CHARS);
  }
  return labels;
}
