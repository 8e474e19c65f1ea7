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
import { buildCatalog } from "../lib/content/build-catalog";

const RUNS = 3;
const SECTIONS = [1000, 2000, 4000, 8000];
/** A size whose first run takes longer than this is measured once, and larger sizes are skipped. */
const BUDGET_MS = 60_000;

/** An MDX article of `count` sections; every fourth is an error, every section links to the one before. */
function article(count: number): string {
  const parts = ["---\ntitle: Bench\ndescription: Many sections\nproduct: Bench\nupdated: 2024-01-02\n---\n"];
  for (let i = 0; i < count; i++) {
    const link = i > 0 ? ` See [the previous part](#part-${i - 1}).` : "";
    parts.push(
      i % 4 === 3
        ? `<Error id="part-${i}" title="Failure ${i}" codes="E${10000 + i}">\n  <Message>\n    Operation ${i} failed.\n  </Message>\n\n  <Cause id="cause-a" title="Disk ${i} is full">\n    The disk holds too much.${link}\n  </Cause>\n\n  <Action id="free-${i}">\n    1. Delete old files.\n    2. Retry operation ${i}.\n  </Action>\n</Error>\n`
        : `<Section id="part-${i}" title="Part ${i}">\n  Some words about part ${i} of the bench article.${link}\n\n  - One point\n  - Another point\n</Section>\n`,
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

async function main(): Promise<void> {
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
}

void main();
