/**
 * `check` benchmark: is validating content linear in the number of sections? One article of 1k, 2k, 4k and 8k
 * sections (sections, errors with causes and actions, a flow, anchor links between them) is written to a
 * temporary content folder and checked with buildCatalog, as `fixpath check` does. Each size is the median of
 * several runs, next to a same-process baseline (splitting and lower-casing the same text); the ratio of each
 * doubling should stay near 2 (4 would be quadratic).
 * Run: npm run bench (or npx tsx bench/check-bench.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildCatalog } from "../lib/content/build-catalog";
import { INPUT_LIMITS } from "../lib/content/input-limits";

const RUNS = 3;
const SECTIONS = [1000, 2000, 4000, 8000];
/** A size whose first run takes longer than this is measured once, and larger sizes are skipped. */
const BUDGET_MS = 60_000;

/**
 * An MDX article of `count` sections, counted as the input limit counts them (each component is one, so an
 * error with its message, cause and action is four); every fourth part is an error, every part links to the
 * one before.
 */
function article(count: number, padding = ""): string {
  const parts = ["---\ntitle: Bench\ndescription: Many sections\nproduct: Bench\nupdated: 2024-01-02\n---\n"];
  for (let i = 0, sections = 0; ; i++) {
    const isError = i % 4 === 3;
    sections += isError ? 4 : 1;
    if (sections > count) break;
    const link = i > 0 ? ` See [the previous part](#part-${i - 1}).` : "";
    parts.push(
      isError
        ? `<Error id="part-${i}" title="Failure ${i}" codes="E${10000 + i}">\n  <Message>\n    Operation ${i} failed.\n  </Message>\n\n  <Cause id="cause-a" title="Disk ${i} is full">\n    The disk holds too much.${link}\n  </Cause>\n\n  <Action id="free-${i}">\n    1. Delete old files.\n    2. Retry operation ${i}.\n  </Action>\n</Error>\n`
        : `<Section id="part-${i}" title="Part ${i}">\n  Some words about part ${i} of the bench article.${padding}${link}\n\n  - One point\n  - Another point\n</Section>\n`,
    );
  }
  return parts.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function baseline(text: string): number {
  let sum = 0;
  for (const line of text.split("\n")) sum += line.trim().toLowerCase().length;
  return sum;
}

/**
 * One article at the stated input limits (the most sections, padded with prose to just under the largest
 * document), checked in a child process so that its peak memory is its own.
 */
async function checkAtLimits(): Promise<void> {
  const words = (n: number) => " filler".repeat(n);
  const perWord = article(INPUT_LIMITS.sections, words(1)).length - article(INPUT_LIMITS.sections).length;
  const room = INPUT_LIMITS.documentBytes * 0.95 - article(INPUT_LIMITS.sections).length;
  const text = article(INPUT_LIMITS.sections, words(Math.max(0, Math.floor(room / perWord))));
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-check-limits-"));
  try {
    mkdirSync(path.join(root, "en"));
    writeFileSync(path.join(root, "en", "bench.mdx"), text);
    const start = performance.now();
    const catalog = await buildCatalog({ root, contentDir: "." });
    const ms = performance.now() - start;
    const errors = catalog.diagnostics.filter((d) => d.severity === "error");
    console.log(
      JSON.stringify({
        bytes: text.length,
        ms,
        peakMb: process.resourceUsage().maxRSS / 1024,
        errors: errors.length,
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function reportAtLimits(): void {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--at-limits"], {
    encoding: "utf8",
  });
  const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as {
    bytes: number;
    ms: number;
    peakMb: number;
    errors: number;
    firstError?: string;
  };
  console.log(
    `at the input limits (${INPUT_LIMITS.sections.toLocaleString("en")} sections, ${(result.bytes / 1e6).toFixed(2)} MB): check ${(result.ms / 1000).toFixed(1)} s, peak memory ${result.peakMb.toFixed(0)} MB (bounds: 60 s, 1,536 MB)${result.errors ? `  ${result.errors} errors! ${result.firstError}` : ""}`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes("--at-limits")) return checkAtLimits();
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-check-bench-"));
  try {
    console.log("check benchmark (one article; time per doubling of sections near 2 is linear)");
    let previous: number | undefined;
    for (const count of SECTIONS) {
      const text = article(count);
      const folder = path.join(root, String(count), "en");
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "bench.mdx"), text);
      const times: number[] = [];
      const baselines: number[] = [];
      let problems = 0;
      for (let run = 0; run < RUNS && (run === 0 || times[0]! < BUDGET_MS); run++) {
        let start = performance.now();
        baseline(text);
        baselines.push(performance.now() - start);
        start = performance.now();
        const catalog = await buildCatalog({ root, contentDir: String(count) });
        times.push(performance.now() - start);
        problems = catalog.diagnostics.filter((d) => d.severity === "error").length;
      }
      const ms = median(times);
      const ratio = previous ? ` ×${(ms / previous).toFixed(2)} the previous size` : "";
      console.log(
        `${String(count).padStart(5)} sections ${(text.length / 1e6).toFixed(2)} MB  check ${ms.toFixed(0).padStart(6)} ms (median of ${times.length}; ×${(ms / median(baselines)).toFixed(0)} baseline)${ratio}${problems ? `  ${problems} errors!` : ""}`,
      );
      previous = ms;
      if (times[0]! >= BUDGET_MS) {
        const skipped = SECTIONS.filter((size) => size > count);
        if (skipped.length)
          console.log(
            `  over ${BUDGET_MS / 1000} s: ${skipped.join(", ")} sections skipped (check is not linear yet)`,
          );
        break;
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  reportAtLimits();
}

void main();
