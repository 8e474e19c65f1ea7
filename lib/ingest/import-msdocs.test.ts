// Specifications of the importer on real documents: the seed article and the shared corpus, end to end through extractArticle.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../content/extract-article";
import { importMsDocs } from "./import-msdocs";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const shared = path.resolve(projectRoot, "../shared");
const seedFile = path.join(shared, "seeds/000_8a077ee91e029c61.txt");

interface ExpectedError {
  id: string;
  codes: string[];
  causes: number;
  message_contains: string;
}
interface ExpectedFlow {
  id: string;
  kind: "procedure" | "checklist";
  steps?: number;
}
const seedExpected = JSON.parse(readFileSync(path.join(shared, "eval/seed-expected.json"), "utf8")) as {
  errors: ExpectedError[];
  problems_without_error_table: ExpectedFlow[];
};
const corpusExpected = JSON.parse(readFileSync(path.join(shared, "corpus/expected-codes.json"), "utf8")) as {
  docs: { file: string; codes: string[]; incidental_not_errors: string[] }[];
};

function importAndExtract(file: string, articleId?: string) {
  const imported = importMsDocs(readFileSync(file), { file, articleId });
  const extracted = extractArticle(imported.mdx, {
    file: `content/${imported.locale}/${imported.articleId}.mdx`,
    locale: imported.locale,
    articleId: imported.articleId,
  });
  return { imported, extracted };
}

describe("importing the seed article gives the hand-labelled entities", () => {
  const { imported, extracted } = importAndExtract(seedFile, "troubleshoot-mars-agent");

  it("reads the locale from ms.contentlocale and produces MDX the extractor accepts without errors", () => {
    expect(imported.locale).toBe("sv");
    expect(extracted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(extracted.article?.id).toBe("troubleshoot-mars-agent");
  });

  it("finds exactly the labelled errors, in document order", () => {
    expect(extracted.errors.map((e) => e.id)).toEqual(seedExpected.errors.map((e) => e.id));
  });

  for (const expected of seedExpected.errors) {
    it(`gives ${expected.id} its codes, ${expected.causes} causes and its verbatim message`, () => {
      const error = extracted.errors.find((e) => e.id === expected.id);
      expect(error?.codes).toEqual(expected.codes);
      expect(error?.causes).toHaveLength(expected.causes);
      expect(error?.message).toContain(expected.message_contains);
      if (expected.causes === 0) expect(error?.actions.length).toBeGreaterThan(0);
      for (const cause of error?.causes ?? [])
        expect(error?.actions.some((action) => action.causes.includes(cause.id))).toBe(true);
    });
  }

  for (const expected of seedExpected.problems_without_error_table) {
    it(`makes ${expected.id} a ${expected.kind}`, () => {
      const flow = extracted.flows.find((f) => f.id === expected.id);
      expect(flow?.kind).toBe(expected.kind);
      if (expected.steps) expect(flow?.steps).toHaveLength(expected.steps);
    });
  }

  it("branches the restore procedure at step 3 to step 7 with a question", () => {
    const flow = extracted.flows.find((f) => f.id === "troubleshoot-restore-problems");
    const step = flow?.steps.find((s) => s.id === "step-3");
    expect(step).toMatchObject({
      question: "Hittade du Microsoft iSCSI Initiator?",
      yes: "step-7",
      no: "step-4",
    });
  });

  it("keeps the cause titles as the bold lead text of the cause cell", () => {
    const error = extracted.errors.find((e) => e.id === "invalid-vault-credentials-provided");
    expect(error?.causes.map((c) => c.title)).toEqual([
      "Autentiseringsuppgifterna för valvet är ogiltiga",
      "Proxyservern eller brand väggen blockerar registreringen eller Ingen Internet anslutning",
      "Antivirus programmet blockerar registreringen",
    ]);
  });

  it("turns the TIP alert into a callout and leaves no raw HTML", () => {
    expect(imported.mdx).toContain('<Callout type="tip">');
    expect(imported.mdx).not.toMatch(/<(?:br|li|ul|p|a)\b/i);
  });

  it("points the cache checklist's old anchor at the flow", () => {
    expect(imported.mdx).toContain("](#troubleshoot-cache-problems)");
    expect(imported.mdx).not.toContain("](#prerequisites)");
  });

  it("prints the same bytes every time", () => {
    expect(
      importMsDocs(readFileSync(seedFile), { file: seedFile, articleId: "troubleshoot-mars-agent" }).mdx,
    ).toBe(imported.mdx);
  });
});

describe("importing the corpus extracts exactly the codes each document defines", () => {
  for (const doc of corpusExpected.docs) {
    it(`finds the codes of ${doc.file} and none of its incidental mentions`, () => {
      const { imported, extracted } = importAndExtract(path.join(shared, "corpus", doc.file));
      const codes = new Set(extracted.errors.flatMap((e) => e.codes));
      expect([...codes].sort()).toEqual([...doc.codes].sort());
      for (const incidental of doc.incidental_not_errors) {
        expect(codes.has(incidental.split(" (")[0]!)).toBe(false);
      }
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(extracted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    });
  }
});
