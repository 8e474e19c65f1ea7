/**
 * The three-way merge behind `fixpath sync`: the last import (base), the MDX as edited by hand (local) and a new
 * import of the changed source (upstream). Changes on one side only are taken; changes on both sides to the
 * same lines are kept both, between conflict markers, for the author to resolve. The line diff is node-diff3's
 * (the diff3 algorithm of GNU diff3 and git), never hand-written; this module only decides what each outcome
 * means for the article and where its conflicts are.
 */
import { diff3Merge, diffComm } from "node-diff3";
import { CONFLICT_MARKERS } from "../content/conflict-markers";
import { readDefinedIds } from "./catalog-ids";

/** What a sync does to one article. */
export type SyncStatus =
  /** Upstream did not change since the last import (local edits, if any, stay as they are). */
  | "unchanged"
  /** Nobody edited the article by hand: it becomes the new import. */
  | "updated"
  /** Both sides changed, in different places: both changes are kept. */
  | "merged"
  /** Both sides changed the same lines: the file holds both versions between conflict markers. */
  | "conflict";

/** Where one conflict starts in the merged text (1-based), for a located diagnostic. */
export interface ConflictPlace {
  line: number;
  column: number;
}

export interface SyncMergeResult {
  status: SyncStatus;
  /** The article after the sync (the local text itself when nothing changes). */
  text: string;
  /** The new base to record: the upstream import as merged, ids kept stable. */
  base: string;
  /** Every conflict, in order; empty unless `status` is `conflict`. */
  conflicts: ConflictPlace[];
}

/** Merges a new import into an article edited by hand since the last import. */
export function mergeImport(sides: { base: string; local: string; upstream: string }): SyncMergeResult {
  const { base, local } = sides;
  const upstream = keepStableIds(base, sides.upstream);
  if (upstream === base) return { status: "unchanged", text: local, base, conflicts: [] };
  if (local === base || local === upstream)
    return {
      status: local === base ? "updated" : "unchanged",
      text: upstream,
      base: upstream,
      conflicts: [],
    };
  const merged = mergeLines(splitLines(local), splitLines(base), splitLines(upstream));
  return {
    status: merged.conflicts.length > 0 ? "conflict" : "merged",
    text: merged.lines.join("\n"),
    base: upstream,
    conflicts: merged.conflicts,
  };
}

/** Lines without their endings; joined with `\n` again, a final newline (an empty last line) survives. */
function splitLines(text: string): string[] {
  return text.split("\n");
}

function mergeLines(
  local: string[],
  base: string[],
  upstream: string[],
): { lines: string[]; conflicts: ConflictPlace[] } {
  const lines: string[] = [];
  const conflicts: ConflictPlace[] = [];
  // A change both sides made alike is no conflict (excludeFalseConflicts), as in git.
  for (const region of diff3Merge(local, base, upstream, { excludeFalseConflicts: true })) {
    if (region.ok) {
      lines.push(...region.ok);
      continue;
    }
    const conflict = region.conflict!;
    conflicts.push({ line: lines.length + 1, column: 1 });
    lines.push(
      CONFLICT_MARKERS.local,
      ...conflict.a,
      CONFLICT_MARKERS.base,
      ...conflict.o,
      CONFLICT_MARKERS.separator,
      ...conflict.b,
      CONFLICT_MARKERS.upstream,
    );
  }
  return { lines, conflicts };
}

/**
 * Ids are permalinks, but the importer derives them from the source's anchors, so an upstream heading reworded
 * ("did not start" → "does not start") would move the error to a new URL. Where the new import replaces a run of
 * error, flow or section ids of the last import by a run of the same length (the same entities, renamed), each
 * new id is written back as the old one, in its `id` prop and in every link to it, so URLs never change.
 * Inserted or removed entities (runs of different lengths) keep their own ids.
 */
export function keepStableIds(base: string, upstream: string): string {
  const before = readDefinedIds(base);
  const after = readDefinedIds(upstream);
  const known = new Set(before);
  const fresh = new Set(after);
  const renames = new Map<string, string>();
  for (const part of diffComm(before, after)) {
    if (part.common || part.buffer1.length !== part.buffer2.length) continue;
    part.buffer2.forEach((id, index) => {
      const old = part.buffer1[index]!;
      if (!known.has(id) && !fresh.has(old)) renames.set(id, old);
    });
  }
  if (renames.size === 0) return upstream;
  return upstream.replace(ID_REFERENCE, (whole, prefix: string, id: string) => {
    const old = renames.get(id);
    return old ? `${prefix}${old}` : whole;
  });
}

/**
 * Places an entity id appears in imported MDX: an `id="…"` prop, and a Markdown link target that is `#id` or
 * ends in `/id` or `#id` (a local anchor or a page URL). Prose is never touched.
 */
const ID_REFERENCE = /(\bid="|\]\((?:[^()\s]*[#/])?)([a-z0-9]+(?:-[a-z0-9]+)*)(?=["#)\s])/g;
