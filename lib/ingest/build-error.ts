// Builds `<Error>` components (with `<Message>`, `<Cause>`s and `<Action>`s) from an analysed error section.
import type { BlockContent, List, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import {
  readCellMessages,
  readMessageCodes,
  type ErrorSectionAnalysis,
  type TableMarker,
} from "./analyze-error-section";
import type { DiagnosticSink } from "./diagnostic";
import { addCodes, parseCodeList } from "./extract-codes";
import { createComponent, type FlowChild } from "./jsx-node";
import type { IdAllocator } from "./make-id";
import type { CellBlocks, ErrorTableRow } from "./parse-error-table";
import { toPlainText } from "./plain-text";
import { chooseErrorTitle, titleFromMessage } from "../content/error-title";
import { sanitizeBlocks } from "./sanitize-blocks";

export interface ErrorBuildContext {
  id: string;
  title: string;
  level: number;
  locale: string;
  ids: IdAllocator;
  sink: DiagnosticSink;
}

/** A cause cell this short is its own title; longer ones are split after their first sentence. */
const SHORT_TITLE = 160;

interface CauseDraft {
  title: string;
  explanation: FlowChild[];
  actions: CellBlocks | undefined;
}

/** The components for one error section: one `<Error>`, or a `<Section>` of one error per table row. */
export function buildErrorNodes(analysis: ErrorSectionAnalysis, context: ErrorBuildContext): FlowChild[] {
  const rows = analysis.tables.flatMap((table) => table.rows);
  const sectionCodes = [...analysis.codeLines, ...analysis.headingCodes, ...analysis.proseCodes];
  const oneErrorPerRow =
    rows.length > 1 &&
    rows.every((row) => row.message || row.code) &&
    sectionCodes.length === 0 &&
    analysis.messages.length === 0;
  return oneErrorPerRow ? buildRowErrors(analysis, rows, context) : [buildSectionError(analysis, context)];
}

function buildSectionError(analysis: ErrorSectionAnalysis, context: ErrorBuildContext): MdxJsxFlowElement {
  const rows = analysis.tables.flatMap((table) => table.rows);
  const messages = [
    ...analysis.messages,
    ...rows.flatMap((row) => (row.message ? readCellMessages(row.message) : [])),
  ];
  const codes = [...analysis.codeLines];
  addCodes(codes, readMessageCodes(messages));
  for (const row of rows)
    if (row.code) addCodes(codes, parseCodeList(toPlainText(row.code as RootContent[])));
  addCodes(codes, analysis.proseCodes);
  if (analysis.codeLines.length === 0) addCodes(codes, analysis.headingCodes);

  const counter = { causes: 0, actions: 0 };
  const body = analysis.blocks.flatMap((block): FlowChild[] =>
    isMarker(block)
      ? buildTableParts(block.table.rows, counter, context)
      : sanitizeBlocks([block], context.sink),
  );
  return createComponent(
    "Error",
    {
      id: context.id,
      title: chooseErrorTitle(context.title, codes, messages[0] ?? ""),
      codes: codes.join(" ") || undefined,
      level: levelProp(context.level),
    },
    [...messageNodes(messages), ...body],
  );
}

function buildRowErrors(
  analysis: ErrorSectionAnalysis,
  rows: readonly ErrorTableRow[],
  context: ErrorBuildContext,
): FlowChild[] {
  const free = sanitizeBlocks(
    analysis.blocks.filter((block): block is RootContent => !isMarker(block)),
    context.sink,
  );
  const section = createComponent(
    "Section",
    { id: context.id, title: context.title, level: levelProp(context.level) },
    free,
  );
  const errors = rows.map((row, index) => {
    const messages = row.message ? readCellMessages(row.message) : [];
    const codes = row.code ? parseCodeList(toPlainText(row.code as RootContent[])) : [];
    addCodes(codes, readMessageCodes(messages));
    const title =
      titleFromMessage(messages[0] ?? "", codes) ||
      codes.join(", ") ||
      firstSentence(messages[0] ?? "") ||
      `${context.title} ${index + 1}`;
    const id = context.ids.allocate(
      codes.join("-") || firstWords(messages[0] ?? ""),
      `${context.id}-${index + 1}`,
    );
    const counter = { causes: 0, actions: 0 };
    return createComponent(
      "Error",
      { id, title, codes: codes.join(" ") || undefined, level: levelProp(Math.min(4, context.level + 1)) },
      [...messageNodes(messages), ...buildTableParts([row], counter, context)],
    );
  });
  return [section, ...errors];
}

/** Causes (each with the row's actions) or, without a cause column, actions. */
function buildTableParts(
  rows: readonly ErrorTableRow[],
  counter: { causes: number; actions: number },
  context: ErrorBuildContext,
): FlowChild[] {
  const out: FlowChild[] = [];
  for (const row of rows) {
    if (row.cause) {
      for (const cause of readCauses(row.cause, context.locale)) {
        counter.causes++;
        const actions = cause.actions ?? row.action;
        out.push(
          createComponent("Cause", { id: `cause-${counter.causes}`, title: cause.title }, [
            ...cause.explanation,
            ...(actions ? [createComponent("Action", {}, clone(actions))] : []),
          ]),
        );
      }
    } else if (row.action) {
      counter.actions++;
      out.push(createComponent("Action", {}, clone(row.action)));
    }
  }
  return out;
}

/** One cause per listed reason when the cell is a list of several, otherwise one cause with a bold or first-sentence title. */
function readCauses(blocks: CellBlocks, locale: string): CauseDraft[] {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === "list" && only.children.length > 1) {
    return only.children.map((item) => {
      const drafts = readCauses(item.children.filter(isCellBlock), locale);
      return drafts[0] ?? { title: fallbackCauseTitle(locale), explanation: [], actions: undefined };
    });
  }
  return [readLeadTitle(blocks, locale)];
}

function readLeadTitle(blocks: CellBlocks, locale: string): CauseDraft {
  const [first, ...rest] = blocks;
  if (first?.type !== "paragraph") {
    return {
      title: toPlainText(first ? [first] : []) || fallbackCauseTitle(locale),
      explanation: clone(blocks),
      actions: undefined,
    };
  }
  const lead = takeBoldLead(first.children);
  const whole = toPlainText(first.children);
  if (!lead && whole.length <= SHORT_TITLE) {
    return { title: whole, explanation: clone(rest), actions: undefined };
  }
  if (lead) {
    const remaining: Paragraph[] = lead.rest.length > 0 ? [{ type: "paragraph", children: lead.rest }] : [];
    return { title: lead.title, explanation: clone([...remaining, ...rest]), actions: undefined };
  }
  const sentence = takeFirstSentence(first.children);
  if (sentence) {
    const remaining: Paragraph[] =
      sentence.rest.length > 0 ? [{ type: "paragraph", children: sentence.rest }] : [];
    return { title: sentence.title, explanation: clone([...remaining, ...rest]), actions: undefined };
  }
  return {
    title: toPlainText(first.children) || fallbackCauseTitle(locale),
    explanation: clone(rest),
    actions: undefined,
  };
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
    else if (child.type === "text" && /^\s*(eller|or|och|and)?\s*$/i.test(child.value)) continue;
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
  const match = /^(.+?[.!?])(\s+|$)/.exec(first.value);
  if (!match?.[1]) return undefined;
  const remainder = first.value.slice(match[0].length);
  const rest = remainder ? [{ ...first, value: remainder }, ...children.slice(1)] : children.slice(1);
  return { title: match[1].trim(), rest: [...rest] };
}

function messageNodes(messages: readonly string[]): FlowChild[] {
  if (messages.length === 0) return [];
  return [
    createComponent(
      "Message",
      {},
      messages.map((message): Paragraph => ({
        type: "paragraph",
        children: [{ type: "text", value: message }],
      })),
    ),
  ];
}

function isMarker(block: RootContent | TableMarker): block is TableMarker {
  return block.type === "errorTable";
}

function isCellBlock(block: BlockContent | RootContent): block is Paragraph | List {
  return block.type === "paragraph" || block.type === "list";
}

function levelProp(level: number): string | undefined {
  return level === 2 ? undefined : String(level);
}

function fallbackCauseTitle(locale: string): string {
  return locale === "sv" ? "Orsak" : "Cause";
}

function firstSentence(text: string): string {
  const sentence = /^(.+?[.!?:])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence;
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 8).join(" ");
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
