/**
 * Importer benchmark: MB/s of `importMsDocs` on large documents, and whether its cost grows linearly.
 * Documents: a real one (node-errors.md from ../shared/corpus, repeated) when it is there, and a synthetic
 * Microsoft-Docs-style article (tables with HTML cells, label lines, numbered procedures, links) from a seeded
 * generator. Each size is timed as the median of several runs, next to a baseline in the same process (splitting
 * and lower-casing the same text), so a busy machine shows in both numbers alike.
 * Run: npm run bench (or npx tsx bench/import-bench.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importMsDocs } from "../lib/ingest/import-msdocs";
import { createRandom } from "./synthetic-catalog";

const RUNS = 5;
const TARGET_MB_PER_S = 1;
// Sizes under the input limit of 10,000 sections (lib/content/input-limits.ts) for both documents.
const SIZES_MB = [0.5, 1];
const root = path.dirname(fileURLToPath(new URL("../package.json", import.meta.url)));

/** A seeded article of about `bytes` characters, in the shapes the importer reads. */
function syntheticArticle(bytes: number): string {
  const random = createRandom(42);
  const word = () =>
    ["backup", "vault", "agent", "scratch", "volume", "proxy", "cache", "policy", "disk", "network"][
      Math.floor(random() * 10)
    ]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, word);
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const parts = [
    "---\ntitle: Synthetic troubleshooting\nms.date: 01/02/2024\nms.contentlocale: en-us\n---\n# Synthetic troubleshooting\n\n",
  ];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const section =
      i % 3 === 0
        ? `## Error ${i}\n\n**Error message**: ${sentence(8)} (ID: ${10000 + i})\n\n| Cause | Recommended actions |\n| --- | --- |\n| **${sentence(4)}** <br/> ${sentence(12)} | <ul><li>${sentence(6)}<li>[${sentence(3)}](other-${i}.md#part)</ul> |\n| **${sentence(3)}** | ${sentence(9)} |\n\n`
        : i % 3 === 1
          ? `### Code${i}Failed - ${sentence(6)}\n\nError code: Code${i}Failed <br/>\nError message: ${sentence(7)}\n\n${sentence(20)} To resolve this issue, follow these steps:\n\n* ${sentence(8)}\n* Run \`tool --fix ${i}\` from an elevated prompt.\n\n`
          : `## ${sentence(5)}\n\n${sentence(15)}\n\n1. ${sentence(9)}\n1. ${sentence(7)} If you find it, go directly to step 4.\n1. ${sentence(8)}\n1. ${sentence(6)}\n\n> [!NOTE]\n> ${sentence(10)}\n\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join("");
}

function repeatTo(text: string, bytes: number): string {
  return text.repeat(Math.max(1, Math.round(bytes / text.length)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Processor time of a run (user + system), which other processes on a shared machine disturb less than wall time. */
function cpuTime(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Work proportional to the text that does not depend on the importer: the same-process yardstick. */
function baseline(text: string): number {
  let sum = 0;
  for (const line of text.split("\n")) sum += line.trim().toLowerCase().length;
  return sum;
}

function measure(name: string, text: string): { mbPerS: number; msPerMb: number } {
  const mb = Buffer.byteLength(text) / 1e6;
  importMsDocs(text.slice(0, 200_000), { file: `${name}.md` }); // warm up the code paths
  // A document over an input limit is refused in a few milliseconds: that is no import speed.
  const refused = importMsDocs(text, { file: `${name}.md` }).diagnostics.find((d) => d.severity === "error");
  if (refused) throw new Error(`${name}: the importer refused the document (${refused.message})`);
  const imports: number[] = [];
  const processor: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baselines.push(time(() => baseline(text)));
    let wall = 0;
    processor.push(cpuTime(() => (wall = time(() => importMsDocs(text, { file: `${name}.md` })))));
    imports.push(wall);
  }
  const importMs = median(imports);
  const cpuMs = median(processor);
  const baselineMs = median(baselines);
  const mbPerS = mb / (importMs / 1000);
  console.log(
    `${name.padEnd(28)} ${mb.toFixed(2).padStart(6)} MB  wall ${importMs.toFixed(0).padStart(6)} ms = ${mbPerS.toFixed(2).padStart(5)} MB/s  processor ${cpuMs.toFixed(0).padStart(6)} ms = ${(mb / (cpuMs / 1000)).toFixed(2).padStart(5)} MB/s  (medians of ${RUNS}; ×${(importMs / baselineMs).toFixed(0)} baseline)`,
  );
  return { mbPerS, msPerMb: cpuMs / mb };
}

function main(): void {
  const sources: { name: string; text: string }[] = [];
  const real = path.resolve(root, "../shared/corpus/node-errors.md");
  if (existsSync(real)) sources.push({ name: "node-errors.md repeated", text: readFileSync(real, "utf8") });
  sources.push({ name: "synthetic article", text: syntheticArticle(200_000) });
  console.log(
    `Importer benchmark (target: at least ${TARGET_MB_PER_S} MB/s on a large real document; linear cost)`,
  );
  for (const source of sources) {
    const results = SIZES_MB.map((size) =>
      measure(`${source.name} ${size} MB`, repeatTo(source.text, size * 1e6)),
    );
    const small = results[0]!;
    const large = results.at(-1)!;
    const growth = large.msPerMb / small.msPerMb;
    console.log(
      `  ${source.name}: ${large.mbPerS >= TARGET_MB_PER_S ? "meets" : "misses"} ${TARGET_MB_PER_S} MB/s at ${SIZES_MB.at(-1)} MB; processor time per MB at ${SIZES_MB.at(-1)} MB is ×${growth.toFixed(2)} that at ${SIZES_MB[0]} MB (1.00 = linear)`,
    );
  }
}

main();
