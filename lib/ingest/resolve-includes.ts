// Expands `[!INCLUDE [title](path)]` lines with the included file, resolved relative to the file that includes
// it and confined to the documentation root (lib/ingest/document-root.ts). Includes are bounded in depth and in
// total number, a cycle is reported once, and every problem is located at the article's INCLUDE line.
import type { Root, RootContent } from "mdast";
import { findLimitProblem, INPUT_LIMITS } from "../content/input-limits";
import type { Place } from "./diagnostic";
import type { DiagnosticSink } from "./diagnostic";
import type { DocumentRead, ReadDocument } from "./document-root";
import { parseMarkdown } from "./parse-markdown";

export const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)\s*\]\s*$/i;

/** State shared by every level of one article's includes. */
interface IncludeWalk {
  sink: DiagnosticSink;
  read: ReadDocument | undefined;
  /** Includes expanded so far, all levels together. */
  count: number;
  /** Characters of the article and its expanded includes. */
  characters: number;
  /** Messages already given, so a cycle or a missing file repeated everywhere is said once. */
  said: Set<string>;
}

/** Replaces include paragraphs in the tree's top level; each problem is a located diagnostic. */
export function resolveIncludes(
  tree: Root,
  source: string,
  sink: DiagnosticSink,
  read: ReadDocument | undefined,
): void {
  const walk: IncludeWalk = { sink, read, count: 0, characters: source.length, said: new Set() };
  expand(tree, source, walk, [], undefined);
}

/** `chain` holds the root-relative paths of the includes being expanded, outermost first. */
function expand(tree: Root, source: string, walk: IncludeWalk, chain: string[], at: Place | undefined): void {
  const from = chain.at(-1);
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const reference = includePath(node, source);
    if (reference === undefined) return [node];
    const place = at ?? node.position?.start;
    // `key` says what a problem is about (a cycle through one file), so it is said once however it is written.
    const report = (severity: "error" | "warning", message: string, key = message) => {
      if (walk.said.has(key)) return;
      walk.said.add(key);
      walk.sink.report(place, severity, message);
    };
    const via = chain.length > 0 ? ` (included from ${chain.join(" → ")})` : "";
    if (chain.length >= INPUT_LIMITS.includeDepth) {
      report(
        "warning",
        `include ${reference}${via} is nested more than ${INPUT_LIMITS.includeDepth} deep and was not read: flatten the includes`,
      );
      return [];
    }
    if (walk.count >= INPUT_LIMITS.includes) {
      report(
        "error",
        `more than ${INPUT_LIMITS.includes} includes in one article, the limit: the includes after the ${INPUT_LIMITS.includes}th were not read; include fewer files`,
      );
      return [];
    }
    const found: DocumentRead = walk.read?.(reference, from) ?? { kind: "missing", path: reference };
    if (found.kind !== "found") {
      report(found.kind === "missing" ? "warning" : "error", describeUnread(reference, found, via));
      return [];
    }
    const article = walk.read?.articlePath;
    if (chain.includes(found.path) || found.path === article) {
      const cycle = [...(article === undefined ? [] : [article]), ...chain, found.path];
      report(
        "warning",
        `include ${reference} is a cycle (${cycle.join(" → ")}): the repeat was not read; remove one of the INCLUDE lines`,
        `cycle ${found.path}`,
      );
      return [];
    }
    walk.count++;
    const text = found.text.replace(/\r\n?/g, "\n");
    walk.characters += text.length;
    const limit = findLimitProblem(text);
    if (limit || walk.characters > INPUT_LIMITS.documentBytes) {
      report(
        "error",
        `include ${found.path}${via} was not read: ${limit ? `at its line ${limit.line}, ${limit.message}` : `the article with its includes is over the limit of ${INPUT_LIMITS.documentBytes.toLocaleString("en")} bytes`}`,
      );
      return [];
    }
    const included = parseMarkdown(text);
    expand(included, text, walk, [...chain, found.path], place);
    return included.children.filter((child) => child.type !== "yaml");
  });
}

function describeUnread(reference: string, found: DocumentRead, via: string): string {
  switch (found.kind) {
    case "absolute":
      return `include ${reference}${via} is an absolute path and was not read: write a path relative to the article, inside the documentation root`;
    case "outside":
      return `include ${reference}${via} points outside the documentation root and was not read: keep includes inside the folder being imported, or pass --root`;
    case "too-large":
      return `include ${found.path}${via} is over the limit of ${INPUT_LIMITS.documentBytes.toLocaleString("en")} bytes and was not read: split it`;
    default:
      return `include ${reference}${via} is missing: add the file (${found.path}) or remove the INCLUDE line`;
  }
}

function includePath(node: RootContent, source: string): string | undefined {
  if (node.type !== "paragraph") return undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return INCLUDE.exec(source.slice(start, end))?.[1];
}
