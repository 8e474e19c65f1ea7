/**
 * Reads one `<Error>` into an ErrorEntry: its message, causes, actions (each naming the causes it fixes)
 * and its body (every other block, in order). Ids the author left out are derived from content
 * (entity-ids.ts). Problems come back as located diagnostics; nothing the author wrote is dropped.
 */
import type { Link } from "mdast";
import type { Node } from "unist";
import {
  ErrorEntrySchema,
  type Action,
  type Cause,
  type Diagnostic,
  type ErrorEntry,
  type Locale,
  type Step,
} from "@/lib/schema/entities";
import { nameActionIds, nameCauseIds } from "./entity-ids";
import { componentsOf, locateIssuePath, othersOf, splitChildren } from "./component-children";
import { joinBlocksMarkdown, sliceMarkdown } from "./markdown-source";
import { isComponent, isParent, locate, readProp, type JsxElement } from "./mdx-node";
import { toPlainText } from "./plain-text";
import { validateEntity } from "./validate-entity";

export interface ErrorContext {
  /** Path of the file, for diagnostics and the entity's source. */
  file: string;
  locale: Locale;
  articleId: string;
  /** Id of the enclosing `<Section>`, if any. */
  section: string | undefined;
  /** The whole (normalised) file text, which node offsets index. */
  source: string;
}

/** What the error is made of before validation: each part with the node it came from. */
interface DraftCause {
  node: JsxElement;
  explicitId: string | undefined;
  title: string;
  explanation: Node[];
}
interface DraftAction {
  node: JsxElement;
  explicitId: string | undefined;
  /** The cause it is nested in (today's format), or undefined at error level. */
  enclosingCause: DraftCause | undefined;
  steps: Step[];
}

/** The error, or undefined after reporting why it is invalid. */
export function extractError(
  element: JsxElement,
  context: ErrorContext,
  diagnostics: Diagnostic[],
): ErrorEntry | undefined {
  const children = splitChildren(element, ["Message", "Cause", "Action"], context.file, diagnostics);
  const messages = componentsOf(children, "Message");
  for (const extra of messages.slice(1)) {
    diagnostics.push({
      ...locate(extra, context.file),
      severity: "error",
      message: "an <Error> has one <Message>: merge them or move the text into a <Cause>",
    });
  }
  const draftCauses: DraftCause[] = [];
  const draftActions: DraftAction[] = [];
  for (const { component } of children) {
    if (component?.name === "Cause") readCause(component, context, diagnostics, draftCauses, draftActions);
    if (component?.name === "Action") draftActions.push(readAction(component, undefined, context));
  }
  const causes = buildCauses(draftCauses, context.source);
  const causeIdOf = new Map(draftCauses.map((draft, index) => [draft, causes[index]!.id]));
  const actionIds = nameActionIds(
    draftActions.map((draft) => ({ id: draft.explicitId, stepTexts: draft.steps.map((step) => step.text) })),
  );
  const nodesByPath = new Map<string, Node>();
  draftCauses.forEach((draft, index) => nodesByPath.set(`causes.${index}`, draft.node));
  draftActions.forEach((draft, index) => nodesByPath.set(`actions.${index}`, draft.node));
  const actions = draftActions.map((draft, index): Action => ({
    id: actionIds[index]!,
    causes: draft.enclosingCause
      ? [causeIdOf.get(draft.enclosingCause)!]
      : readActionCauses(draft.node, causes, context.file, diagnostics),
    steps: draft.steps,
  }));
  const bodyNodes = othersOf(children);
  const bodyMarkdown = joinBlocksMarkdown(bodyNodes, context.source);
  const draft = {
    id: readProp(element, "id") ?? "",
    locale: context.locale,
    article: context.articleId,
    ...(context.section === undefined ? {} : { section: context.section }),
    title: readProp(element, "title") ?? "",
    codes: (readProp(element, "codes") ?? "").split(/\s+/).filter(Boolean),
    message: messages[0] ? toPlainText(messages[0].children as Node[]) : "",
    causes,
    actions,
    ...(bodyMarkdown === "" ? {} : { body: { markdown: bodyMarkdown, text: toPlainText(bodyNodes) } }),
    source: locate(element, context.file),
  };
  return validateEntity(
    ErrorEntrySchema,
    draft,
    `<Error id="${draft.id}">`,
    draft.source,
    (path) => locateIssuePath(path, nodesByPath, context.file),
    diagnostics,
  );
}

/** A cause and the actions nested in it (which fix that cause). */
function readCause(
  cause: JsxElement,
  context: ErrorContext,
  diagnostics: Diagnostic[],
  causes: DraftCause[],
  actions: DraftAction[],
): void {
  const children = splitChildren(cause, ["Action"], context.file, diagnostics);
  const draft: DraftCause = {
    node: cause,
    explicitId: readProp(cause, "id"),
    title: readProp(cause, "title") ?? "",
    explanation: othersOf(children),
  };
  causes.push(draft);
  for (const action of componentsOf(children, "Action")) {
    if (readProp(action, "causes") !== undefined) {
      diagnostics.push({
        ...locate(action, context.file),
        severity: "error",
        message:
          "an <Action> inside a <Cause> fixes that cause: remove causes=…, or move the <Action> after the causes to share it",
      });
    }
    actions.push(readAction(action, draft, context));
  }
}

function readAction(
  action: JsxElement,
  enclosingCause: DraftCause | undefined,
  context: ErrorContext,
): DraftAction {
  return {
    node: action,
    explicitId: readProp(action, "id"),
    enclosingCause,
    steps: extractActionSteps(action, context.source),
  };
}

function buildCauses(drafts: readonly DraftCause[], source: string): Cause[] {
  const ids = nameCauseIds(drafts.map((draft) => ({ id: draft.explicitId, title: draft.title })));
  return drafts.map((draft, index) => ({
    id: ids[index]!,
    title: draft.title,
    explanation: toPlainText(draft.explanation),
    explanationMarkdown: joinBlocksMarkdown(draft.explanation, source),
  }));
}

/** The `causes` prop of an error-level action, in the error's cause order; unknown ids are reported. */
function readActionCauses(
  action: JsxElement,
  causes: readonly Cause[],
  file: string,
  diagnostics: Diagnostic[],
): string[] {
  const named = new Set((readProp(action, "causes") ?? "").split(/\s+/).filter(Boolean));
  const known = new Set(causes.map((cause) => cause.id));
  for (const id of named) {
    if (known.has(id)) continue;
    const choices = causes.length > 0 ? causes.map((cause) => cause.id).join(", ") : "none yet";
    diagnostics.push({
      ...locate(action, file),
      severity: "error",
      message: `<Action causes="…"> names "${id}", which is not a cause of this error: use the id of one of its <Cause>s (${choices})`,
    });
  }
  return causes.map((cause) => cause.id).filter((id) => named.has(id));
}

/**
 * A list gives one step per item (nested sub-items stay inside their step); otherwise each paragraph (or
 * other block) is one step. A code block or a callout belongs to the step before it.
 */
function extractActionSteps(action: JsxElement, source: string): Step[] {
  if (action.type === "mdxJsxTextElement") return [buildStep(action.children as Node[], source)];
  const steps: Step[] = [];
  for (const block of action.children as Node[]) {
    const previous = steps.at(-1);
    if (block.type === "list" && isParent(block)) {
      steps.push(...block.children.map((item) => buildStep(isParent(item) ? item.children : [item], source)));
    } else if (previous && (block.type === "code" || isComponent(block, "Callout"))) {
      steps[steps.length - 1] = appendToStep(previous, block, source);
    } else steps.push(buildStep([block], source));
  }
  return steps.filter((step) => step.text !== "" || step.commands.length > 0);
}

function buildStep(nodes: readonly Node[], source: string): Step {
  const text = toPlainText(nodes);
  return {
    markdown: sliceMarkdown(nodes, source) || text,
    text,
    commands: collectCommands(nodes),
    links: collectStepLinks(nodes),
  };
}

function appendToStep(step: Step, block: Node, source: string): Step {
  const extra = buildStep([block], source);
  return {
    markdown: [step.markdown, extra.markdown].filter(Boolean).join("\n\n"),
    // A command is already in `commands`; its text would only repeat it in the step's sentence.
    text: block.type === "code" ? step.text : [step.text, extra.text].filter(Boolean).join("\n"),
    commands: [...step.commands, ...extra.commands],
    links: [...step.links, ...extra.links],
  };
}

/** Inline code and fenced code in the nodes, verbatim (trimmed), in document order. */
export function collectCommands(nodes: readonly Node[]): string[] {
  const commands: string[] = [];
  const visit = (node: Node) => {
    if (node.type === "inlineCode" || node.type === "code") {
      const value = ((node as { value?: string }).value ?? "").trim();
      if (value) commands.push(value);
    }
    if (isParent(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return commands;
}

function collectStepLinks(nodes: readonly Node[]): Step["links"] {
  const links: Step["links"] = [];
  const visit = (node: Node) => {
    if (node.type === "link") links.push({ text: toPlainText([node]), href: (node as Link).url });
    else if (isParent(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return links;
}
