// Causes from a cause cell or a cause section: one per listed reason, titled by a bold lead or first sentence.
import type { BlockContent, List, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { CauseDraft } from "./error-draft";
import { toPlainText } from "./plain-text";

/** A cause text this short is its own title; longer ones are split after their first sentence. */
const SHORT_TITLE = 160;
/** Longest title taken from a sentence; longer ones are cut at a word. */
const MAX_TITLE = 200;

/**
 * One cause per listed reason when the blocks are a list of several (an intro line ending in a colon may come
 * first, and is kept with the first cause's explanation), otherwise one cause with a bold or first-sentence title.
 */
export function readCauses(blocks: readonly RootContent[], fallbackTitle: string): CauseDraft[] {
  const lists = blocks.filter((block): block is List => block.type === "list");
  const only = lists.length === 1 ? lists[0]! : undefined;
  const others = blocks.filter((block) => block !== only);
  const introOnly = others.every(
    (block) => block.type === "paragraph" && /[:：]\s*$/.test(toPlainText(block)),
  );
  if (only && only.children.length > 1 && introOnly) {
    return only.children.map((item, index) => {
      const drafts = readCauses(item.children, fallbackTitle);
      const draft = drafts[0] ?? { title: fallbackTitle, explanation: [], actions: [] };
      return index === 0 && others.length > 0
        ? { ...draft, explanation: [...others, ...draft.explanation] }
        : draft;
    });
  }
  return blocks.length > 0 ? [readLeadTitle(blocks, fallbackTitle)] : [];
}

function readLeadTitle(blocks: readonly RootContent[], fallbackTitle: string): CauseDraft {
  const [first, ...rest] = blocks;
  if (first?.type !== "paragraph") {
    return {
      title: toPlainText(first ? [first] : []).slice(0, MAX_TITLE) || fallbackTitle,
      explanation: clone([...blocks]),
      actions: [],
    };
  }
  const lead = takeBoldLead(first.children);
  const whole = toPlainText(first.children);
  if (!lead && whole.length <= SHORT_TITLE)
    return { title: whole || fallbackTitle, explanation: clone(rest), actions: [] };
  const split = lead ?? takeFirstSentence(first.children);
  if (split) {
    const remaining: Paragraph[] = split.rest.length > 0 ? [{ type: "paragraph", children: split.rest }] : [];
    return {
      title: cut(split.title) || fallbackTitle,
      explanation: clone([...remaining, ...rest]),
      actions: [],
    };
  }
  return { title: cut(whole) || fallbackTitle, explanation: clone([...blocks]), actions: [] };
}

function cut(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  return `${title.slice(0, MAX_TITLE).replace(/\s+\S*$/, "")}…`;
}

/** The bold run that opens a cell ("**A** or **B**"), and what follows it. */
function takeBoldLead(
  children: readonly PhrasingContent[],
): { title: string; rest: PhrasingContent[] } | undefined {
  let end = 0;
  let bold = 0;
  for (; end < children.length; end++) {
    const child = children[end]!;
    if (child.type === "strong") bold++;
    else if (child.type === "break") continue;
    else if (child.type === "text" && /^\s*(eller|or|och|and|ou|et|oder|und|o|y)?\s*$/i.test(child.value))
      continue;
    else break;
  }
  if (bold === 0) return undefined;
  const rest = children.slice(end);
  while (rest[0]?.type === "break" || (rest[0]?.type === "text" && rest[0].value.trim() === "")) rest.shift();
  return { title: toPlainText(children.slice(0, end)), rest };
}

function takeFirstSentence(
  children: readonly PhrasingContent[],
): { title: string; rest: PhrasingContent[] } | undefined {
  const first = children[0];
  if (first?.type !== "text") return undefined;
  const match = /^(.+?[.!?。！？])(\s+|$)/su.exec(first.value);
  if (!match?.[1]) return undefined;
  const remainder = first.value.slice(match[0].length);
  const rest = remainder ? [{ ...first, value: remainder }, ...children.slice(1)] : children.slice(1);
  return { title: match[1].replace(/\s+/g, " ").trim(), rest: [...rest] };
}

/** True for the blocks a list item or cell may hold. */
export function isCellBlock(block: BlockContent | RootContent): block is Paragraph | List {
  return block.type === "paragraph" || block.type === "list";
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
