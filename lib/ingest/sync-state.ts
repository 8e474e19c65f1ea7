/**
 * The sync record of a content folder (lib/schema/sync-manifest.ts): read, updated per import, written back
 * sorted so the same imports always give the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareText } from "../content/format-diagnostic";
import type { Diagnostic } from "../schema/entities";
import { SyncEntrySchema, SyncManifestSchema, type SyncEntry } from "../schema/sync-manifest";

/** The folder of the record, inside the content folder (a dot folder: never read as a locale). */
export const SYNC_FOLDER = ".fixpath-sync";

export class SyncState {
  private readonly entries = new Map<string, SyncEntry>();

  private constructor(
    private readonly contentDir: string,
    entries: readonly SyncEntry[],
  ) {
    for (const entry of entries) this.entries.set(entry.article, entry);
  }

  /** Reads the record of `contentDir`; none yet is an empty record, a damaged one a located error. */
  static read(contentDir: string): { state: SyncState; diagnostics: Diagnostic[] } {
    const file = manifestPath(contentDir);
    if (!existsSync(file)) return { state: new SyncState(contentDir, []), diagnostics: [] };
    const problem = (message: string): Diagnostic => ({
      file,
      line: 1,
      column: 1,
      severity: "error",
      message,
    });
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        state: new SyncState(contentDir, []),
        diagnostics: [
          problem(
            `the sync record is not valid JSON (${reason}): restore it from version control, or import again`,
          ),
        ],
      };
    }
    const parsed = SyncManifestSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return {
        state: new SyncState(contentDir, []),
        diagnostics: [
          problem(
            `the sync record is damaged at ${issue.path.join(".") || "its top"} (${issue.message}): restore it from version control, or import again`,
          ),
        ],
      };
    }
    return { state: new SyncState(contentDir, parsed.data.articles), diagnostics: [] };
  }

  /** Every recorded article, sorted by path. */
  list(): SyncEntry[] {
    return [...this.entries.values()].sort((a, b) => compareText(a.article, b.article));
  }

  /** The MDX the last import of `entry` wrote, or undefined when its base file is missing. */
  readBase(entry: SyncEntry): string | undefined {
    const file = this.basePath(entry.article);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  }

  /**
   * Whether an article on disk (`text`) was edited by hand since its recorded import, so importing over it would
   * lose the edits; an article never recorded (or missing) has none this record knows of.
   */
  hasHandEdits(article: string, text: string | undefined): boolean {
    const entry = this.entries.get(article);
    if (!entry || text === undefined) return false;
    const base = this.readBase(entry);
    return base !== undefined && base !== text;
  }

  /** Records what an import wrote: the entry and its MDX as the new merge base. */
  record(entry: SyncEntry, mdx: string): void {
    this.entries.set(entry.article, entry);
    const file = this.basePath(entry.article);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, mdx);
  }

  /** Writes the manifest, entries sorted, keys in schema order. */
  save(): void {
    const file = manifestPath(this.contentDir);
    mkdirSync(path.dirname(file), { recursive: true });
    const articles = this.list().map((entry) => SyncEntrySchema.parse(entry));
    writeFileSync(file, JSON.stringify({ version: 1, articles }, null, 2) + "\n");
  }

  private basePath(article: string): string {
    return path.join(this.contentDir, SYNC_FOLDER, "base", ...article.split("/"));
  }
}

function manifestPath(contentDir: string): string {
  return path.join(contentDir, SYNC_FOLDER, "manifest.json");
}

/** A path as the record writes it: relative to the project root when inside it, else as given; `/` separators. */
export function recordedPath(file: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, path.resolve(file));
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (inside ? relative : relative === "" ? "." : file).split(path.sep).join("/");
}
