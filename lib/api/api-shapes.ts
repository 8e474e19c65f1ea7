/**
 * The JSON API's resources, shaped from catalog entities. Field names here are the public contract
 * (documented in openapi.ts): add fields, never rename or remove them. Source locations stay internal.
 */
import type { Action, Article, ErrorEntry, Flow, Locale } from "../schema/entities";
import { IdSchema } from "../schema/entities";
import { isFlowEnd, successorsOf } from "../flows/flow-graph";
import { actionsOfCause } from "../content/error-fixes";
import { articlePath, errorFixPath, errorPath, flowPath } from "../site/urls";

export interface ErrorListItem {
  id: string;
  locale: Locale;
  title: string;
  codes: string[];
  /** Site path of the error page, e.g. `/sv/errors/x`. */
  url: string;
  /** Id of the article that defines the error. */
  article: string;
}

export interface ApiStep {
  text: string;
  /** The step as written, in Markdown (links, inline code, nested sub-items). */
  markdown: string;
  commands: string[];
  links: Array<{ text: string; href: string }>;
}
export interface ApiAction {
  id: string;
  /** Ids of the causes it fixes; empty when it applies to the error as a whole. */
  causes: string[];
  steps: ApiStep[];
}
export interface ApiCause {
  id: string;
  title: string;
  explanation: string;
  explanationMarkdown: string;
  /** Every action that fixes this cause (one several causes share appears under each of them). */
  actions: ApiAction[];
}
export interface ApiRichText {
  markdown: string;
  text: string;
}
export interface ErrorResource extends ErrorListItem {
  section: string | null;
  message: string;
  causes: ApiCause[];
  /** Every action of the error once, in document order, each naming its causes. */
  actions: ApiAction[];
  /** Everything else the documentation says about the error, or null. */
  body: ApiRichText | null;
  /** Site path of the guided fix. */
  fixUrl: string;
  /** Path of the embeddable card. */
  embedUrl: string;
}

export interface FlowNode {
  id: string;
  /** `step` (instruction), `question` (yes/no), or one of the ends `done` / `escalate`. */
  type: "step" | "question" | "end";
  text: string;
  question: string | null;
  commands: string[];
}
export interface FlowEdge {
  from: string;
  to: string;
  label: "next" | "yes" | "no";
}
export interface FlowResource {
  id: string;
  locale: Locale;
  article: string;
  title: string;
  kind: "procedure" | "checklist";
  /** `authored` in an article, or `error` when derived from an error's causes. */
  origin: "authored" | "error";
  intro: string;
  start: string;
  url: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface ArticleListItem {
  id: string;
  locale: Locale;
  title: string;
  description: string;
  product: string;
  updated: string;
  url: string;
}
export interface ArticleResource extends ArticleListItem {
  errors: string[];
  flows: string[];
  sections: Array<{ id: string; title: string; depth: number }>;
}

export function toErrorListItem(error: ErrorEntry): ErrorListItem {
  return {
    id: error.id,
    locale: error.locale,
    title: error.title,
    codes: [...error.codes],
    url: errorPath(error.locale, error.id),
    article: error.article,
  };
}

const toApiAction = (action: Action): ApiAction => ({
  id: action.id,
  causes: [...action.causes],
  steps: action.steps.map((step) => ({
    text: step.text,
    markdown: step.markdown,
    commands: [...step.commands],
    links: step.links.map((link) => ({ text: link.text, href: link.href })),
  })),
});

export function toErrorResource(error: ErrorEntry): ErrorResource {
  return {
    ...toErrorListItem(error),
    section: error.section ?? null,
    message: error.message,
    causes: error.causes.map((cause) => ({
      id: cause.id,
      title: cause.title,
      explanation: cause.explanation,
      explanationMarkdown: cause.explanationMarkdown,
      actions: actionsOfCause(error, cause.id).map(toApiAction),
    })),
    actions: error.actions.map(toApiAction),
    body: error.body ? { markdown: error.body.markdown, text: error.body.text } : null,
    fixUrl: errorFixPath(error.locale, error.id),
    embedUrl: `/embed${errorPath(error.locale, error.id)}`,
  };
}

/** A flow as a graph: one node per step plus the ends it reaches, one edge per choice. */
export function toFlowResource(flow: Flow, origin: FlowResource["origin"]): FlowResource {
  const nodes: FlowNode[] = flow.steps.map((step) => ({
    id: step.id,
    type: step.question === undefined ? "step" : "question",
    text: step.text,
    question: step.question ?? null,
    commands: [...step.commands],
  }));
  const edges: FlowEdge[] = flow.steps.flatMap((step) =>
    successorsOf(flow, step).map((choice) => ({ from: step.id, to: choice.target, label: choice.label })),
  );
  const ends = [...new Set(edges.map((edge) => edge.to).filter(isFlowEnd))].sort();
  for (const end of ends) nodes.push({ id: end, type: "end", text: end, question: null, commands: [] });
  return {
    id: flow.id,
    locale: flow.locale,
    article: flow.article,
    title: flow.title,
    kind: flow.kind,
    origin,
    intro: flow.intro,
    start: flow.steps[0]?.id ?? "done",
    url: origin === "error" ? errorFixPath(flow.locale, flow.id) : flowPath(flow.locale, flow.id),
    nodes,
    edges,
  };
}

export function toArticleListItem(article: Article): ArticleListItem {
  return {
    id: article.id,
    locale: article.locale,
    title: article.title,
    description: article.description,
    product: article.product,
    updated: article.updated,
    url: articlePath(article.locale, article.id),
  };
}

export function toArticleResource(article: Article): ArticleResource {
  return {
    ...toArticleListItem(article),
    errors: [...article.errors],
    flows: [...article.flows],
    sections: article.toc.map((entry) => ({ id: entry.id, title: entry.title, depth: entry.depth })),
  };
}

/** Whether `id` can name an entity: the id grammar, at most 200 characters. Anything else is a 404. */
export function isEntityId(id: string): boolean {
  return IdSchema.safeParse(id).success;
}
