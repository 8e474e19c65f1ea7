// Decides what a section is, structure first and words second: an error (its heading, labels, tables or fix
// sub-sections say so), a container of listed errors, a flow (checklist or procedure), or plain text. Then, among
// siblings, a section whose heading names a failure is a code-less error when its siblings are errors too, or
// when it is a procedure (the steps are that failure's fix).
import type { PhrasingContent, RootContent } from "mdast";
import { hasHtml } from "./clean-cell-html";
import type { DiagnosticSink } from "./diagnostic";
import {
  addCodes,
  extractHeadingCodes,
  extractMessageCodes,
  introducesCode,
  isCodeLike,
} from "./extract-codes";
import type { SourceSection } from "./find-sections";
import { planFlow, type FlowPlan } from "./build-flow";
import { toPlainText } from "./plain-text";
import {
  findErrorTables,
  readErrorContent,
  readFixHeading,
  type ErrorContent,
  type PartsContext,
} from "./read-error-parts";
import { isRowErrorTable, readReferenceEntries, type ReferenceEntries } from "./read-reference-entries";
import { isNavigationHeading, namesFailure } from "./vocabulary";

/** Fewest siblings naming a failure that make a group of sections a list of problems without any coded error. */
const MIN_PROBLEM_SIBLINGS = 3;

export type SectionKind =
  | { kind: "error"; content: ErrorContent; codes: string[]; fixSections: SourceSection[] }
  | { kind: "container"; entries: ReferenceEntries }
  | { kind: "flow"; plan: FlowPlan }
  | { kind: "text" };

export interface ClassifyContext extends PartsContext {
  /** Anchors of sections that "Cause N: [title](#anchor)" lines point at: shared causes, not errors. */
  causeTargets: ReadonlySet<SourceSection>;
  sink: DiagnosticSink;
}

/** What a section is by its own structure, before looking at its siblings. */
export function classifySection(
  section: SourceSection,
  level: number,
  context: ClassifyContext,
): SectionKind {
  if (isNavigationHeading(section.title) || context.causeTargets.has(section)) return { kind: "text" };
  const errorContext = context.errorContext || namesFailure(section.title);
  const partsContext = { ...context, errorContext, current: section };
  const fixSections = section.children.filter((child) => readFixHeading(child.heading) !== undefined);
  const headingCodes = [...extractHeadingCodes(section.title)];
  addCodes(headingCodes, extractMessageCodes(section.title));
  const proseCodes = collectSectionProseCodes(section.blocks);
  const tables = findErrorTables(section.blocks, errorContext);
  const rowTables = tables.filter((table) => isRowErrorTable(table, errorContext));
  const content = readErrorContent(section.blocks, fixSections, partsContext);
  const labelled =
    content.labelCodes.length > 0 ||
    content.messages.length > 0 ||
    content.parts.some((part) => part.kind !== "body");
  const sectionTables = tables.length > rowTables.length;
  const coded = headingCodes.length > 0 || proseCodes.length > 0 || content.labelCodes.length > 0;
  if (coded || fixSections.length > 0 || sectionTables || (labelled && rowTables.length === 0)) {
    const codes = [...content.labelCodes];
    for (const message of content.messages) addCodes(codes, extractMessageCodes(message));
    addCodes(codes, content.tableCodes);
    addCodes(codes, proseCodes);
    if (content.labelCodes.length === 0) addCodes(codes, headingCodes);
    return { kind: "error", content, codes, fixSections };
  }
  const entries = readReferenceEntries(section.blocks, Math.min(4, level + 1), partsContext);
  if (entries.errors.length > 0) return { kind: "container", entries };
  const plan = planFlow(section.blocks, context.sink);
  if (plan) return { kind: "flow", plan };
  return { kind: "text" };
}

/**
 * True when a group of sibling sections is a list of problems: one of them is an error, or most of them (and at
 * least three) have headings that name a failure.
 */
export function isProblemList(siblings: readonly SourceSection[], kinds: readonly SectionKind[]): boolean {
  if (kinds.some((kind) => kind.kind === "error")) return true;
  const candidates = siblings.filter((section) => !isNavigationHeading(section.title));
  const failing = candidates.filter((section) => namesFailure(section.title, false)).length;
  return failing >= MIN_PROBLEM_SIBLINGS && failing * 2 > candidates.length;
}

/**
 * True when a section not otherwise an error describes a failure and its fix: its heading names a failure, it
 * has content, and it is either a procedure or one of a list of problems. Checklists stay flows.
 */
export function isSymptom(
  section: SourceSection,
  kind: SectionKind,
  problemList: boolean,
  context: ClassifyContext,
): boolean {
  if (isNavigationHeading(section.title) || context.causeTargets.has(section)) return false;
  if (!namesFailure(section.title) || section.blocks.length === 0) return false;
  if (kind.kind === "flow") return kind.plan.kind === "procedure";
  return kind.kind === "text" && problemList;
}

/** Codes a section's prose names as errors ("the error **X**", "error codes: **A**, **B**"). */
function collectSectionProseCodes(blocks: readonly RootContent[]): string[] {
  const codes: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === "paragraph") collectProseCodes(node.children, codes);
    else if (node.type === "list" || node.type === "listItem" || node.type === "blockquote")
      (node.children as RootContent[]).forEach(visit);
  };
  blocks.forEach(visit);
  return codes;
}

/** Bold codes right after "error" wording (any language), and bold codes listed after such a code. */
function collectProseCodes(children: readonly PhrasingContent[], into: string[]): void {
  if (hasHtml(children) && children.some((c) => c.type === "html" && /<li/i.test(c.value))) return;
  let previousWasCode = false;
  let textBefore = "";
  for (const child of children) {
    if (child.type === "strong") {
      const token = toPlainText(child.children);
      const listed =
        previousWasCode && /^\s*(,|and|or|och|eller|und|oder|et|ou|y|o|e)?\s*$/i.test(textBefore);
      if (isCodeLike(token) && (introducesCode(textBefore) || listed)) {
        addCodes(into, [token]);
        previousWasCode = true;
      } else {
        previousWasCode = false;
      }
      textBefore = "";
    } else {
      textBefore += child.type === "text" ? child.value : toPlainText(child);
    }
  }
}
