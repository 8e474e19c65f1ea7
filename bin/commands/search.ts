/** `fixpath search "<query>"`: searches the catalog from the command line, as a list or as JSON. */
import type { Locale } from "../../lib/schema/entities";
import { LOCALE_FORM_HINT, normalizeLocaleTag } from "../../lib/schema/locales";
import type { SearchResponse } from "../../lib/search/search-engine";
import { searchContent } from "../../lib/site/search-service.server";

export const summary = "Search errors, flows and sections by code or words";
export const usage = [
  'Usage: fixpath search "<query>" [--locale <locale>] [--limit N] [--product NAME] [--json]',
  "",
  "Finds the errors (then flows, sections, articles) that match a code in any shape (0x1FC07, 130055,",
  "(ID: 34513), SalLowDiskSpace) or words from a message. Reads content the way the portal does: the",
  "catalog `fixpath build` wrote when NODE_ENV=production, else content/ as it is now.",
  "",
  "  --locale L      show results in locale L (e.g. en, sv, pt-br) when the entity exists in it",
  "  --limit N       at most N results (default 10)",
  "  --product NAME  only results of this product (the others are still counted)",
  "  --json          print the response as JSON",
].join("\n");

interface SearchArgs {
  query: string;
  locale?: Locale;
  limit?: number;
  product?: string;
  json: boolean;
}

function parseArgs(args: string[]): SearchArgs | string {
  const words: string[] = [];
  const parsed: SearchArgs = { query: "", json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") parsed.json = true;
    else if (arg === "--locale") {
      const locale = normalizeLocaleTag(args[++i] ?? "");
      if (!locale) return `--locale must be ${LOCALE_FORM_HINT}`;
      parsed.locale = locale;
    } else if (arg === "--product") {
      const product = args[++i]?.trim();
      if (!product) return "--product needs a product name";
      parsed.product = product;
    } else if (arg === "--limit") {
      const limit = Number(args[++i]);
      if (!Number.isInteger(limit) || limit < 1) return "--limit must be a positive whole number";
      parsed.limit = limit;
    } else words.push(arg);
  }
  parsed.query = words.join(" ");
  return parsed;
}

/** The readable form: what the query was understood as, then one block per result. */
export function formatResponse(response: SearchResponse): string {
  const lines: string[] = [];
  for (const code of response.understood.codes) lines.push(`Understood: ${code.description}`);
  if (response.understood.message) lines.push(response.understood.message);
  if (response.match === "weak")
    lines.push("Nothing matched well: the results below are the closest, not answers.");
  if (response.clash) {
    lines.push(`Code ${response.clash.code} is used by several errors:`);
    for (const group of response.clash.groups)
      for (const result of group.results)
        lines.push(`  ${group.product || "?"}: ${result.title} (${result.url})`);
  }
  response.results.forEach((result, i) => {
    const codes = result.codes.length ? ` [${result.codes.join(", ")}]` : "";
    const product = result.product ? `${result.product}, ` : "";
    lines.push(
      `${i + 1}. ${result.title}${codes} (${result.kind}, ${product}${result.locale}, score ${result.score})`,
    );
    lines.push(`   ${result.url}`);
    if (result.snippet) lines.push(`   ${result.snippet}`);
  });
  if (response.suggestions.length) lines.push(`Did you mean: ${response.suggestions.join(", ")}`);
  if (response.products.length > 1 || response.product)
    lines.push(
      `Products: ${response.products.map((facet) => `${facet.product} (${facet.count})`).join(", ")}`,
    );
  return lines.join("\n");
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`fixpath search: ${parsed}\n${usage}\n`);
    return 2;
  }
  // Through the content source, like every route: one way in to content.
  const response = await searchContent(parsed.query, {
    locale: parsed.locale,
    limit: parsed.limit,
    ...(parsed.product ? { product: parsed.product } : {}),
  });
  process.stdout.write((parsed.json ? JSON.stringify(response, null, 2) : formatResponse(response)) + "\n");
  return 0;
}
