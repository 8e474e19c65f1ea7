// Prints the MDX article deterministically: YAML front matter, then components and Markdown.
//
// A small printer for exactly the nodes the importer produces, instead of mdast-util-to-markdown: that one
// weighs every unsafe pattern against every text and was the slowest step of importing a long document. Text
// is escaped conservatively (every character that could start Markdown, JSX or an expression), so what MDX
// parses back is the text that went in.
import type { List, ListItem, PhrasingContent, Root, RootContent, Table } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { stringify } from "yaml";

/** Front matter of an imported article (see lib/schema/front-matter.ts). */
export interface ImportedFrontMatter {
  title: string;
  description: string;
  product: string;
  updated: string;
  origin?: string;
}

/** Children of a component are indented by this much, as MDX authors write them. */
const INDENT = "  ";

/** The MDX text; the same tree always prints the same bytes. */
export function writeMdx(frontMatter: ImportedFrontMatter, children: readonly RootContent[]): string {
  const yaml = stringify(dropUndefined(frontMatter), { lineWidth: 0 }).trimEnd();
  const body = writeBlocks(children as Root["children"]);
  return `---\n${yaml}\n---\n${body ? `\n${body}\n` : ""}`;
}

function writeBlocks(blocks: readonly RootContent[]): string {
  const out: string[] = [];
  let previous: RootContent | undefined;
  for (const block of blocks) {
    const text = writeBlock(block, previous);
    if (text !== undefined) {
      out.push(text);
      previous = block;
    }
  }
  return out.join("\n\n");
}

function writeBlock(node: RootContent, previous: RootContent | undefined): string | undefined {
  switch (node.type) {
    case "paragraph":
      return writePhrasing(node.children, true) || undefined;
    case "heading":
      return `${"#".repeat(node.depth)} ${writePhrasing(node.children, false)}`;
    case "thematicBreak":
      return "***";
    case "code":
      return writeCode(node.value, [node.lang, node.meta].filter(Boolean).join(" "));
    case "blockquote":
      return prefixLines(writeBlocks(node.children), "> ", ">");
    case "list":
      return writeList(node, previous?.type === "list" && previous.ordered === node.ordered);
    case "table":
      return writeTable(node);
    case "html":
      // Raw HTML never reaches the output as markup: what sanitizing left is written as text.
      return escapeText(node.value, true);
    case "mdxJsxFlowElement":
      return writeComponent(node);
    default:
      return undefined;
  }
}

function writeComponent(node: MdxJsxFlowElement): string {
  const attributes = node.attributes
    .map((attribute) =>
      attribute.type === "mdxJsxAttribute" ? ` ${attribute.name}="${String(attribute.value ?? "")}"` : "",
    )
    .join("");
  const open = `<${node.name}${attributes}`;
  const inner = writeBlocks(node.children as RootContent[]);
  if (!inner) return `${open} />`;
  return `${open}>\n${prefixLines(inner, INDENT, "")}\n</${node.name}>`;
}

function writeCode(value: string, info: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = info.includes("`")
    ? "~".repeat(
        Math.max(
          3,
          (value.match(/~+/g) ?? []).reduce((m, r) => Math.max(m, r.length + 1), 3),
        ),
      )
    : "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${value}${value ? "\n" : ""}${fence}`;
}

/** A list; a list right after another of its kind gets other markers, or the two would merge. */
function writeList(list: List, afterSameKind: boolean): string {
  const start = list.start ?? 1;
  const items = list.children.map((item, index) => {
    const marker = list.ordered ? `${start + index}${afterSameKind ? ")" : "."}` : afterSameKind ? "*" : "-";
    return writeItem(item, marker);
  });
  return items.join(list.spread ? "\n\n" : "\n");
}

function writeItem(item: ListItem, marker: string): string {
  const content = writeBlocks(item.children as RootContent[]);
  if (!content) return marker;
  const indent = " ".repeat(marker.length + 1);
  const [first = "", ...rest] = content.split("\n");
  return [`${marker} ${first}`, ...rest.map((line) => (line ? indent + line : line))].join("\n");
}

function writeTable(table: Table): string {
  const rows = table.children.map(
    (row) =>
      `| ${row.children.map((cell) => writePhrasing(cell.children, false).replace(/\\?\n/g, " ")).join(" | ")} |`,
  );
  const width = table.children[0]?.children.length ?? 0;
  const delimiter = Array.from({ length: width }, (_, index) => {
    const align = table.align?.[index];
    return align === "center" ? ":-:" : align === "left" ? ":--" : align === "right" ? "--:" : "---";
  });
  return [rows[0] ?? "", `| ${delimiter.join(" | ")} |`, ...rows.slice(1)].join("\n");
}

/** Inline content; `lineStart` says the first text opens a line (where `#`, `-`, `1.` would start a block). */
function writePhrasing(nodes: readonly PhrasingContent[], lineStart: boolean): string {
  let out = "";
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const atLineStart = out === "" ? lineStart : out.endsWith("\n");
    out += writeInline(node, atLineStart, out.at(-1) ?? "", nextCharacter(nodes, index + 1));
  }
  return out.replace(/[ \t]+$/g, "");
}

function writeInline(node: PhrasingContent, atLineStart: boolean, before: string, after: string): string {
  switch (node.type) {
    case "text":
      return escapeText(node.value, atLineStart);
    case "emphasis":
    case "strong":
    case "delete": {
      const marker = node.type === "emphasis" ? "*" : node.type === "strong" ? "**" : "~~";
      const inner = writePhrasing(node.children, false);
      const lead = /^\s*/.exec(inner)![0];
      const trail = /\s*$/.exec(inner)![0];
      const core = inner.slice(lead.length, inner.length - trail.length);
      if (!core) return inner;
      // Markers that could not open or close (punctuation inside, a letter outside) are left out, text kept.
      const opens = !(isPunctuation(core[0]!) && isWordCharacter(lead ? " " : before));
      const closes = !(isPunctuation(core.at(-1)!) && isWordCharacter(trail ? " " : after));
      return opens && closes ? `${lead}${marker}${core}${marker}${trail}` : inner;
    }
    case "inlineCode":
      return writeInlineCode(node.value);
    case "link": {
      const text = writePhrasing(node.children, false) || escapeText(node.url, false);
      return `[${text}](${writeDestination(node.url)}${writeTitle(node.title)})`;
    }
    case "image":
      return `![${escapeText(node.alt ?? "", false)}](${writeDestination(node.url)}${writeTitle(node.title)})`;
    case "break":
      return "\\\n";
    case "html":
      return escapeText(node.value, atLineStart);
    default:
      return "children" in node ? writePhrasing(node.children as PhrasingContent[], atLineStart) : "";
  }
}

function nextCharacter(nodes: readonly PhrasingContent[], from: number): string {
  const next = nodes[from];
  if (!next) return "";
  if (next.type === "text") return next.value.charAt(0);
  if (next.type === "break") return "\n";
  return "x";
}

function isPunctuation(character: string): boolean {
  return /[\p{P}\p{S}]/u.test(character);
}

function isWordCharacter(character: string): boolean {
  return character !== "" && /[\p{L}\p{N}]/u.test(character);
}

function writeInlineCode(value: string): string {
  const text = value.replace(/\n/g, " ");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[ `]|[ `]$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function writeDestination(url: string): string {
  const balanced = (url.match(/\(/g) ?? []).length === (url.match(/\)/g) ?? []).length;
  if (url === "" || /[\s<>]/.test(url) || !balanced) return `<${url.replace(/[<>\\]/g, (c) => `\\${c}`)}>`;
  return url.replace(/\\/g, "\\\\");
}

function writeTitle(title: string | null | undefined): string {
  return title ? ` "${title.replace(/["\\]/g, (c) => `\\${c}`)}"` : "";
}

/**
 * Escapes text for MDX: backslash, emphasis and code marks, brackets, `<` `>` `{` `}` `|` `~` `&` always;
 * `_` unless inside a word; `#`, `-`, `+`, `=` and `1.` at the start of a line. Spaces at line ends (which would
 * make hard breaks) and at line starts (which could make code) carry no meaning in text and are dropped.
 */
function escapeText(value: string, atLineStart: boolean): string {
  let text = value
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/[\\`*[\]<>{}|~&]/g, "\\$&")
    .replace(/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, "\\_")
    .replace(/\n([#+=-])/g, "\n\\$1")
    .replace(/\n(\d+)([.)])/g, "\n$1\\$2")
    .replace(/\n(import|export)\b/g, (_, word: string) => `\n${escapeKeyword(word)}`);
  if (atLineStart) {
    text = text
      .replace(/^[ \t]+/, "")
      .replace(/^([#+=-])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
      .replace(/^(import|export)\b/, (word) => escapeKeyword(word));
  }
  return text;
}

/**
 * `import`/`export` opening a line would be ECMAScript to MDX: the first letter becomes a character reference,
 * which MDX reads back as the same text.
 */
function escapeKeyword(word: string): string {
  return `&#${word.codePointAt(0)};${word.slice(1)}`;
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split("\n")
    .map((line) => (line ? prefix + line : emptyPrefix))
    .join("\n");
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
