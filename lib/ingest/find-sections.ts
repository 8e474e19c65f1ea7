// Splits an article into sections: each heading (with its `<a name>`/`<a id>` anchor) and the blocks under it.
import type { Heading, Html, Root, RootContent } from "mdast";
import type { Place } from "./diagnostic";
import { slugifySourceAnchor } from "./make-id";
import { toPlainText } from "./plain-text";

export interface SourceSection {
  /** Heading depth, 1–6. */
  depth: number;
  /** Heading text, markup stripped. */
  title: string;
  /** The anchor the source gives (`<a name>`), or the slug Microsoft Docs would make; not yet a valid id. */
  anchor: string;
  /** The slug Microsoft Docs makes of the title (`#backups-dont-run`), which links may use. */
  slug: string;
  heading: Heading;
  /** Blocks between this heading and the next one. */
  blocks: RootContent[];
  /** Sections under this one (deeper headings before the next heading of this depth or less). */
  children: SourceSection[];
  /** The section this one is under, if any. */
  parent?: SourceSection;
  place: Place;
}

export interface SplitArticle {
  /** Blocks before the first heading (front matter excluded). */
  preamble: RootContent[];
  /** Every section in document order. */
  sections: SourceSection[];
  /** The top-level sections, each with its `children`. */
  roots: SourceSection[];
}

const ANCHOR = /<a\s+(?:name|id)\s*=\s*["']([^"']*)["'][^>]*>/i;
const ANCHOR_ONLY = /^\s*(?:<a\s+(?:name|id)\s*=\s*["'][^"']*["'][^>]*>\s*(?:<\/a>)?\s*)+$/i;

/** Splits the tree's top-level blocks at headings. */
export function findSections(tree: Root): SplitArticle {
  const preamble: RootContent[] = [];
  const sections: SourceSection[] = [];
  let pendingAnchor: string | undefined;
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (node.type === "html" && ANCHOR_ONLY.test(node.value)) {
      pendingAnchor = ANCHOR.exec(node.value)?.[1];
      continue;
    }
    if (node.type === "heading") {
      sections.push(openSection(node, pendingAnchor));
      pendingAnchor = undefined;
      continue;
    }
    pendingAnchor = undefined;
    (sections.at(-1)?.blocks ?? preamble).push(node);
  }
  return { preamble, sections, roots: nestSections(sections) };
}

/** Links each section to the nearest earlier section with a smaller depth. */
function nestSections(sections: readonly SourceSection[]): SourceSection[] {
  const roots: SourceSection[] = [];
  const open: SourceSection[] = [];
  for (const section of sections) {
    while (open.length > 0 && open.at(-1)!.depth >= section.depth) open.pop();
    const parent = open.at(-1);
    if (parent) {
      section.parent = parent;
      parent.children.push(section);
    } else {
      roots.push(section);
    }
    open.push(section);
  }
  return roots;
}

function openSection(heading: Heading, anchorBefore: string | undefined): SourceSection {
  const inner = heading.children.find(
    (child): child is Html => child.type === "html" && ANCHOR.test(child.value),
  );
  const title = toPlainText(heading.children);
  const slug = slugifySourceAnchor(title);
  const anchor = (inner && ANCHOR.exec(inner.value)?.[1]) || anchorBefore || slug;
  return {
    slug,
    depth: heading.depth,
    title,
    anchor,
    heading,
    blocks: [],
    children: [],
    place: heading.position?.start ?? { line: 1, column: 1 },
  };
}
