// Prints the MDX article deterministically: YAML front matter, then components and Markdown.
import type { Root, RootContent } from "mdast";
import { frontmatterToMarkdown } from "mdast-util-frontmatter";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";
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
  });
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
