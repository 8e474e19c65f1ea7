/**
 * `fixpath sync`: imports every recorded source again and three-way-merges the new import into the article as
 * edited by hand (lib/ingest/sync-merge.ts), so upstream updates arrive without losing an author's fixes.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findConflictMarkers } from "../../lib/content/conflict-markers";
import { formatDiagnostic } from "../../lib/content/format-diagnostic";
import { CatalogIds, readDefinedIds } from "../../lib/ingest/catalog-ids";
import { docName } from "../../lib/ingest/docs-tree";
import { mergeImport, type SyncStatus } from "../../lib/ingest/sync-merge";
import { SyncState } from "../../lib/ingest/sync-state";
import type { Diagnostic } from "../../lib/schema/entities";
import type { SyncEntry } from "../../lib/schema/sync-manifest";
import type { ProductIndex } from "../../lib/content/products-file";
import { importFile, readProductIndex } from "./import";

export const summary = "Re-import changed sources, merging them with hand edits";
export const usage = `Usage: fixpath sync [file|dir] [--dry-run] [--content DIR]

Imports again every source that \`fixpath import\` recorded in DIR/.fixpath-sync/manifest.json (or only those
at or under the path given) and three-way-merges each new import with the article as edited since the last
import: changes on one side are taken, changes on both sides in different places are both kept, and changes
to the same lines are written between conflict markers (<<<<<<< local, ||||||| base, =======, >>>>>>> upstream)
and reported as errors. Ids stay stable when upstream renames a heading.

  --dry-run      print what would change (unchanged, updated, merged, conflict) and write nothing
  --content DIR  the content folder (default content)

Prints one line per article, then diagnostics as file:line:column severity message.
Exits 1 while any conflict remains (until its markers are resolved) or on any other error.`;

interface SyncArgs {
  /** Only sources at or under these paths; none means every recorded source. */
  only: string[];
  dryRun: boolean;
  contentDir: string;
}

function parseArgs(args: readonly string[]): SyncArgs | string {
  const parsed: SyncArgs = { only: [], dryRun: false, contentDir: "content" };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--dry-run") parsed.dryRun = true;
    else if (arg === "--content") {
      const value = args[++i];
      if (!value) return "--content needs a folder";
      parsed.contentDir = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else parsed.only.push(path.resolve(arg));
  }
  return parsed;
}

/** The outcome for one article: what happened and what to tell the author. */
interface ArticleOutcome {
  status: SyncStatus | "skipped";
  diagnostics: Diagnostic[];
}

export async function run(rawArgs: string[]): Promise<number> {
  const args = parseArgs(rawArgs);
  if (typeof args === "string") {
    process.stderr.write(`fixpath sync: ${args}\n\n${usage}\n`);
    return 2;
  }
  const { state, diagnostics } = SyncState.read(args.contentDir);
  const entries = state.list().filter((entry) => isSelected(entry, args.only));
  if (diagnostics.length === 0 && entries.length === 0)
    diagnostics.push({
      file: args.contentDir,
      line: 1,
      column: 1,
      severity: "warning",
      message: `no imported article${args.only.length ? " from that path" : ""} is recorded here: import with \`fixpath import\` first`,
    });
  const catalogIds = CatalogIds.read(args.contentDir);
  const products = readProductIndex(args.contentDir, diagnostics);
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const outcome = syncArticle(entry, { state, catalogIds, products }, args);
    counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
    process.stdout.write(`${articlePath(args.contentDir, entry)} ${outcome.status}\n`);
    diagnostics.push(...outcome.diagnostics);
  }
  if (!args.dryRun && entries.length > 0) state.save();
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + "\n");
  const tally = [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
  process.stderr.write(
    `${args.dryRun ? "would sync" : "synced"} ${entries.length} article(s)${tally ? `: ${tally}` : ""}\n`,
  );
  return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

/** Whether the entry's source is one of the paths given, or lies under one. */
function isSelected(entry: SyncEntry, only: readonly string[]): boolean {
  if (only.length === 0) return true;
  const source = path.resolve(entry.source);
  return only.some((chosen) => {
    const relative = path.relative(chosen, source);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  });
}

function articlePath(contentDir: string, entry: SyncEntry): string {
  return path.join(contentDir, ...entry.article.split("/"));
}

/** What every article's sync reads: the record, the ids other articles use, the products file. */
interface SyncContext {
  state: SyncState;
  catalogIds: CatalogIds;
  products?: ProductIndex;
}

function syncArticle(
  entry: SyncEntry,
  { state, catalogIds, products }: SyncContext,
  args: SyncArgs,
): ArticleOutcome {
  const target = articlePath(args.contentDir, entry);
  const skipped = (file: string, severity: Diagnostic["severity"], message: string): ArticleOutcome => ({
    status: "skipped",
    diagnostics: [{ file, line: 1, column: 1, severity, message }],
  });
  if (!existsSync(entry.source) || !statSync(entry.source).isFile())
    return skipped(
      target,
      "warning",
      `its source ${entry.source} is gone: the article is kept as it is (delete it, or its entry in the sync record, if that is intended)`,
    );
  if (!existsSync(target))
    return skipped(target, "warning", "the article was deleted: import its source again to restore it");
  const base = state.readBase(entry);
  if (base === undefined)
    return skipped(
      target,
      "error",
      "no merge base is recorded for this article: import its source again, then merge your edits by hand",
    );
  const local = readFileSync(target, "utf8");
  const imported = importFile(
    { file: entry.source, root: entry.root, text: readFileSync(entry.source, "utf8") },
    { ...entry.options, root: entry.root },
    knownDocsOf(state, entry),
    catalogIds.takenFor(entry.articleId),
    products,
  );
  // As at import, an article is written whenever the importer produced one; its diagnostics are reported.
  if (!imported.mdx) return { status: "skipped", diagnostics: imported.diagnostics };
  const merged = mergeImport({ base, local, upstream: imported.mdx });
  if (!args.dryRun && merged.text !== local) writeFileSync(target, merged.text);
  if (!args.dryRun && merged.base !== base) state.record(entry, merged.base);
  catalogIds.add(entry.articleId, readDefinedIds(merged.text));
  // Markers left from an earlier sync count too: the article stays in conflict until the author resolves it.
  const conflicts = findConflictMarkers(merged.text, target);
  return {
    status: conflicts.length > 0 ? "conflict" : merged.status,
    diagnostics: [...imported.diagnostics, ...conflicts],
  };
}

/** The documents imported from the same documentation root: links between them stay local, as at import. */
function knownDocsOf(state: SyncState, entry: SyncEntry): Map<string, string> {
  return new Map(
    state
      .list()
      .filter((other) => other.root === entry.root)
      .map((other) => [docName(other.source), other.articleId] as const),
  );
}
