/**
 * The data an error page (and its embed card) shows, shaped for rendering: every piece of the fix once, as
 * safe rich text. Actions of one cause sit in that cause's card; an action several causes share is shown once
 * after them, naming its causes (which are then "possible causes"); actions for the whole error and the body
 * come last. Nothing the error holds is left out.
 */
import type { Action, Catalog, ErrorEntry, Step } from "../schema/entities";
import { richBlocksOf, type LinkBase, type RichBlock } from "../markdown/parse-rich-text";
import {
  generalActions,
  hasDocumentedFix,
  ownActionsOfCause,
  sharedActions as findSharedActions,
} from "../content/error-fixes";
import { articlePath, causeAnchor } from "./urls";
import { findRelatedErrors } from "./related-errors";

export interface StepView {
  text: string;
  blocks: RichBlock[];
}
/** A cause an action applies to, as the action names it. */
export interface CauseRef {
  anchor: string;
  number: number;
  title: string;
}
export interface ActionView {
  id: string;
  steps: StepView[];
  /** The causes a shared action fixes (empty for one cause's own action, or the whole error's). */
  appliesTo: CauseRef[];
  /** True when a shared action fixes every cause of the error. */
  appliesToAll: boolean;
}
export interface CauseView {
  id: string;
  /** Anchor on the error page, e.g. `cause-2`. */
  anchor: string;
  /** 1-based position, shown on the card. */
  number: number;
  title: string;
  explanation: string;
  /** The explanation as rich text (empty when there is none). */
  explanationBlocks: RichBlock[];
  /** Actions that fix this cause alone. */
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
  /** Whether the causes share actions, so they read as "possible causes" of one fix. */
  causesArePossible: boolean;
  /** Actions several causes share, each once, in document order. */
  sharedActions: ActionView[];
  /** Actions for the error as a whole, in document order. */
  actions: ActionView[];
  /** Everything else the documentation says about the error, as rich text (empty when nothing). */
  body: RichBlock[];
  /** True when the body is the only fix (no actions): it is then headed "What to do". */
  bodyIsTheFix: boolean;
  /** False for a reference entry (code and message only): the page says honestly that no fix is documented. */
  hasFix: boolean;
  related: ErrorSummary[];
  /**
   * The article defining the error: its product (search on the page prefers that product's codes), its date
   * (for the printout) and the ids it serves under other names.
   */
  article?: {
    id: string;
    title: string;
    product: string;
    updated: string;
    renamedIds: Record<string, string>;
  };
}

const toStepView = (step: Step, links: LinkBase): StepView => ({
  text: step.text,
  blocks: richBlocksOf(step.markdown, step.text, links),
});

const summarize = (error: ErrorEntry): ErrorSummary => ({
  id: error.id,
  title: error.title,
  codes: error.codes,
});

export function buildErrorView(error: ErrorEntry, catalog: Catalog): ErrorView {
  const article = catalog.articles.find((a) => a.id === error.article && a.locale === error.locale);
  // The text's `#section` links point into the article, which holds those anchors; this page does not.
  const links: LinkBase = {
    anchorBase: articlePath(error.locale, error.article),
    broken: article?.brokenLinks ?? [],
  };
  const refs = new Map(
    error.causes.map((cause, index) => [
      cause.id,
      { anchor: causeAnchor(cause.id), number: index + 1, title: cause.title },
    ]),
  );
  const toActionView = (action: Action): ActionView => ({
    id: action.id,
    steps: action.steps.map((step) => toStepView(step, links)),
    appliesTo: action.causes.length > 1 ? action.causes.flatMap((id) => refs.get(id) ?? []) : [],
    appliesToAll: action.causes.length > 1 && action.causes.length === error.causes.length,
  });
  const sharedActions = findSharedActions(error).map(toActionView);
  return {
    error,
    causes: error.causes.map((cause, index) => ({
      id: cause.id,
      anchor: causeAnchor(cause.id),
      number: index + 1,
      title: cause.title,
      explanation: cause.explanation,
      explanationBlocks: richBlocksOf(cause.explanationMarkdown, cause.explanation, links),
      actions: ownActionsOfCause(error, cause.id).map(toActionView),
    })),
    causesArePossible: sharedActions.length > 0,
    sharedActions,
    actions: generalActions(error).map(toActionView),
    body: error.body ? richBlocksOf(error.body.markdown, error.body.text, links) : [],
    bodyIsTheFix: error.actions.length === 0,
    hasFix: hasDocumentedFix(error),
    related: findRelatedErrors(error, catalog.errors).map(summarize),
    ...(article
      ? {
          article: {
            id: article.id,
            title: article.title,
            product: article.product,
            renamedIds: article.renamedIds,
            updated: article.updated,
          },
        }
      : {}),
  };
}
