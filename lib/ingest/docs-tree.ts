// A documentation tree as a bulk import sees it: which Markdown files are articles, which are fragments that
// other files include, and which are the tree's own navigation (README, index, TOC) rather than content.
import { readdirSync } from "node:fs";
import path from "node:path";
import { INCLUDE } from "./resolve-includes";

/** Every `.md` file under `root`, recursively, sorted; dot-folders and `node_modules` are not documentation. */
export function listMarkdownFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (directory: string) => {
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && /\.md$/i.test(entry.name)) files.push(full);
    }
  };
  visit(root);
  return files;
}

/** The files (resolved paths) that the given documents include with `[!INCLUDE [title](path)]`. */
export function findIncludedFiles(documents: ReadonlyMap<string, string>): Set<string> {
  const included = new Set<string>();
  for (const [file, text] of documents) {
    if (!/\[!INCLUDE/i.test(text)) continue;
    for (const line of text.split("\n")) {
      const target = INCLUDE.exec(line)?.[1];
      if (target) included.add(path.resolve(path.dirname(file), decodePath(target)));
    }
  }
  return included;
}

/**
 * Whether a file name is the usual name of a tree's navigation page (`README.md`, `index.md`, `TOC.md`), which
 * is imported only when it turns out to describe errors.
 */
export function isNavigationFileName(file: string): boolean {
  return /^(readme|index|toc)\.md$/i.test(path.basename(file));
}

/** The doc name links use for a file: its name without `.md`, e.g. `mars-fr`. */
export function docName(file: string): string {
  return path.basename(file).replace(/\.md$/i, "");
}

function decodePath(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
