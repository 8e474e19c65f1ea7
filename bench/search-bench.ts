/**
 * Search benchmark: our engine against a naive fuse.js baseline on seeded synthetic catalogs, in one process.
 * Reports build time, index size (raw and gzip), heap, p50/p95/p99 latency per query kind and top-1 accuracy.
 * Usage: npm run --silent bench -- [--json] [--sizes 1000,10000,100000] [--no-baseline]
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js";
import type { ErrorEntry } from "../lib/schema/entities";
import { buildSearchIndex, search, serializeSearchIndex } from "../lib/search/search-engine";
import { generateSyntheticCatalog, type KnownQuery, type SyntheticCatalog } from "./synthetic-catalog";

const QUERY_KINDS = ["exact", "words", "typo", "pasted"] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

/** Queries per kind for our engine, and for the baseline by catalog size (the baseline is slow at scale). */
const ENGINE_QUERIES = 300;
const BASELINE_QUERIES = (errors: number) => (errors <= 1_000 ? 30 : errors <= 10_000 ? 10 : 2);
/** The baseline stops a query kind after this long (at least one query), to keep a full run near 5 minutes on 2 cores. */
const BASELINE_BUDGET_MS = 8_000;
/**
 * Above this size the baseline runs exact-code queries only (one query each of the others takes 1–2 minutes
 * there, which would double a full run); skipped kinds are reported with 0 queries.
 */
const BASELINE_FULL_MAX_ERRORS = 10_000;

interface KindStats {
  p50: number;
  p95: number;
  p99: number;
  top1: number;
  queries: number;
}

interface EngineStats {
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  heapBytes: number;
  kinds: Record<QueryKind, KindStats>;
}

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function measureHeap(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function runQueries(
  queries: KnownQuery[],
  find: (query: string) => string | undefined,
  budgetMs = Infinity,
): KindStats {
  const times: number[] = [];
  let hits = 0;
  let spent = 0;
  for (const { query, expected } of queries) {
    if (spent > budgetMs) break;
    const start = performance.now();
    const first = find(query);
    const elapsed = performance.now() - start;
    times.push(elapsed);
    spent += elapsed;
    if (first === expected) hits++;
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
  return {
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    top1: times.length ? hits / times.length : 0,
    queries: times.length,
  };
}

function measureEngine(data: SyntheticCatalog): EngineStats {
  const before = measureHeap();
  const start = performance.now();
  const index = buildSearchIndex(data.catalog);
  const buildMs = performance.now() - start;
  const heapBytes = measureHeap() - before;
  const serialized = Buffer.from(JSON.stringify(serializeSearchIndex(index)));
  const find = (query: string) => search(index, query, { limit: 10 }).results[0]?.id;
  for (const { query } of data.queries.words.slice(0, 20)) find(query); // warm up the JIT
  const kinds = Object.fromEntries(
    QUERY_KINDS.map((kind) => [kind, runQueries(data.queries[kind].slice(0, ENGINE_QUERIES), find)]),
  );
  return {
    buildMs,
    indexBytes: serialized.length,
    indexGzipBytes: gzipSync(serialized).length,
    heapBytes,
    kinds: kinds as EngineStats["kinds"],
  };
}

const BASELINE_KEYS = [
  "title",
  "message",
  "codes",
  "causes.title",
  "causes.explanation",
  "actions.steps.text",
];

const SKIPPED: KindStats = { p50: 0, p95: 0, p99: 0, top1: 0, queries: 0 };

/** The row for a baseline not run (`--no-baseline`, for quick measurements of our engine alone). */
function describeSkippedBaseline(): EngineStats {
  const kinds = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, SKIPPED]));
  return { buildMs: 0, indexBytes: 0, indexGzipBytes: 0, heapBytes: 0, kinds: kinds as EngineStats["kinds"] };
}

function measureBaseline(data: SyntheticCatalog): EngineStats {
  const errors: ErrorEntry[] = data.catalog.errors;
  const before = measureHeap();
  const start = performance.now();
  const fuse = new Fuse(errors, { keys: BASELINE_KEYS });
  const buildMs = performance.now() - start;
  const heapBytes = measureHeap() - before;
  const serialized = Buffer.from(JSON.stringify({ docs: errors, index: fuse.getIndex().toJSON() }));
  const find = (query: string) => fuse.search(query, { limit: 1 })[0]?.item.id;
  const sample = BASELINE_QUERIES(errors.length);
  const kinds = Object.fromEntries(
    QUERY_KINDS.map((kind) => {
      const skip = kind !== "exact" && errors.length > BASELINE_FULL_MAX_ERRORS;
      return [kind, runQueries(data.queries[kind].slice(0, skip ? 0 : sample), find, BASELINE_BUDGET_MS)];
    }),
  );
  return {
    buildMs,
    indexBytes: serialized.length,
    indexGzipBytes: gzipSync(serialized).length,
    heapBytes,
    kinds: kinds as EngineStats["kinds"],
  };
}

function parseSizes(args: string[]): number[] {
  const at = args.indexOf("--sizes");
  const text = at >= 0 ? args[at + 1] : undefined;
  if (!text) return [1_000, 10_000, 100_000];
  return text
    .split(",")
    .map((size) => Number(size))
    .filter((size) => Number.isInteger(size) && size > 0);
}

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}

function formatTable(sizes: { errors: number; engine: EngineStats; baseline: EngineStats }[]): string {
  const lines = [
    "| errors | engine | build ms | index (gzip) | heap | exact p50/p95/p99 ms | words p50/p95/p99 | typo p50/p95/p99 | pasted p50/p95/p99 | top-1 exact/words/typo/pasted |",
    "|---:|---|---:|---:|---:|---|---|---|---|---|",
  ];
  for (const size of sizes) {
    for (const [name, stats] of [
      ["fixpath", size.engine],
      ["fuse.js", size.baseline],
    ] as const) {
      const latency = (kind: QueryKind) =>
        `${stats.kinds[kind].p50} / ${stats.kinds[kind].p95} / ${stats.kinds[kind].p99}`;
      const top1 = QUERY_KINDS.map((kind) => `${Math.round(stats.kinds[kind].top1 * 100)}%`).join(" / ");
      const sampled = ` (${QUERY_KINDS.map((kind) => stats.kinds[kind].queries).join("/")} q)`;
      lines.push(
        `| ${size.errors} | ${name}${sampled} | ${stats.buildMs.toFixed(0)} | ${formatBytes(stats.indexBytes)} (${formatBytes(stats.indexGzipBytes)}) | ${formatBytes(stats.heapBytes)} | ${latency("exact")} | ${latency("words")} | ${latency("typo")} | ${latency("pasted")} | ${top1} |`,
      );
    }
  }
  return lines.join("\n");
}

function main(args: string[]): void {
  const json = args.includes("--json");
  const sizes = parseSizes(args).map((errors) => {
    const data = generateSyntheticCatalog(errors, ENGINE_QUERIES);
    const engine = measureEngine(data);
    const baseline = args.includes("--no-baseline") ? describeSkippedBaseline() : measureBaseline(data);
    if (!json) process.stderr.write(`measured ${errors} errors\n`);
    return { errors, engine, baseline };
  });
  if (json) {
    process.stdout.write(JSON.stringify({ sizes }, null, 2) + "\n");
    return;
  }
  process.stdout.write(
    [
      formatTable(sizes),
      "",
      `Latency in ms. The fuse.js baseline runs on a sample of the queries (q = queries measured per kind: exact/words/typo/pasted), at most ${BASELINE_BUDGET_MS / 1000} s per kind: it takes up to seconds per query.`,
      `Above ${BASELINE_FULL_MAX_ERRORS} errors the baseline runs exact-code queries only (0 q for the rest): one text query takes minutes there.`,
      "Index size: our serialized browser index (records; postings are rebuilt on load) vs fuse.js documents plus its index.",
    ].join("\n") + "\n",
  );
}

main(process.argv.slice(2));
