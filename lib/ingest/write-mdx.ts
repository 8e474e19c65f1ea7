// Prints the MDX article deterministically: YAML front matter, then components and Markdown.
import type { Parents, Root, RootContent, Text } from "mdast";
import { frontmatterToMarkdown } from "mdast-util-frontmatter";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown, type Info, type State } from "mdast-util-to-markdown";
import { stringify } from "yaml";

/** Front matter of an imported article (see lib/schema/front-matter.ts). */
export interface ImportedFrontMatter {
  title: string;
  description: string;
  product: string;
  updated: string;
  origin?: string;
}

/** The MDX text; the same tree always prints the same bytes. */
export function writeMdx(frontMatter: ImportedFrontMatter, children: readonly RootContent[]): string {
  const yaml = stringify(dropUndefined(frontMatter), { lineWidth: 0 }).trimEnd();
  const tree: Root = { type: "root", children: [{ type: "yaml", value: yaml }, ...children] };
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown(), frontmatterToMarkdown(["yaml"])],
    bullet: "-",
    emphasis: "*",
    strong: "*",
    fence: "`",
    fences: true,
    rule: "-",
    listItemIndent: "one",
    // MDX has no autolinks (`<https://…>`), so links are always written `[text](url)`.
    resourceLink: true,
    handlers: { text: writeText },
  });
}

/** Characters that `safe` never escapes in the middle of a text: letters, digits, most punctuation is not. */
let plainText: RegExp | undefined;

/**
 * Text nodes are most of a document. Escaping checks every unsafe pattern against each of them, which made
 * printing the slowest step of an import; a text without any character an unsafe pattern names (nor a
 * backslash, line break, tab, or a space at either end) is printed as it is, exactly as escaping would leave it.
 */
function writeText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  plainText ??= buildPlainText(state);
  const value = node.value;
  if (plainText.test(value) && !value.startsWith(" ") && !value.endsWith(" ")) return value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? 0;
  return state.safe(value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
}

function buildPlainText(state: State): RegExp {
  const special = new Set(["\\", "\n", "\r", "\t"]);
  for (const pattern of state.unsafe) if (pattern.character !== " ") special.add(pattern.character);
  const escaped = [...special].map((character) => character.replace(/[\]^\\-]/g, "\\$&")).join("");
  return new RegExp(`^[^${escaped}]*$`);
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
