// Reads the YAML front matter of a Microsoft Docs article (title, description, ms.* fields).
import type { Root } from "mdast";
import { LineCounter } from "yaml";
import { parseYamlSafely } from "../content/safe-yaml";
import type { DiagnosticSink } from "./diagnostic";

/** The front matter fields the importer uses; everything is optional in the source. */
export interface SourceFrontMatter {
  title?: string;
  description?: string;
  /** `ms.date`, e.g. `07/15/2019`. */
  date?: string;
  /** `ms.service`, e.g. `backup`. */
  service?: string;
  /** `ms.contentlocale`, `ms.locale`, `lang` or `locale`: any BCP-47 tag, e.g. `sv-SE`, `zh-Hans`. */
  contentLocale?: string;
  /** `ms.translationtype`, e.g. `MT` for machine translation. */
  translationType?: string;
}

/** Parses the `yaml` node of the tree, if any; malformed YAML is a warning, not a failure. */
export function parseFrontMatter(tree: Root, sink: DiagnosticSink): SourceFrontMatter {
  const node = tree.children[0];
  if (!node || node.type !== "yaml") return {};
  const lineCounter = new LineCounter();
  const yaml = parseYamlSafely(node.value, lineCounter);
  if (yaml.problem) {
    // The YAML text starts on the line after the opening `---`.
    const at = lineCounter.linePos(yaml.problem.offset);
    const line = (node.position?.start.line ?? 1) + at.line;
    sink.report(
      { line, column: at.col },
      "warning",
      `front matter is not valid YAML (${yaml.problem.message}): fix it so title and date can be read`,
    );
    return {};
  }
  const data = yaml.value;
  if (!data || typeof data !== "object") return {};
  const record = data as Record<string, unknown>;
  const read = (key: string): string | undefined => {
    const value = record[key];
    if (typeof value === "string") return value.trim();
    if (typeof value === "number") return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return undefined;
  };
  return {
    title: read("title"),
    description: read("description"),
    date: read("ms.date"),
    service: read("ms.service") ?? read("services"),
    contentLocale: read("ms.contentlocale") ?? read("ms.locale") ?? read("lang") ?? read("locale"),
    translationType: read("ms.translationtype"),
  };
}

/** `07/15/2019` or `2019-07-15` as ISO `YYYY-MM-DD`; undefined when unreadable. */
export function toIsoDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
  if (us) return `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}
