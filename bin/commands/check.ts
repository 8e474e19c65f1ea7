/** `fixpath check [dir]`: validates all content and prints every problem as `file:line:column severity message`. */
import { buildCatalog, formatDiagnostic, resolveContentDir } from "../../lib/content/build-catalog";
import type { Catalog } from "../../lib/schema/entities";

export const summary = "Validate content/ and print every problem with file:line:column";
export const usage = [
  "Usage: fixpath check [dir]",
  "",
  "Validates every <locale>/*.mdx under dir (default: $FIXPATH_CONTENT_DIR, else content): MDX syntax, allowed components",
  "and props, front matter, entities, internal links and cross-locale consistency.",
  "Prints one problem per line, sorted, then a summary. Exits 1 if any problem is an error.",
].join("\n");

export interface CheckReport {
  /** The problems, one `file:line:column severity message` per line, sorted. */
  lines: string[];
  /** e.g. `2 errors, 1 warning in 3 files`. */
  summary: string;
  exitCode: number;
}

export async function checkContent(root: string, dir = resolveContentDir()): Promise<CheckReport> {
  return reportCatalog(await buildCatalog({ root, contentDir: dir }));
}

/** Turns a catalog's diagnostics into the report `check` prints. */
export function reportCatalog(catalog: Catalog): CheckReport {
  const count = (severity: string) => catalog.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const files = new Set(catalog.diagnostics.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summaryLine =
    errors + warnings === 0
      ? `no problems in ${plural(catalog.articles.length, "article")}`
      : `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`;
  return {
    lines: catalog.diagnostics.map(formatDiagnostic),
    summary: summaryLine,
    exitCode: errors > 0 ? 1 : 0,
  };
}

export async function run(args: string[]): Promise<number> {
  const dirs = args.filter((a) => !a.startsWith("-"));
  if (dirs.length > 1) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const report = await checkContent(process.cwd(), dirs[0]);
  const out = report.exitCode ? process.stderr : process.stdout;
  out.write([...report.lines, report.summary].join("\n") + "\n");
  return report.exitCode;
}
