// Recognises procedures (numbered steps, with "go directly to step N" branches) and checklists (bullet checks)
// and builds `<Flow>`/`<Step>` components from them.
import type { Code, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong } from "mdast";
import type { DiagnosticSink } from "./diagnostic";
import { createComponent, type FlowChild } from "./jsx-node";
import { toPlainText } from "./plain-text";
import { sanitizeBlocks } from "./sanitize-blocks";
import { findJumpToStep, phrasesFor, saysFound } from "./vocabulary";

export type FlowKind = "procedure" | "checklist";

/** A section's blocks split into the flow's intro, its list, and what follows the list. */
export interface FlowPlan {
  kind: FlowKind;
  intro: RootContent[];
  items: ListItem[];
  after: RootContent[];
}

const MIN_CHECKLIST_ITEMS = 3;
const MIN_CHECK_WORDS = 4;

/** The flow a section's blocks form, or undefined when they are not a procedure or checklist. */
export function planFlow(blocks: readonly RootContent[], sink: DiagnosticSink): FlowPlan | undefined {
  const listIndex = blocks.findIndex((block) => block.type === "list");
  const list = blocks[listIndex];
  if (!list || list.type !== "list") return undefined;
  const intro = blocks.slice(0, listIndex);
  if (!intro.every((block) => block.type === "paragraph" || block.type === "html")) return undefined;
  if (list.ordered) {
    return list.children.length >= 2
      ? { kind: "procedure", intro, items: list.children, after: blocks.slice(listIndex + 1) }
      : undefined;
  }
  const { items, next } = mergeBrokenList(blocks, listIndex, sink);
  const lead = [...intro].reverse().find((block): block is Paragraph => block.type === "paragraph");
  const introduced = lead !== undefined && /[:：]\s*$/.test(toPlainText(lead));
  const checks = items.every(
    (item) => toPlainText(item.children[0] ? [item.children[0]] : []).split(/\s+/).length >= MIN_CHECK_WORDS,
  );
  if (!introduced || !checks || items.length < MIN_CHECKLIST_ITEMS) return undefined;
  return { kind: "checklist", intro, items, after: blocks.slice(next) };
}

/**
 * A code fence indented less than the list's content ends a bullet list in CommonMark; Microsoft Docs
 * authors meant it as part of the item, so fences between bullet lists are folded back into the item above.
 */
function mergeBrokenList(
  blocks: readonly RootContent[],
  start: number,
  sink: DiagnosticSink,
): { items: ListItem[]; next: number } {
  const first = blocks[start] as List;
  const items = first.children.map((item) => ({ ...item, children: [...item.children] }));
  let next = start + 1;
  while (blocks[next]?.type === "code") {
    let end = next;
    while (blocks[end]?.type === "code") end++;
    const following = blocks[end];
    if (following?.type !== "list" || following.ordered) break;
    const codes = blocks.slice(next, end) as Code[];
    for (const code of codes) {
      sink.report(
        code.position?.start,
        "info",
        "code fence indented less than the list item ends the list in Markdown: it was kept in the item above; indent it to the item's text",
      );
    }
    items.at(-1)?.children.push(...codes);
    items.push(...following.children.map((item) => ({ ...item, children: [...item.children] })));
    next = end + 1;
  }
  return { items, next };
}

export interface FlowBuildContext {
  id: string;
  title: string;
  level: number;
  /** Language of the document (`sv`, `fr`, `zh-hans`), for the questions the importer writes. */
  locale: string;
  sink: DiagnosticSink;
}

/** The `<Flow>` component for a plan; blocks after the list are returned to print after it. */
export function buildFlow(
  plan: FlowPlan,
  context: FlowBuildContext,
): { flow: FlowChild; after: FlowChild[] } {
  const steps = plan.items.map((item, index) =>
    plan.kind === "procedure"
      ? buildProcedureStep(item, index, plan.items.length, context)
      : createComponent("Step", { id: `step-${index + 1}` }, sanitizeBlocks(item.children, context.sink)),
  );
  const flow = createComponent(
    "Flow",
    {
      id: context.id,
      title: context.title,
      kind: plan.kind,
      level: context.level === 2 ? undefined : String(context.level),
    },
    [...sanitizeBlocks(plan.intro, context.sink), ...steps],
  );
  return { flow, after: sanitizeBlocks(plan.after, context.sink) };
}

function buildProcedureStep(
  item: ListItem,
  index: number,
  count: number,
  context: FlowBuildContext,
): FlowChild {
  const children = structuredClone(item.children);
  const branch = takeBranch(children, context.locale);
  const number = index + 1;
  const props: Record<string, string | undefined> = { id: `step-${number}` };
  if (branch && branch.target > number && branch.target <= count) {
    props.question = branch.question;
    props.yes = `step-${branch.target}`;
    props.no = number < count ? `step-${number + 1}` : "done";
  } else if (branch) {
    context.sink.report(
      item.position?.start,
      "warning",
      `step ${number} jumps to step ${branch.target}, which is not a later step of this procedure: check the step number`,
    );
  }
  return createComponent("Step", props, sanitizeBlocks(children, context.sink));
}

/**
 * Finds "If you find it, go directly to step N" (in any language) in a step, removes that sentence (the branch
 * says it) and makes a yes/no question from the step: "Did you find **X**?" for the bold thing the step looks for.
 */
function takeBranch(
  children: RootContent[],
  locale: string,
): { target: number; question: string } | undefined {
  for (const block of children) {
    if (block.type !== "paragraph") continue;
    for (let i = block.children.length - 1; i >= 0; i--) {
      const node = block.children[i]!;
      if (node.type !== "text") continue;
      const jump = findJumpToStep(node.value);
      if (!jump) continue;
      const sentenceStart = findSentenceStart(node.value, jump.index);
      const condition = node.value.slice(sentenceStart, jump.index).trim();
      const end = findSentenceEnd(node.value, jump.index + jump.length);
      node.value = (node.value.slice(0, sentenceStart) + node.value.slice(end)).trimEnd();
      const sought = lastStrong(block.children.slice(0, i + 1));
      return { target: jump.target, question: makeQuestion(condition, sought, locale) };
    }
  }
  return undefined;
}

function findSentenceStart(text: string, before: number): number {
  const head = text.slice(0, before);
  const ends = [". ", "! ", "? ", "。", "！", "？"].map((mark) => {
    const at = head.lastIndexOf(mark);
    return at < 0 ? -1 : at + mark.length;
  });
  return Math.max(0, ...ends);
}

function findSentenceEnd(text: string, from: number): number {
  const match = /[.。!！?？]/u.exec(text.slice(from));
  return match ? from + match.index + 1 : text.length;
}

function lastStrong(children: readonly PhrasingContent[]): string | undefined {
  const strong = [...children].reverse().find((child): child is Strong => child.type === "strong");
  return strong ? toPlainText(strong.children) : undefined;
}

function makeQuestion(condition: string, sought: string | undefined, locale: string): string {
  const phrases = phrasesFor(locale);
  if (saysFound(condition) && sought) return phrases.didYouFind.replace("{x}", sought);
  const clause = condition
    .replace(/^(om|if|wenn|si|se|als|hvis|jos|jeśli|pokud|ha|если)\s+/i, "")
    .replace(/[,、，\s]+$/u, "");
  if (!clause) return phrases.doesThisApply;
  return phrases.isItTrue.replace("{x}", clause);
}
