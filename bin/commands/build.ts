/** `fixpath build`: writes the catalog (`.fixpath/catalog.json`), failing loudly when content has errors. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  buildCatalog,
  resolveCatalogFile,
  resolveContentDir,
  serializeCatalog,
} from "../../lib/content/build-catalog";
import { reportCatalog } from "./check";

export const summary = "Build .fixpath/catalog.json from content/ (fails on content errors)";
export const usage = [
  "Usage: fixpath build",
  "",
  "Builds the catalog from content/<locale>/*.mdx and writes .fixpath/catalog.json (with $FIXPATH_CONTENT_DIR",
  "set, from that folder into .fixpath/catalog.<folder>.json, which the portal then reads).",
  "Every problem is printed as file:line:column. The catalog (valid articles only) is always written,",
  "but any error (broken MDX, bad front matter, broken internal link…) makes the command exit 1,",
  "so a production build never ships broken content. (`npm run dev` needs no catalog file: it builds the",
  "catalog in-process and shows content errors in the portal.)",
].join("\n");

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const root = process.cwd();
  const contentDir = resolveContentDir();
  const catalogFile = resolveCatalogFile(contentDir);
  const catalog = await buildCatalog({ root, contentDir });
  const report = reportCatalog(catalog);
  const target = path.join(root, catalogFile);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, serializeCatalog(catalog));
  if (report.lines.length) process.stderr.write(report.lines.join("\n") + "\n");
  if (report.exitCode) {
    process.stderr.write(
      `${report.summary}\nfixpath build: content has errors (fix them; the catalog holds only the valid articles)\n`,
    );
    return report.exitCode;
  }
  process.stdout.write(
    `fixpath build: wrote ${catalogFile} (${catalog.articles.length} articles, ${catalog.errors.length} errors, ${catalog.flows.length} flows)\n`,
  );
  return 0;
}
