// Errors listed inside a section rather than one per heading: definition lists (`**ERROR_NAME**`, then
// `2 (0x2)`, then the message), bullet lists of codes (`` `EACCES` (Permission denied): … ``), error tables
// (one error per row, also inside lists) and errors named in prose ("with the error *A critical inconsistency…*").
import type { Emphasis, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong } from "mdast";
import { addBody, type ErrorDraft } from "./error-draft";
import { addCodes, classifyCode, extractMessageCodes, isCodeLike, isUpperIdentifier } from "./extract-codes";
import { toPlainText } from "./plain-text";
import { readRow, type PartsContext } from "./read-error-parts";
import { isErrorTable, parseErrorTable, readColumnRoles } from "./parse-error-table";
import { errorWords } from "./vocabulary";

/** Fewest entries that make a run of terms a definition list, or a list a list of codes. */
const MIN_ENTRIES = 2;
/** Share of a list's items that must open with a code for it to be a list of codes. */
const CODE_LIST_SHARE = 0.8;
/** Fewest words of an emphasized span named as an error in prose. */
const MIN_MESSAGE_WORDS = 3;

/** A value line of a definition-list entry: `2 (0x2)`, `0x80070005`, `-2147024891 (0x80070005)`. */
const VALUE_LINE = /^\s*(-?\d+|0x[0-9a-f]+)\s*(?:\(\s*(-?\d+|0x[0-9a-f]+)\s*\))?\s*$/i;

/** Errors found in a container section's blocks, and the blocks that are left. */
export interface ReferenceEntries {
  errors: ErrorDraft[];
  blocks: RootContent[];
}

/** Finds listed errors in blocks; `level` is the heading level the errors are written at. */
export function readReferenceEntries(
  blocks: readonly RootContent[],
  level: number,
  context: PartsContext,
): ReferenceEntries {
  const result: ReferenceEntries = { errors: [], blocks: [] };
  const definitions = readDefinitionList(blocks, level);
  const remaining = definitions ? definitions.blocks : [...blocks];
  if (definitions) result.errors.push(...definitions.errors);
  for (const block of remaining) {
    if (block.type === "list") {
      const codeList = readCodeList(block, level);
      if (codeList) {
        result.errors.push(...codeList);
        continue;
      }
    }
    const tables: RootContent[] = [];
    const kept = takeNestedTables(block, context, tables);
    for (const table of tables) result.errors.push(...readTableErrors(table, level, context));
    if (!kept) continue;
    const named = readNamedMessages(kept, level);
    result.errors.push(...named.errors);
    if (named.block) result.blocks.push(named.block);
  }
  return result;
}

/** One error per row of an error table whose rows each carry a code or message. */
export function readTableErrors(table: RootContent, level: number, context: PartsContext): ErrorDraft[] {
  if (table.type !== "table") return [];
  const roles = readColumnRoles(table, context.errorContext);
  const parsed = parseErrorTable(table, roles, context.source, context.sink);
  return parsed.rows.map((row): ErrorDraft => {
    const content = readRow(row, context);
    const codes = [...content.tableCodes];
    return {
      title: codes.join(", ") || firstSentence(content.messages[0] ?? "") || context.causeTitle,
      codes,
      messages: content.messages,
      parts: content.parts,
      level,
      place: row.place,
    };
  });
}

/** True when every row of an error table carries a code or a message, so each row is an error of its own. */
export function isRowErrorTable(table: RootContent, errorContext: boolean): boolean {
  if (table.type !== "table") return false;
  const roles = readColumnRoles(table, errorContext);
  if (!isErrorTable(roles) || !(roles.includes("code") || roles.includes("message"))) return false;
  return table.children.length > 2;
}

/** Takes error tables out of a block (at any depth in lists and quotes); returns what is left. */
function takeNestedTables(
  block: RootContent,
  context: PartsContext,
  into: RootContent[],
): RootContent | undefined {
  if (block.type === "table" && isRowErrorTable(block, context.errorContext)) {
    into.push(block);
    return undefined;
  }
  if (block.type !== "list" && block.type !== "listItem" && block.type !== "blockquote") return block;
  const children = (block.children as RootContent[]).flatMap((child) => {
    const kept = takeNestedTables(child, context, into);
    return kept ? [kept] : [];
  });
  return { ...block, children } as RootContent;
}

/** `**ERROR_NAME**`, then an optional value line `2 (0x2)`, then the description, repeated. */
function readDefinitionList(blocks: readonly RootContent[], level: number): ReferenceEntries | undefined {
  const terms = blocks.flatMap((block, index) => (readTerm(block) ? [index] : []));
  if (terms.length < MIN_ENTRIES) return undefined;
  const result: ReferenceEntries = { errors: [], blocks: blocks.slice(0, terms[0]) };
  terms.forEach((start, n) => {
    const end = terms[n + 1] ?? blocks.length;
    const name = readTerm(blocks[start]!)!;
    const codes = [name];
    const description: RootContent[] = [];
    for (const block of blocks.slice(start + 1, end)) {
      if (block.type === "html" && !/[\p{L}\p{N}]/u.test(block.value.replace(/<[^>]*>/g, ""))) continue;
      const value =
        codes.length === 1 && description.length === 0 && block.type === "paragraph"
          ? readValueLine(block)
          : undefined;
      if (value) addCodes(codes, value);
      else description.push(block);
    }
    const first = description.findIndex((block) => block.type === "paragraph");
    const message = first >= 0 ? toPlainText(description[first]!) : "";
    const parts: ErrorDraft["parts"] = [];
    addBody(
      parts,
      description.filter((_, index) => index !== first),
    );
    result.errors.push({
      anchor: name,
      title: name,
      codes,
      messages: message ? [message] : [],
      parts,
      level,
      place: blocks[start]!.position?.start,
    });
  });
  return result;
}

/** The code a definition term names: a paragraph that is one bold or code span holding a code. */
function readTerm(block: RootContent): string | undefined {
  if (block.type !== "paragraph") return undefined;
  const meaningful = block.children.filter(
    (child) => child.type !== "html" && !(child.type === "text" && child.value.trim() === ""),
  );
  const [only] = meaningful;
  if (meaningful.length !== 1 || (only?.type !== "strong" && only?.type !== "inlineCode")) return undefined;
  const text = toPlainText(only).trim();
  return classifyCode(text) === "strong" || isUpperIdentifier(text) ? text : undefined;
}

function readValueLine(block: Paragraph): string[] | undefined {
  const meaningful = block.children.filter((child) => child.type !== "html");
  const match = VALUE_LINE.exec(toPlainText(meaningful));
  return match ? [match[1]!, ...(match[2] ? [match[2]] : [])] : undefined;
}

/** A bullet list whose items open with a code: `` `EACCES` (Permission denied): An attempt was made… ``. */
function readCodeList(list: List, level: number): ErrorDraft[] | undefined {
  const entries = list.children.map(readCodeItem);
  const found = entries.filter((entry) => entry !== undefined);
  if (found.length < MIN_ENTRIES || found.length / list.children.length < CODE_LIST_SHARE) return undefined;
  if (found.length !== list.children.length) return undefined;
  return found.map(({ code, name, item }) => ({
    anchor: code,
    title: name ? `${code} (${name})` : code,
    codes: [code],
    messages: [],
    parts: [{ kind: "body", blocks: structuredClone(item.children) }],
    level,
    place: item.position?.start,
  }));
}

function readCodeItem(item: ListItem): { code: string; name?: string; item: ListItem } | undefined {
  const first = item.children[0];
  if (first?.type !== "paragraph") return undefined;
  const [lead, next] = first.children;
  if (lead?.type !== "inlineCode" && lead?.type !== "strong") return undefined;
  const code = toPlainText(lead).trim();
  if (!(isCodeLike(code) || isUpperIdentifier(code))) return undefined;
  const after = next?.type === "text" ? next.value : "";
  const shape = /^\s*(?:\(([^)]{1,80})\))?\s*[:：–—-]\s/.exec(after);
  if (!shape) return undefined;
  return { code, name: shape[1]?.trim(), item };
}

/**
 * An error named in prose by its message: the word "error" (any language), then an emphasized span of several
 * words ("with the error *A critical inconsistency was detected…*"). The list item or paragraph that names it
 * becomes that error; the rest of the block stays where it was.
 */
function readNamedMessages(block: RootContent, level: number): { errors: ErrorDraft[]; block?: RootContent } {
  if (block.type === "paragraph") {
    const message = findNamedMessage(block.children);
    return message ? { errors: [namedError(message, [block], level, block)] } : { errors: [], block };
  }
  if (block.type !== "list") return { errors: [], block };
  const errors: ErrorDraft[] = [];
  const items = block.children.filter((item) => {
    const lead = item.children[0];
    const message = lead?.type === "paragraph" ? findNamedMessage(lead.children) : undefined;
    if (message) errors.push(namedError(message, item.children, level, item));
    return !message;
  });
  return { errors, block: items.length > 0 ? { ...block, children: items } : undefined };
}

function namedError(
  message: string,
  blocks: readonly RootContent[],
  level: number,
  at: RootContent,
): ErrorDraft {
  return {
    title: firstSentence(message),
    codes: extractMessageCodes(message),
    messages: [message],
    parts: [{ kind: "body", blocks: structuredClone([...blocks]) }],
    level,
    place: at.position?.start,
  };
}

function findNamedMessage(children: readonly PhrasingContent[]): string | undefined {
  const words = new RegExp(`(?:^|[^\\p{L}])(?:${errorWords().join("|")})\\s*[:：]?\\s*$`, "iu");
  let before = "";
  for (const child of children) {
    if ((child.type === "emphasis" || child.type === "strong") && words.test(before)) {
      const text = toPlainText((child as Emphasis | Strong).children);
      if (text.split(/\s+/).length >= MIN_MESSAGE_WORDS) return text;
    }
    before += child.type === "text" ? child.value : toPlainText(child);
    before = before.slice(-60);
  }
  return undefined;
}

/** The first sentence of a text, for a title (cut at a word when long). */
export function firstSentence(text: string): string {
  const sentence = /^(.+?[.!?:。！？：])(\s|$)/su.exec(text)?.[1] ?? text;
  const trimmed = sentence.replace(/\s*[:：]$/, "").trim();
  return trimmed.length > 160 ? `${trimmed.slice(0, 157).replace(/\s+\S*$/, "")}…` : trimmed;
}
