/** Reads and validates an article's YAML front matter, with problems located at the offending key. */
import { isMap, isScalar, LineCounter } from "yaml";
import type { Root } from "mdast";
import type { Diagnostic, Locale } from "@/lib/schema/entities";
import { FrontMatterSchema, type FrontMatter } from "@/lib/schema/front-matter";
import { parseYamlSafely } from "./safe-yaml";

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  diagnostics: Diagnostic[];
}

const EXAMPLE = "---\\ntitle: …\\ndescription: …\\nproduct: …\\nupdated: YYYY-MM-DD\\n---";

/** Validates the `yaml` node that starts the tree; the locale, if given, must match the folder's. */
export function readFrontMatter(tree: Root, file: string, locale: Locale): FrontMatterResult {
  const node = tree.children[0];
  if (!node || node.type !== "yaml") {
    return {
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: "error",
          message: `missing front matter: start the file with ${EXAMPLE}`,
        },
      ],
    };
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const yaml = parseYamlSafely(node.value, lineCounter);
  const at = (offset: number | undefined, message: string): Diagnostic => {
    // A missing key has no place of its own: point at the opening `---`.
    if (offset === undefined) return { file, line: firstLine - 1, column: 1, severity: "error", message };
    const pos = lineCounter.linePos(offset);
    return { file, line: firstLine + pos.line - 1, column: pos.col, severity: "error", message };
  };
  if (yaml.problem || !yaml.document)
    return {
      diagnostics: [at(yaml.problem?.offset, `front matter is not valid YAML: ${yaml.problem?.message}`)],
    };
  const document = yaml.document;
  const parsed = FrontMatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
        const key = String(issue.path[0] ?? unknownKey ?? "");
        const offset = key ? findKeyOffset(document.contents, key) : undefined;
        return at(offset, describeFrontMatterIssue(key, issue.message, issue.code));
      }),
    };
  }
  if (parsed.data.locale && parsed.data.locale !== locale) {
    const offset = findKeyOffset(document.contents, "locale");
    return {
      diagnostics: [
        at(
          offset,
          `front matter says locale "${parsed.data.locale}" but the file is in the ${locale}/ folder: fix or remove the locale`,
        ),
      ],
    };
  }
  return { frontMatter: parsed.data, diagnostics: [] };
}

function findKeyOffset(contents: unknown, key: string): number | undefined {
  if (!isMap(contents)) return undefined;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.key.range?.[0];
  }
  return undefined;
}

function describeFrontMatterIssue(key: string, zodMessage: string, code: string): string {
  if (code === "unrecognized_keys")
    return `front matter: ${zodMessage}; allowed keys are title, description, product, updated, locale, origin`;
  if (!key) return `front matter must be a YAML map of keys: ${EXAMPLE}`;
  if (code === "invalid_type" && /undefined/.test(zodMessage))
    return `front matter is missing \`${key}\`: add \`${key}: …\``;
  if (key === "updated") return "front matter `updated` must be a date written YYYY-MM-DD";
  return `front matter \`${key}\`: ${zodMessage}`;
}
