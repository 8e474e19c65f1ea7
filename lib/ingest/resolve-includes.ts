// Expands `[!INCLUDE [title](path)]` lines with the included file, resolved relative to the article.
import type { Root, RootContent } from "mdast";
import type { DiagnosticSink } from "./diagnostic";
import { parseMarkdown } from "./parse-markdown";

export const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)\s*\]\s*$/i;
const MAX_DEPTH = 3;

/** Replaces include paragraphs in the tree's top level; a missing include is a located warning. */
export function resolveIncludes(
  tree: Root,
  source: string,
  sink: DiagnosticSink,
  readInclude: ((relativePath: string) => string | undefined) | undefined,
  depth = 0,
): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const path = includePath(node, source);
    if (path === undefined) return [node];
    const text = depth < MAX_DEPTH ? readInclude?.(path) : undefined;
    if (text === undefined) {
      sink.report(
        node.position?.start,
        "warning",
        depth < MAX_DEPTH
          ? `include ${path} was not found and was left out: add the file next to the article or remove the INCLUDE line`
          : `include ${path} is nested more than ${MAX_DEPTH} deep and was left out: flatten the includes`,
      );
      return [];
    }
    const included = parseMarkdown(text.replace(/\r\n?/g, "\n"));
    resolveIncludes(included, text, sink, readInclude, depth + 1);
    return included.children.filter((child) => child.type !== "yaml");
  });
}

function includePath(node: RootContent, source: string): string | undefined {
  if (node.type !== "paragraph") return undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return INCLUDE.exec(source.slice(start, end))?.[1];
}
