/**
 * Catalog scale benchmark: can a big documentation set be imported, checked, built and served on this machine?
 * A docs tree of 200 articles with 10,000 errors in 3 languages is written to a temporary folder: the real
 * documents of ../shared/corpus/ (when present) plus seeded synthetic articles (error tables in the shape of
 * Microsoft Docs references) filling up to the target. Each phase runs as its own process under /usr/bin/time,
 * so its wall time and peak memory are its own:
 *   1. `fixpath import <tree> --out <content>`   2. `fixpath check`   3. `fixpath build` (catalog + search index)
 *   4. with --next-build: `npm run build` of the portal on that content (prerenders every page: long).
 * Not a test: nothing here is asserted, the figures go to the README.
 *
 *   npm run --silent bench:catalog -- [--articles 200] [--errors 10000] [--locales en,de,sv] [--next-build]
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRandom, EN_WORDS as WORDS } from "./synthetic-catalog";
import { snapshotBuildSideEffects } from "../scripts/build-beside.mjs";
import { resolveCatalogFile } from "../lib/content/build-catalog";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const ARTICLES = Number(option("articles", "200"));
const ERRORS = Number(option("errors", "10000"));
const LOCALES = option("locales", "en,de,sv").split(",");
const NEXT_BUILD = args.includes("--next-build");
const ROOT = process.cwd();
const CORPUS = path.join(ROOT, "..", "shared", "corpus");
/** The content folder, relative to the project root as FIXPATH_CONTENT_DIR wants it (under the ignored .fixpath/). */
const CONTENT_DIR = ".fixpath/bench-catalog-content";
const DIST_DIR = ".fixpath/next-bench-catalog";

/** A synthetic reference article: an intro and one table of `count` errors (code, message, cause, action). */
function syntheticArticle(index: number, count: number, locale: string, random: () => number): string {
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const prefix = `P${index.toString(36).toUpperCase().padStart(2, "0")}`;
  const rows = Array.from({ length: count }, (_, i) => {
    const code = `${prefix}${String(1000 + i)}`;
    return `| \`${code}\` | The ${words(3)} operation ${i} failed: ${words(4)}. | The ${words(2)} is ${words(2)}. | Check the ${words(2)}, then retry the ${word()}. |`;
  });
  return [
    "---",
    `title: Troubleshoot product ${index} errors`,
    `description: Error codes of product ${index} and how to fix them.`,
    `ms.service: product-${index % 12}`,
    "ms.date: 01/02/2024",
    `ms.locale: ${locale}`,
    "---",
    "",
    `# Troubleshoot product ${index} errors`,
    "",
    `This article lists the errors of product ${index}: ${words(12)}.`,
    "",
    "## Error codes",
    "",
    "| Error code | Error message | Cause | Recommended action |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

/** Writes the docs tree; returns how many articles are real documents. */
function writeTree(tree: string): number {
  const real = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((name) => name.endsWith(".md") && name !== "README.md")
        .sort()
    : [];
  for (const name of real) copyFileSync(path.join(CORPUS, name), path.join(tree, name));
  const realErrors = real.length * 75; // about what the corpus documents hold on average
  const synthetic = Math.max(1, ARTICLES - real.length);
  const perArticle = Math.max(1, Math.round((ERRORS - realErrors) / synthetic));
  const random = createRandom(7);
  for (let i = 0; i < synthetic; i++) {
    const locale = LOCALES[i % LOCALES.length]!;
    const folder = path.join(tree, locale);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `product-${i}.md`), syntheticArticle(i, perArticle, locale, random));
  }
  return real.length;
}

interface Phase {
  seconds: number;
  peakMb: number;
  status: number;
  tail: string;
}

/** Runs one phase under /usr/bin/time: its wall time and peak resident memory. */
function runPhase(command: string, commandArgs: string[], env: Record<string, string> = {}): Phase {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...commandArgs], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = result.stderr.trim().split("\n");
  const [seconds, kb] = (lines.pop() ?? "0 0").split(" ").map(Number);
  return {
    seconds: seconds ?? 0,
    peakMb: (kb ?? 0) / 1024,
    status: result.status ?? 1,
    // The errors say why a phase exited non-zero; a long import prints many infos and warnings before them.
    tail: lines
      .filter((line) => / error /.test(line))
      .slice(0, 3)
      .join("\n"),
  };
}

function report(name: string, phase: Phase, extra = ""): void {
  const failed = phase.status === 0 ? "" : `  exit ${phase.status}:\n${phase.tail}`;
  console.log(
    `${name.padEnd(14)} ${phase.seconds.toFixed(1).padStart(7)} s  peak ${phase.peakMb.toFixed(0).padStart(5)} MB${extra}${failed}`,
  );
}

function main(): void {
  const tree = mkdtempSync(path.join(tmpdir(), "fixpath-catalog-bench-"));
  const content = path.join(ROOT, CONTENT_DIR);
  rmSync(content, { recursive: true, force: true });
  try {
    const real = writeTree(tree);
    console.log(
      `catalog benchmark: ${ARTICLES} articles (${real} real documents of ../shared/corpus, the rest synthetic), about ${ERRORS.toLocaleString("en")} errors, locales ${LOCALES.join(", ")}`,
    );
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const fixpath = path.join(ROOT, "bin", "fixpath.ts");
    const imported = runPhase(tsx, [fixpath, "import", tree, "--out", content]);
    const catalogEnv = { FIXPATH_CONTENT_DIR: CONTENT_DIR };
    // Articles only: the sync record (.fixpath-sync/base/) holds a copy of each as its merge base.
    const files = readdirSync(content, { recursive: true }).filter(
      (name) => String(name).endsWith(".mdx") && !String(name).startsWith("."),
    );
    report("import", imported, `  ${files.length} articles written`);
    report("fixpath check", runPhase(tsx, [fixpath, "check", CONTENT_DIR]));
    const built = runPhase(tsx, [fixpath, "build"], catalogEnv);
    const catalogFile = path.join(ROOT, resolveCatalogFile(CONTENT_DIR));
    const catalog = existsSync(catalogFile)
      ? (JSON.parse(readFileSync(catalogFile, "utf8")) as { errors: unknown[]; articles: unknown[] })
      : undefined;
    report(
      "fixpath build",
      built,
      catalog
        ? `  ${catalog.articles.length} articles, ${catalog.errors.length.toLocaleString("en")} errors`
        : "",
    );
    if (NEXT_BUILD) {
      const restore = snapshotBuildSideEffects(ROOT, DIST_DIR, (message: string) => console.warn(message));
      try {
        report(
          "next build",
          runPhase("npm", ["run", "--silent", "build"], {
            ...catalogEnv,
            FIXPATH_DIST_DIR: DIST_DIR,
            FIXPATH_SKIP_BUILD_TYPECHECK: "1",
          }),
        );
      } finally {
        restore();
      }
    }
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

main();
