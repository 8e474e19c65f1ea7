/**
 * YAML front matter read safely, for `check`, the build, dev and the importer alike: aliases are limited (an
 * alias bomb is a located error, not an exception), custom tags (`!foo`, `!!js/function`) are refused, and any
 * failure is a located problem, never a throw.
 */
import { isNode, parseDocument, visit, type Document, type LineCounter } from "yaml";

/** Most alias expansions while turning the document into data; front matter never needs anchors at all. */
export const MAX_YAML_ALIASES = 10;

export interface SafeYaml {
  /** The parsed document, for locating keys; undefined when it could not be parsed. */
  document?: Document.Parsed;
  /** The plain data; undefined when there is a problem. */
  value?: unknown;
  /** The first problem, at an offset into the YAML text. */
  problem?: { offset: number; message: string };
}

export function parseYamlSafely(text: string, lineCounter?: LineCounter): SafeYaml {
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, customTags: [], uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { problem: { offset: 0, message: firstLine(error) } };
  }
  const error = document.errors[0];
  if (error) return { document, problem: { offset: error.pos[0], message: firstLine(error) } };
  // A tag the schema does not know is only a warning to the YAML library: here it is refused.
  const unknownTag = document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  if (unknownTag)
    return {
      document,
      problem: {
        offset: unknownTag.pos[0],
        message: `${firstLine(unknownTag)}: front matter holds plain text, numbers and dates, no tags`,
      },
    };
  let tagged: { offset: number; message: string } | undefined;
  visit(document, (_key, node) => {
    if (isNode(node) && node.tag && !node.tag.startsWith("tag:yaml.org,2002:")) {
      tagged = {
        offset: node.range?.[0] ?? 0,
        message: `the tag ${node.tag} is not allowed: front matter holds plain text, numbers and dates`,
      };
      return visit.BREAK;
    }
    return undefined;
  });
  if (tagged) return { document, problem: tagged };
  try {
    return { document, value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    return {
      document,
      problem: {
        offset: 0,
        message: `${firstLine(error)} (at most ${MAX_YAML_ALIASES} alias expansions): write the values out instead of using anchors and aliases`,
      },
    };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "parse error";
}
