/** Finds every link target in an article with its place, so the catalog can check internal links across files. */
import type { Definition, Link, Root } from "mdast";
import type { Node } from "unist";
import type { SourceLocation } from "@/lib/schema/entities";
import { isParent, locate } from "./mdx-node";

export interface LocatedLink {
  href: string;
  location: SourceLocation;
}

export function collectLinks(tree: Root, file: string): LocatedLink[] {
  const links: LocatedLink[] = [];
  const visit = (node: Node) => {
    if (node.type === "link" || node.type === "definition") {
      links.push({ href: (node as Link | Definition).url, location: locate(node, file) });
    }
    if (isParent(node)) node.children.forEach(visit);
  };
  visit(tree);
  return links;
}
