// The importer's score on every real document of ../shared/corpus, through the same path as `fixpath import
// --json` (import, then extract the entities): code precision and recall and fix-phrase recall, per document and
// pooled, with the matching rules of ../shared/tools/compare_codes.py and compare_fix.py. Prints the table.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../content/extract-article";
import { collectStrings, scoreDocument, type DocumentScore, type LabelledDocument } from "./corpus-score";
import { importMsDocs } from "./import-msdocs";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const corpus = path.resolve(projectRoot, "../shared/corpus");
const THRESHOLD = 0.98;

/** The errors of one document as `import --json` gives them, each with all its text. */
function importErrors(file: string) {
  const imported = importMsDocs(readFileSync(file), { file });
  const extracted = extractArticle(imported.mdx, {
    file: `content/${imported.locale}/${imported.articleId}.mdx`,
    locale: imported.locale,
    articleId: imported.articleId,
  });
  const errors = extracted.errors.map((error) => {
    // Until the entity model carries an error's body, the error's MDX text stands in for it.
    const body = "body" in error ? "" : readErrorSource(imported.mdx, error.id);
    return { codes: error.codes, title: error.title, text: `${collectStrings(error)} \n ${body}` };
  });
  return {
    errors,
    problems: [...imported.diagnostics, ...extracted.diagnostics].filter((d) => d.severity === "error"),
  };
}

function readErrorSource(mdx: string, id: string): string {
  const start = mdx.indexOf(`<Error id="${id}"`);
  if (start < 0) return "";
  const end = mdx.indexOf("\n</Error>", start);
  return mdx.slice(start, end < 0 ? undefined : end);
}

function ratio(found: number, total: number): string {
  return total === 0 ? "  -  " : (found / total).toFixed(3);
}

describe.skipIf(!existsSync(path.join(corpus, "expected.json")))("the importer on the shared corpus", () => {
  const labels = (
    JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")) as { docs: LabelledDocument[] }
  ).docs;
  const names = new Set(readdirSync(corpus));
  const scores: DocumentScore[] = [];
  const problems: string[] = [];
  for (const doc of labels) {
    if (!names.has(doc.file)) continue;
    const imported = importErrors(path.join(corpus, doc.file));
    scores.push(scoreDocument(doc, imported.errors));
    problems.push(...imported.problems.map((d) => `${doc.file}:${d.line}:${d.column} ${d.message}`));
  }
  const pooled = scores.reduce(
    (sum, s) => ({
      found: sum.found + s.codesFound,
      missed: sum.missed + s.codesMissed.length,
      extra: sum.extra + s.codesExtra.length,
      phrases: sum.phrases + s.phrasesFound,
      total: sum.total + s.phrasesTotal,
    }),
    { found: 0, missed: 0, extra: 0, phrases: 0, total: 0 },
  );
  const recall = pooled.found / Math.max(1, pooled.found + pooled.missed);
  const precision = pooled.found / Math.max(1, pooled.found + pooled.extra);
  const phraseRecall = pooled.phrases / Math.max(1, pooled.total);

  const table = [
    "document                              code recall  precision  fix phrases",
    ...scores.map(
      (s) =>
        `${s.file.padEnd(38)}${ratio(s.codesFound, s.codesFound + s.codesMissed.length).padStart(11)}  ${ratio(
          s.codesFound,
          s.codesFound + s.codesExtra.length,
        ).padStart(9)}  ${`${s.phrasesFound}/${s.phrasesTotal}`.padStart(11)}`,
    ),
    `${"pooled".padEnd(38)}${recall.toFixed(3).padStart(11)}  ${precision.toFixed(3).padStart(9)}  ${`${pooled.phrases}/${pooled.total} = ${phraseRecall.toFixed(3)}`.padStart(11)}`,
    ...scores.flatMap((s) => [
      ...s.codesMissed.slice(0, 3).map((code) => `  missed code ${s.file}: ${code}`),
      ...s.codesExtra.slice(0, 3).map((code) => `  extra code ${s.file}: ${code}`),
      ...s.phrasesLost.map((phrase) => `  lost phrase ${s.file}: ${phrase}`),
    ]),
  ].join("\n");
  console.log(table);

  it("imports every document without errors", () => {
    expect(problems).toEqual([]);
  });

  it(`finds the defined codes with pooled recall and precision of at least ${THRESHOLD}`, () => {
    expect(recall).toBeGreaterThanOrEqual(THRESHOLD);
    expect(precision).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it(`keeps at least ${THRESHOLD} of the labelled fix phrases inside their errors`, () => {
    expect(phraseRecall).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
