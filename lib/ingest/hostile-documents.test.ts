// Hostile Markdown through the importer (issue 15): confinement to the documentation root, bounded includes,
// input limits, inert output. Every fixture is built here, large ones generated; a canary file outside the
// root must never reach the output.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../content/extract-article";
import { INPUT_LIMITS } from "../content/input-limits";
import { parseMdx } from "../content/parse-mdx";
import { validateMdx } from "../content/validate-mdx";
import { createRootReader, type ReadDocument } from "./document-root";
import { importMsDocs } from "./import-msdocs";

const CANARY = "CANARY-7f3e-outside-the-root";
let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), "fixpath-hostile-"));
  root = path.join(sandbox, "docs");
  mkdirSync(path.join(root, "includes"), { recursive: true });
  mkdirSync(path.join(sandbox, "outside"));
  writeFileSync(path.join(sandbox, "outside", "secret.md"), `${CANARY}\n`);
  writeFileSync(path.join(sandbox, "outside", "secret.png"), CANARY);
  writeFileSync(path.join(root, "includes", "note.md"), "Included note words.\n");
  symlinkSync(path.join(sandbox, "outside", "secret.md"), path.join(root, "includes", "link.md"));
  symlinkSync(path.join(sandbox, "outside"), path.join(root, "escape"));
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Imports `text` as `docs/article.md` with a reader confined to the sandbox's docs folder. */
function importInRoot(text: string) {
  const file = path.join(root, "article.md");
  writeFileSync(file, text);
  return importMsDocs(text, { file: "article.md", readDocument: createRootReader(root, file) });
}

function expectNoCanary(result: ReturnType<typeof importInRoot>) {
  expect(result.mdx).not.toContain(CANARY);
  const extracted = extractArticle(result.mdx, {
    file: "en/article.mdx",
    locale: "en",
    articleId: "article",
  });
  expect(JSON.stringify(extracted)).not.toContain(CANARY);
}

describe("includes, images and links stay inside the documentation root", () => {
  it.each([
    ["../outside/secret.md", /outside the documentation root/],
    [path.join("..", "..", "..", "..", "..", "..", "etc", "hostname"), /outside the documentation root/],
    ["includes/link.md", /outside the documentation root/],
    ["escape/secret.md", /outside the documentation root/],
  ])("refuses include %s with a located error naming it", (reference, why) => {
    const result = importInRoot(`# T\n\nIntro.\n\n[!INCLUDE [x](${reference})]\n\nText.\n`);
    const error = result.diagnostics.find((d) => d.severity === "error");
    expect(error).toMatchObject({ line: 5, column: 1 });
    expect(error?.message).toContain(`include ${reference}`);
    expect(error?.message).toMatch(why);
    expectNoCanary(result);
  });

  it("refuses an absolute include path", () => {
    const secret = path.join(sandbox, "outside", "secret.md");
    const result = importInRoot(`# T\n\n[!INCLUDE [x](${secret})]\n`);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 3,
        severity: "error",
        message: expect.stringMatching(/absolute path/),
      }),
    );
    expectNoCanary(result);
  });

  it("expands an include inside the root and says a missing one is missing", () => {
    const result = importInRoot(
      "# T\n\n[!INCLUDE [x](includes/note.md)]\n\n[!INCLUDE [y](includes/gone.md)]\n",
    );
    expect(result.mdx).toContain("Included note words.");
    const missing = result.diagnostics.find((d) => /gone\.md/.test(d.message));
    expect(missing).toMatchObject({ line: 5, severity: "warning" });
    expect(missing?.message).toMatch(/is missing/);
    expect(missing?.message).not.toMatch(/left out/);
  });

  it("uses no image outside the root and drops links that leave it", () => {
    const result = importInRoot(
      "# T\n\n![shot](../outside/secret.png) and [secret](../outside/secret.md) and [local](file:///etc/passwd)\n",
    );
    expect(result.mdx).not.toMatch(/\]\((?:\.\.|file:)/);
    // The image and the file URL are errors; a relative link out of the root is an upstream cross-reference.
    expect(result.diagnostics.filter((d) => d.severity === "error")).toHaveLength(2);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("link ../outside/secret.md"),
      }),
    );
    expectNoCanary(result);
  });
});

describe("includes are bounded", () => {
  /** A reader over an in-memory tree of files. */
  function memoryReader(files: Record<string, string>): ReadDocument {
    return (reference) =>
      reference in files
        ? { kind: "found", path: reference, text: files[reference]! }
        : { kind: "missing", path: reference };
  }

  it("reads an article that includes itself once, as a cycle", () => {
    const file = path.join(root, "itself.md");
    const text = "# T\n\nOwn words.\n\n[!INCLUDE [me](itself.md)]\n\n[!INCLUDE [me](./itself.md)]\n";
    writeFileSync(file, text);
    const result = importMsDocs(text, { file: "itself.md", readDocument: createRootReader(root, file) });
    expect(result.mdx.split("\n---\n")[1]!.match(/Own words/g)).toHaveLength(1);
    expect(result.diagnostics.filter((d) => /cycle/.test(d.message))).toHaveLength(1);
  });

  it("reports a self-include cycle once and stops", () => {
    const selfInclude = Array.from({ length: 40 }, () => "[!INCLUDE [me](self.md)]").join("\n\n");
    const result = importMsDocs(`# T\n\n${selfInclude}\n`, {
      file: "self.md",
      readDocument: memoryReader({ "self.md": `Words.\n\n${selfInclude}\n` }),
    });
    expect(result.diagnostics.filter((d) => /cycle/.test(d.message))).toHaveLength(1);
    expect(result.diagnostics.length).toBeLessThan(10);
  });

  it("stops a fan-out bomb at the include limit, said once", () => {
    const fan = (target: string) =>
      Array.from({ length: 10 }, () => `[!INCLUDE [x](${target})]`).join("\n\n");
    const result = importMsDocs(`# T\n\n${fan("a.md")}\n`, {
      file: "bomb.md",
      readDocument: memoryReader({ "a.md": fan("b.md"), "b.md": fan("c.md"), "c.md": "Leaf words." }),
    });
    const limit = result.diagnostics.filter((d) => /more than 50 includes/.test(d.message));
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({ line: 3, severity: "error" });
    expect(result.mdx.match(/Leaf words/g)!.length).toBeLessThanOrEqual(INPUT_LIMITS.includes);
  });

  it("stops includes nested deeper than the limit", () => {
    const result = importMsDocs("# T\n\n[!INCLUDE [x](1.md)]\n", {
      file: "deep.md",
      readDocument: memoryReader({
        "1.md": "[!INCLUDE [x](2.md)]",
        "2.md": "[!INCLUDE [x](3.md)]",
        "3.md": "[!INCLUDE [x](4.md)]",
        "4.md": "Too deep.",
      }),
    });
    expect(result.mdx).not.toContain("Too deep");
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, message: expect.stringMatching(/nested more than 3 deep/) }),
    );
  });
});

describe("documents over a limit give a located error, quickly", () => {
  const importText = (text: string) => importMsDocs(text, { file: "big.md" });

  it("refuses 100,000 nested brackets at the first bracket over the limit", () => {
    const result = importText(`# T\n\n${"[".repeat(100_000)}\n`);
    expect(result.mdx).toBe("");
    expect(result.diagnostics[0]).toMatchObject({
      line: 3,
      column: INPUT_LIMITS.nestingDepth + 1,
      severity: "error",
    });
    expect(result.diagnostics[0]?.message).toMatch(/brackets nested/);
  });

  it("refuses 1,000 nested block quotes and lists", () => {
    expect(importText(`# T\n\n${"> ".repeat(1000)}deep\n`).diagnostics[0]?.message).toMatch(/nested/);
    expect(importText(`# T\n\n${"- ".repeat(1000)}deep\n`).diagnostics[0]?.message).toMatch(/nested/);
  });

  it("refuses a 5 MB table cell of <br>, at the cell", () => {
    const cell = "<br>".repeat(1_250_000);
    const result = importText(`# T\n\n| Error | Action |\n| --- | --- |\n| Boom | ${cell} |\n`);
    expect(result.diagnostics[0]).toMatchObject({ line: 5, column: 9, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/table cell/);
  });

  it("refuses more sections than the limit, at the first one over", () => {
    const text = `# T\n\n${Array.from({ length: INPUT_LIMITS.sections + 1 }, (_, i) => `## S${i}\n\nx\n`).join("\n")}`;
    const result = importText(text);
    expect(result.mdx).toBe("");
    // `# T` is the first section; each `## S…` takes four lines.
    expect(result.diagnostics[0]?.line).toBe(3 + (INPUT_LIMITS.sections - 1) * 4);
    expect(result.diagnostics[0]?.message).toMatch(/more than 10,000 sections/);
  });

  it("refuses a document over the size limit", () => {
    const result = importText(`# T\n\n${"word ".repeat(INPUT_LIMITS.documentBytes / 5 + 10)}\n`);
    expect(result.mdx).toBe("");
    expect(result.diagnostics[0]).toMatchObject({ line: 1, column: 1, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/over the limit of 5,242,880/);
  });

  it("keeps at most the per-file number of diagnostics and counts the rest", () => {
    const text = `# T\n\n${Array.from({ length: 300 }, (_, i) => `## Empty ${i}`).join("\n\n")}\n`;
    const result = importText(text);
    expect(result.diagnostics).toHaveLength(INPUT_LIMITS.diagnosticsPerFile + 1);
    expect(
      result.diagnostics.some((d) => /more diagnostics for this file were left out/.test(d.message)),
    ).toBe(true);
  });
});

describe("the importer writes inert MDX", () => {
  const hostile = [
    'import x from "y"',
    "export const a = 1",
    "",
    "# Title",
    "",
    'Text [a](javascript:alert(1)) <a href="jav&#x09;ascript:alert(2)">b</a> and {x} and ![i](data:text/html,xx).',
    "",
    "<script>alert(3)</script>",
    "",
    '<div onclick="alert(4)">Block words</div>',
    "",
    "| Error | Action |",
    "| --- | --- |",
    '| Boom (ID: 1) | <a href="vbscript:msgbox">fix</a> |',
    "",
  ].join("\n");

  it("writes no ESM, expression, raw HTML or script URL, and check finds none", () => {
    const result = importMsDocs(hostile, { file: "hostile.md" });
    const parsed = parseMdx(result.mdx, "hostile.mdx");
    expect(parsed.diagnostics).toEqual([]);
    expect(validateMdx(parsed.tree!, "hostile.mdx")).toEqual([]);
    expect(result.mdx).not.toMatch(/javascript:|vbscript:|data:text|alert\([34]|^import |^export /im);
    expect(result.mdx).toContain("mport x from");
  });

  it("reports each removed script URL as a located info", () => {
    const result = importMsDocs(hostile, { file: "hostile.md" });
    const removed = result.diagnostics.filter((d) => /URL was removed/.test(d.message));
    expect(removed.map((d) => d.severity)).toEqual(["info", "info", "info", "info"]);
    expect(removed.filter((d) => d.line === 6)).toHaveLength(3);
  });
});
