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
  const pick = <T extends { locale: string }>(candidates: T[]) =>
    candidates.find((c) => c.locale === preferredLocale) ?? candidates[0];
  const labels: InsightsLabels = { errors: {}, causes: {}, flows: {}, steps: {} };
  const errorIds = new Set([
    ...insights.causes.map((c) => c.errorId),
    ...insights.flows.flatMap((f) => (f.errorId ? [f.errorId] : [])),
    ...insights.comments.flatMap((c) => (c.errorId ? [c.errorId] : [])),
  ]);
  for (const id of [...errorIds].sort()) {
    const error = pick(catalog.errors.filter((e) => e.id === id));
    if (!error) continue;
    labels.errors[id] = { title: error.title, locale: error.locale };
    for (const cause of error.causes) labels.causes[`${id}\n${cause.id}`] = cause.title;
  }
  for (const flow of insights.flows) {
    const error = flow.errorId ? pick(catalog.errors.filter((e) => e.id === flow.errorId)) : undefined;
    const found = error
      ? buildErrorFlow(error, getFlowStrings(error.locale))
      : pick(catalog.flows.filter((f) => f.id === flow.flowId));
    if (!found) continue;
    labels.flows[flow.flowId] = { title: found.title, locale: found.locale };
    for (const step of found.steps)
      labels.steps[`${flow.flowId}\n${step.id}`] = truncateText(step.text, STEP_TEXT_CHARS);
  }
  return labels;
}
