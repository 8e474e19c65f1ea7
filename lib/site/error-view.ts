/** The data an error page shows, shaped for rendering: steps as safe rich text, related errors, the twin. */
import type { Action, Catalog, ErrorEntry, Locale, Step } from "../schema/entities";
import { parseRichText, type RichBlock } from "../markdown/parse-rich-text";
import { causeAnchor } from "./urls";
import { findRelatedErrors } from "./related-errors";

export interface StepView {
  text: string;
  blocks: RichBlock[];
}
export interface ActionView {
  id: string;
  steps: StepView[];
}
export interface CauseView {
  id: string;
  /** Anchor on the error page, e.g. `cause-2`. */
  anchor: string;
  /** 1-based position, shown on the card. */
  number: number;
  title: string;
  explanation: string;
  actions: ActionView[];
}
export interface ErrorSummary {
  id: string;
  title: string;
  codes: string[];
}
export interface ErrorView {
  error: ErrorEntry;
  causes: CauseView[];
  actions: ActionView[];
  related: ErrorSummary[];
  /** The same error in the other locale, when it exists. */
  twin?: { locale: Locale; id: string };
  article?: { id: string; title: string; updated: string };
}

function toStepView(step: Step): StepView {
  const blocks = step.markdown ? parseRichText(step.markdown) : [];
  return {
    text: step.text,
    blocks:
      blocks.length > 0 ? blocks : [{ kind: "paragraph", children: [{ kind: "text", text: step.text }] }],
  };
}

const toActionView = (action: Action): ActionView => ({ id: action.id, steps: action.steps.map(toStepView) });

const summarize = (error: ErrorEntry): ErrorSummary => ({
  id: error.id,
  title: error.title,
  codes: error.codes,
});

export function buildErrorView(error: ErrorEntry, catalog: Catalog): ErrorView {
  const twin = catalog.errors.find((e) => e.id === error.id && e.locale !== error.locale);
  const article = catalog.articles.find((a) => a.id === error.article && a.locale === error.locale);
  return {
    error,
    causes: error.causes.map((cause, index) => ({
      id: cause.id,
      anchor: causeAnchor(cause.id),
      number: index + 1,
      title: cause.title,
      explanation: cause.explanation,
      actions: cause.actions.map(toActionView),
    })),
    actions: error.actions.map(toActionView),
    related: findRelatedErrors(error, catalog.errors).map(summarize),
    ...(twin ? { twin: { locale: twin.locale, id: twin.id } } : {}),
    ...(article ? { article: { id: article.id, title: article.title, updated: article.updated } } : {}),
  };
}
