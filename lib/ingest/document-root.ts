// Reads the files an article refers to (includes, images, relative links) from inside the documentation root
// only: the folder being imported, or the one given with --root. Paths are compared after symbolic links are
// resolved, so neither `../` nor a link inside the root can reach a file outside it.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { INPUT_LIMITS } from "../content/input-limits";

/** What reading a referenced file gave. `path` is root-relative (`includes/note.md`) when it is inside. */
export type DocumentRead =
  | { kind: "found"; path: string; text: string }
  | { kind: "missing" | "outside" | "absolute" | "too-large"; path: string };

/**
 * Reads `reference` relative to the file at root-relative `from` (the article when undefined). `text: false`
 * only checks that the file is there (images), without reading it.
 */
export type ReadDocument = ((
  reference: string,
  from?: string,
  options?: { text: boolean },
) => DocumentRead) & {
  /** The article's own root-relative path, so an article that includes itself is a cycle. */
  articlePath?: string;
};

/** `C:\x`, `\\server\x`, `/etc/x`, `file:///x`: a reference that names a place on a machine, not in the docs. */
export function isAbsoluteReference(reference: string): boolean {
  return (
    path.posix.isAbsolute(reference) ||
    path.win32.isAbsolute(reference) ||
    /^[a-z]:/i.test(reference) ||
    /^file:/i.test(reference)
  );
}

/** A reader confined to `root` for the article at `articleFile` (both as given on the command line). */
export function createRootReader(root: string, articleFile: string): ReadDocument {
  const realRoot = realpathSync(root);
  const inside = (absolute: string) => {
    const relative = path.relative(realRoot, absolute);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  const articleDirectory = path.dirname(realpathSync(articleFile));
  const toRelative = (absolute: string) => path.relative(realRoot, absolute).split(path.sep).join("/");
  const read: ReadDocument = (reference, from, options = { text: true }) => {
    const clean = reference.split(/[?#]/, 1)[0] ?? "";
    if (isAbsoluteReference(clean)) return { kind: "absolute", path: reference };
    const base = from === undefined ? articleDirectory : path.dirname(path.resolve(realRoot, from));
    let decoded = clean;
    try {
      decoded = decodeURIComponent(clean);
    } catch {
      // A malformed escape is read as written.
    }
    const target = path.resolve(base, decoded);
    if (!inside(target)) return { kind: "outside", path: reference };
    if (!existsSync(target)) return { kind: "missing", path: toRelative(target) };
    const real = realpathSync(target);
    if (!inside(real)) return { kind: "outside", path: reference };
    const info = statSync(real);
    if (!info.isFile()) return { kind: "missing", path: toRelative(real) };
    if (!options.text) return { kind: "found", path: toRelative(real), text: "" };
    if (info.size > INPUT_LIMITS.documentBytes) return { kind: "too-large", path: toRelative(real) };
    return { kind: "found", path: toRelative(real), text: readFileSync(real, "utf8") };
  };
  read.articlePath = toRelative(realpathSync(articleFile));
  return read;
}
