// Labels inside paragraphs, in any language: `Error code: X`, `**Felmeddelande**: Y`, `**Cause**`,
// `Step 2: do this`, `**Orsak 1: [title](#anchor)**`. A paragraph is read line by line (`<br>`, hard breaks and
// newlines end lines), because documents stack several labelled lines in one paragraph.
import type { Link, Paragraph, PhrasingContent } from "mdast";
import { toPlainText } from "./plain-text";
import { readLabel, type Label } from "./vocabulary";

/** Longest text before a colon that is still read as a label. */
const MAX_LABEL_CHARS = 40;

/** Splits phrasing content into lines at `<br>`, hard breaks and newlines. */
export function splitLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "break" || (child.type === "html" && /^<\/?br\b|^<\/br>/i.test(child.value))) {
      lines.push([]);
    } else if (child.type === "text" && child.value.includes("\n")) {
      child.value.split("\n").forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part) lines.at(-1)?.push({ ...child, value: part });
      });
    } else {
      lines.at(-1)?.push(child);
    }
  }
  return lines.filter((line) => toPlainText(line) !== "" || line.some((node) => node.type === "image"));
}

/** Lines back into one paragraph's phrasing content, separated by hard breaks. */
export function joinLines(lines: readonly PhrasingContent[][]): PhrasingContent[] {
  return lines.flatMap((line, index) => (index > 0 ? [{ type: "break" } as const, ...line] : [...line]));
}

/** A paragraph made of lines, or undefined when there are none. */
export function linesToParagraph(
  lines: readonly PhrasingContent[][],
  from?: Paragraph,
): Paragraph | undefined {
  if (lines.length === 0) return undefined;
  return {
    type: "paragraph",
    children: joinLines(lines),
    ...(from?.position ? { position: from.position } : {}),
  };
}

/** A line that opens with a label, and what follows the label (without the colon). */
export interface LabelledLine {
  label: Label;
  /** The label as written, e.g. `Orsak 1`. */
  text: string;
  rest: PhrasingContent[];
}

/**
 * Reads a label at the start of a line: the text before the first colon (`Error code: X`, `**Step 1**: do`),
 * or the whole line when it is only a label (`**Cause**`, `Solution`). A line that is one bold span is read
 * inside the span (`**Orsak 1: [title](#a)**`).
 */
export function readLeadLabel(line: readonly PhrasingContent[]): LabelledLine | undefined {
  if (!mayOpenWithLabel(line)) return undefined;
  const nodes = unwrapBold(trimLine(line));
  if (nodes.length === 0) return undefined;
  const whole = toPlainText(nodes);
  if (whole.length <= MAX_LABEL_CHARS) {
    const label = readLabel(whole);
    if (label) return { label, text: whole.replace(/[:：]\s*$/, ""), rest: [] };
  }
  let before = "";
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const text = node.type === "text" ? node.value : toPlainText(node);
    const colon = node.type === "text" ? text.search(/[:：]/) : -1;
    if (colon >= 0) {
      const labelText = (before + text.slice(0, colon)).trim();
      if (labelText.length > MAX_LABEL_CHARS) return undefined;
      const label = readLabel(labelText);
      if (!label) return undefined;
      const after = text.slice(colon + 1).replace(/^\s+/, "");
      const rest = [...(after ? [{ type: "text", value: after } as const] : []), ...nodes.slice(i + 1)];
      return { label, text: labelText, rest: trimLine(rest) };
    }
    if (node.type === "link" || node.type === "image") return undefined;
    before += text;
    if (before.length > MAX_LABEL_CHARS) return undefined;
    // "**Error code**: X": the label is the bold run, the colon opens the next text node.
    if (node.type === "strong") {
      const next = nodes[i + 1];
      if (next?.type === "text" && /^\s*[:：]/.test(next.value)) continue;
    }
  }
  return undefined;
}

/**
 * Cheap test before reading a label: a label is at most MAX_LABEL_CHARS long and is either the whole line or
 * followed by a colon, so a line whose opening text is longer than that without a colon has none.
 */
function mayOpenWithLabel(line: readonly PhrasingContent[]): boolean {
  let head = "";
  for (const node of line) {
    head += leadingText(node);
    if (head.length > MAX_LABEL_CHARS + 1) break;
    if (node.type === "link" || node.type === "image") break;
  }
  return head.length <= MAX_LABEL_CHARS + 1 || /[:：]/.test(head.slice(0, MAX_LABEL_CHARS + 2));
}

function leadingText(node: PhrasingContent): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) return node.children.map(leadingText).join("");
  return "";
}

/** True when a line holds a link to an anchor of this document, as a cause reference does. */
function hasAnchorLink(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some(
    (node) =>
      (node.type === "link" && node.url.startsWith("#")) ||
      ("children" in node && hasAnchorLink(node.children)),
  );
}

/** A line that is only a label and a link to an anchor of this document: `Orsak 1: [title](#anchor)`. */
export function readLabelledReference(
  line: readonly PhrasingContent[],
): (LabelledLine & { link: Link }) | undefined {
  if (!hasAnchorLink(line)) return undefined;
  const labelled = readLeadLabel(line);
  if (!labelled) return undefined;
  const content = unwrapBold(labelled.rest);
  const [only, ...others] = content;
  if (only?.type !== "link" || !only.url.startsWith("#") || others.some((n) => toPlainText([n]) !== ""))
    return undefined;
  return { ...labelled, link: only };
}

/** A line that is entirely one bold span is read as its content. */
function unwrapBold(line: readonly PhrasingContent[]): PhrasingContent[] {
  const trimmed = trimLine(line);
  return trimmed.length === 1 && trimmed[0]!.type === "strong" ? trimLine(trimmed[0]!.children) : trimmed;
}

/** The line without blank text at either end. */
export function trimLine(line: readonly PhrasingContent[]): PhrasingContent[] {
  const out = [...line];
  while (out.length > 0 && isBlank(out[0]!)) out.shift();
  while (out.length > 0 && isBlank(out.at(-1)!)) out.pop();
  if (out[0]?.type === "text") out[0] = { ...out[0], value: out[0].value.replace(/^\s+/, "") };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, "") };
  return out;
}

function isBlank(node: PhrasingContent): boolean {
  return (
    (node.type === "text" && node.value.trim() === "") ||
    (node.type === "html" && /^<\/?br\b|^<\/br>/i.test(node.value))
  );
}
