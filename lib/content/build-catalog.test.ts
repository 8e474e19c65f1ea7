import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CatalogSchema } from "@/lib/schema/entities";
import { buildCatalog, formatDiagnostic, resolveCatalogFile, serializeCatalog } from "./build-catalog";
import { listCatalogLocales } from "./catalog-locales";

const VALID = "test-fixtures/valid-content";

const front = (title: string) =>
  `---\ntitle: ${title}\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n`;
const errorMdx = (id: string, codes: string) =>
  `<Error id="${id}" title="T" codes="${codes}">\n\n<Message>m</Message>\n\n</Error>\n`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes `files` (path under content/ → text or bytes) into a fresh project root. */
function makeRoot(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-catalog-"));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, "content", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

const problemsOf = async (root: string) => (await buildCatalog({ root })).diagnostics.map(formatDiagnostic);

describe("buildCatalog on valid content", () => {
  it("builds both locales' articles, errors and flows, sorted as the schema documents", async () => {
    const catalog = await buildCatalog({ root: process.cwd(), contentDir: VALID });
    expect(() => CatalogSchema.parse(catalog)).not.toThrow();
    expect(catalog.articles.map((a) => `${a.locale}/${a.id}`)).toEqual([
      "en/backup-agent",
      "sv/backup-agent",
    ]);
    expect(catalog.errors.map((e) => `${e.locale}/${e.id}`)).toEqual([
      "en/invalid-credentials",
      "sv/invalid-credentials",
      "sv/low-disk-space",
    ]);
    expect(catalog.flows.map((f) => `${f.locale}/${f.id}`)).toEqual(["sv/check-proxy"]);
  });

  it("warns about an error that one locale of an article lacks, at the error", async () => {
    const catalog = await buildCatalog({ root: process.cwd(), contentDir: VALID });
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      `${VALID}/sv/backup-agent.mdx:53:1 warning error "low-disk-space" has no en version: add it to ${VALID}/en/backup-agent.mdx with the same id`,
    ]);
  });

  it("serializes byte-identically when built twice", async () => {
    const first = serializeCatalog(await buildCatalog({ root: process.cwd(), contentDir: VALID }));
    const second = serializeCatalog(await buildCatalog({ root: process.cwd(), contentDir: VALID }));
    expect(second).toBe(first);
    expect(first.endsWith("}\n")).toBe(true);
  });

  it("serializes with sorted keys regardless of how objects were built", async () => {
    const catalog = await buildCatalog({ root: process.cwd(), contentDir: VALID });
    const reordered = {
      diagnostics: catalog.diagnostics,
      flows: catalog.flows,
      errors: catalog.errors,
      articles: catalog.articles,
    };
    expect(serializeCatalog(reordered)).toBe(serializeCatalog(catalog));
    expect(Object.keys(JSON.parse(serializeCatalog(catalog)))).toEqual([
      "articles",
      "diagnostics",
      "errors",
      "flows",
    ]);
  });
});

describe("buildCatalog on broken files", () => {
  it("reports binary, empty and non-UTF-8 files at 1:1 and still builds the others", async () => {
    const root = makeRoot({
      "sv/binary.mdx": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      "sv/empty.mdx": "",
      "sv/latin1.mdx": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe5, 0x0a]),
      "sv/good.mdx": front("Bra") + "Text.\n",
    });
    const catalog = await buildCatalog({ root });
    expect(catalog.articles.map((a) => a.id)).toEqual(["good"]);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      "content/sv/binary.mdx:1:1 error this is a binary file, not MDX text: save the article as UTF-8 text or remove the file",
      "content/sv/empty.mdx:1:1 error the file is empty: an article needs front matter (title, description, product, updated) and a body",
      "content/sv/latin1.mdx:1:1 error the file is not valid UTF-8: save it with UTF-8 encoding",
    ]);
  });

  it("reads a file with a byte-order mark and CRLF line endings, keeping line numbers", async () => {
    const crlf = `\uFEFF${front("Windows")}## Rubrik\n\nSe [saknas](#saknas).\n`.replace(/\n/g, "\r\n");
    const catalog = await buildCatalog({ root: makeRoot({ "sv/windows.mdx": crlf }) });
    expect(catalog.articles.map((a) => [a.id, a.title, a.anchors])).toEqual([
      ["windows", "Windows", ["rubrik"]],
    ]);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'content/sv/windows.mdx:10:4 error broken link #saknas: article "windows" (sv) has no anchor "saknas"; fix the link or the target',
    ]);
  });

  it("reports a folder named like an article as unreadable", async () => {
    const root = makeRoot({ "sv/good.mdx": front("Bra") });
    mkdirSync(path.join(root, "content/sv/folder.mdx"));
    expect(await problemsOf(root)).toEqual([
      "content/sv/folder.mdx:1:1 error cannot read the file (EISDIR): check that it exists and is readable",
    ]);
  });

  it("rejects a file name that is not an id", async () => {
    const problems = await problemsOf(makeRoot({ "sv/Bad_Name.mdx": front("X") }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/sv\/Bad_Name\.mdx:1:1 error file name "Bad_Name\.mdx" is not an article id/,
      ),
    ]);
  });
});

describe("buildCatalog cross-file checks", () => {
  it("serves an error id two articles of one locale define as <article>-<id> at the second, with a warning", async () => {
    const root = makeRoot({
      "sv/a.mdx": front("A") + errorMdx("same", "1"),
      "sv/b.mdx": front("B") + errorMdx("same", "1"),
    });
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'content/sv/b.mdx:8:1 warning error id "same" is already defined at content/sv/a.mdx:8:1, so this one is served as "b-same": give it that id (or another unused one) to make the URL explicit',
    ]);
    expect(catalog.errors.map((e) => `${e.article}:${e.id}`)).toEqual(["a:same", "b:b-same"]);
    const b = catalog.articles.find((a) => a.id === "b")!;
    expect(b.errors).toEqual(["b-same"]);
    expect(b.renamedIds).toEqual({ same: "b-same" });
  });

  it("still rejects one article defining an id twice", async () => {
    const root = makeRoot({ "sv/a.mdx": front("A") + errorMdx("same", "1") + "\n" + errorMdx("same", "2") });
    expect((await problemsOf(root)).some((line) => line.includes(" error ") && line.includes('"same"'))).toBe(
      true,
    );
  });

  it("fails a broken link in the team's content and only warns about one in imported content", async () => {
    const link = "See [the fix](/sv/errors/missing).\n";
    const imported = front("B").replace("---\n\n", 'origin: "upstream docs"\n---\n\n');
    const root = makeRoot({ "sv/a.mdx": front("A") + link, "sv/b.mdx": imported + link });
    expect(await problemsOf(root)).toEqual([
      'content/sv/a.mdx:8:5 error broken link /sv/errors/missing: no error "missing" in sv; fix the link or the target',
      'content/sv/b.mdx:9:5 warning broken link /sv/errors/missing: no error "missing" in sv; fix the link or the target (imported content, so a warning: fix it upstream or in the MDX)',
    ]);
  });

  it("lists an imported article's broken links, so the portal shows them as text; never the team's", async () => {
    const links = "## Here\n\nSee [the fix](/sv/errors/missing) and [the part](#gone) and [here](#here).\n";
    const imported = front("B").replace("---\n\n", 'origin: "upstream docs"\n---\n\n');
    const root = makeRoot({ "sv/a.mdx": front("A") + links, "sv/b.mdx": imported + links });
    const catalog = await buildCatalog({ root });
    const brokenOf = (id: string) => catalog.articles.find((a) => a.id === id)?.brokenLinks;
    expect(brokenOf("b")).toEqual(["#gone", "/sv/errors/missing"]);
    expect(brokenOf("a")).toEqual([]);
  });

  it("checks links into any locale the catalog serves, not only the first ones", async () => {
    const root = makeRoot({ "fr/a.mdx": front("A") + "Voir [x](/fr/errors/absent).\n" });
    expect(await problemsOf(root)).toEqual([
      expect.stringMatching(
        /^content\/fr\/a\.mdx:8:\d+ error broken link \/fr\/errors\/absent: no error "absent" in fr/,
      ),
    ]);
  });

  it("requires the same codes for an error in every locale, naming both sides", async () => {
    const root = makeRoot({
      "sv/a.mdx": front("A") + errorMdx("e", "100050 407"),
      "en/a.mdx": front("A") + errorMdx("e", "100050"),
    });
    expect(await problemsOf(root)).toEqual([
      'content/sv/a.mdx:8:1 error error "e" has codes "100050 407" in sv but "100050" in en (content/en/a.mdx:8): codes must be the same in every locale',
    ]);
  });

  it("takes no locale as the source of codes: the versions that agree outvote the one that differs", async () => {
    const root = makeRoot({
      "en/a.mdx": front("A") + errorMdx("e", "100050"),
      "fr/a.mdx": front("A") + errorMdx("e", "100050 407"),
      "ja/a.mdx": front("A") + errorMdx("e", "407 100050"),
      "sv/a.mdx": front("A") + errorMdx("e", "407 100050"),
    });
    expect(await problemsOf(root)).toEqual([
      'content/en/a.mdx:8:1 error error "e" has codes "100050" in en but "100050 407" in fr (content/fr/a.mdx:8): codes must be the same in every locale',
    ]);
  });

  it("warns once per error that some locales lack, at its first version, naming them all", async () => {
    const root = makeRoot({
      "en/a.mdx": front("A") + errorMdx("e", "1") + "\n" + errorMdx("only-here", "2"),
      "fr/a.mdx": front("A") + errorMdx("e", "1"),
      "ja/a.mdx": front("A") + errorMdx("e", "1"),
      "sv/a.mdx": front("A") + errorMdx("e", "1") + "\n" + errorMdx("only-here", "2"),
    });
    expect(await problemsOf(root)).toEqual([
      'content/en/a.mdx:14:1 warning error "only-here" has no fr, ja version: add it to content/fr/a.mdx, content/ja/a.mdx with the same id',
    ]);
  });

  it("serves every folder of articles as a locale, whatever the language", async () => {
    const root = makeRoot({
      "ja/a.mdx": front("エラー") + errorMdx("e", "1"),
      "pt-br/a.mdx": front("Erro") + errorMdx("e", "1"),
      "zh-hans/a.mdx": front("错误") + errorMdx("e", "1"),
      "notes/readme.txt": "not an article folder",
    });
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.errors.map((e) => `${e.locale}/${e.id}`)).toEqual(["ja/e", "pt-br/e", "zh-hans/e"]);
  });

  it("fails on a folder of articles whose name is not a locale, suggesting the name to use", async () => {
    const root = makeRoot({
      "en/a.mdx": front("A") + errorMdx("e", "1"),
      "pt_BR/a.mdx": front("A") + errorMdx("e", "1"),
      "My Docs/a.mdx": front("A") + errorMdx("e", "1"),
    });
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'content/My Docs:1:1 error folder "My Docs" holds 1 article(s) but its name is not a locale (it is the locale in every URL): name it as a lower-case BCP-47 language tag such as `en`, `sv`, `pt-br` or `zh-hans`',
      'content/pt_BR:1:1 error folder "pt_BR" holds 1 article(s) but its name is not a locale (it is the locale in every URL): rename it to pt-br',
    ]);
    expect(catalog.articles.map((a) => a.locale)).toEqual(["en"]);
  });

  it("accepts links to existing articles, anchors, errors and flows, and reports the broken ones", async () => {
    const flow =
      '<Flow id="f" title="F">\n\n<Step question="Fungerar det?" yes="done" no="escalate">\nGör det.\n</Step>\n\n</Flow>\n\n';
    const links = [
      "[ok](/sv/articles/a#rubrik) [ok](/sv/errors/e) [ok](/sv/flows/f) [ok](#f-step-1) [ext](https://example.com/x)",
      "",
      "[no article](/sv/articles/saknas) [no anchor](/sv/articles/a#saknas) [no flow](/en/flows/f) [relative](other.md#x)",
      "",
    ].join("\n");
    const root = makeRoot({
      "sv/a.mdx": front("A") + "## Rubrik\n\n" + errorMdx("e", "1") + "\n" + flow + links,
    });
    expect(await problemsOf(root)).toEqual([
      'content/sv/a.mdx:26:1 error broken link /sv/articles/saknas: no article "saknas" in sv; fix the link or the target',
      'content/sv/a.mdx:26:35 error broken link /sv/articles/a#saknas: article "a" (sv) has no anchor "saknas"; fix the link or the target',
      'content/sv/a.mdx:26:70 error broken link /en/flows/f: no flow "f" in en; fix the link or the target',
      "content/sv/a.mdx:26:93 warning relative link other.md#x will not resolve on the site: link to /<locale>/articles/<id> or an https:// address",
    ]);
  });

  it("reports flow structure problems found by the flow validator", async () => {
    const flow = '<Flow id="f" title="F">\n\n<Step next="nowhere">\nGör det.\n</Step>\n\n</Flow>\n';
    const problems = await problemsOf(makeRoot({ "sv/a.mdx": front("A") + flow }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/sv\/a\.mdx:10:1 error .*nowhere/);
  });
});

describe("buildCatalog on a folder with no articles", () => {
  it("fails on a content folder that does not exist, naming it", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "fixpath-nofolder-"));
    const catalog = await buildCatalog({ root, contentDir: "no-such-content" });
    expect(catalog.diagnostics).toEqual([
      expect.objectContaining({ file: "no-such-content", line: 1, column: 1, severity: "error" }),
    ]);
    expect(catalog.diagnostics[0]?.message).toContain("content folder not found");
    rmSync(root, { recursive: true, force: true });
  });

  it("warns, without failing, on an empty content folder", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "fixpath-empty-"));
    mkdirSync(path.join(root, "content"));
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics.map((d) => [d.file, d.severity])).toEqual([["content", "warning"]]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe("the locales of a catalog", () => {
  it("are derived from its articles, sorted", async () => {
    const catalog = await buildCatalog({ root: process.cwd(), contentDir: VALID });
    expect(listCatalogLocales(catalog)).toEqual(["en", "sv"]);
    expect(listCatalogLocales({ articles: [] })).toEqual([]);
  });
});

describe("resolveCatalogFile", () => {
  it("keeps the catalog of content/ where it always was, and gives other content folders their own", () => {
    expect(resolveCatalogFile("content")).toBe(".fixpath/catalog.json");
    expect(resolveCatalogFile("./content/")).toBe(".fixpath/catalog.json");
    expect(resolveCatalogFile("test-fixtures/multilingual-content")).toBe(
      ".fixpath/catalog.test-fixtures-multilingual-content.json",
    );
    expect(resolveCatalogFile("../x/..")).toBe(".fixpath/catalog.x.json");
  });
});
