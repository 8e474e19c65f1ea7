import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as source from "./source.server";

const contentDir = mkdtempSync(path.join(tmpdir(), "fixpath-source-"));
const front = (title: string) =>
  `---\ntitle: ${title}\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n`;
const errorMdx = (id: string) =>
  `<Error id="${id}" title="T" codes="42">\n\n<Message>m</Message>\n\n</Error>\n`;

function write(name: string, text: string, mtime: number): void {
  const file = path.join(contentDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, mtime, mtime);
}

beforeAll(() => {
  process.env.FIXPATH_CONTENT_DIR = contentDir;
  write(
    "sv/a.mdx",
    front("A") +
      errorMdx("first") +
      '\n<Flow id="f" title="F">\n\n<Step question="Fungerar det?" yes="done" no="escalate">\nGör det.\n</Step>\n\n</Flow>\n',
    1_000,
  );
  write("en/a.mdx", front("A") + errorMdx("first"), 1_000);
  write("sv/broken.mdx", front("Trasig") + "<script>x</script>\n", 1_000);
});
afterAll(() => {
  delete process.env.FIXPATH_CONTENT_DIR;
  rmSync(contentDir, { recursive: true, force: true });
});

describe("the content source", () => {
  it("lists and finds entities per locale from FIXPATH_CONTENT_DIR", async () => {
    expect((await source.listArticles("sv")).map((a) => a.id)).toEqual(["a"]);
    expect((await source.getArticle("en", "a"))?.locale).toBe("en");
    expect((await source.listErrors("sv")).map((e) => e.id)).toEqual(["first"]);
    expect((await source.getError("sv", "first"))?.codes).toEqual(["42"]);
    expect(await source.getError("sv", "missing")).toBeUndefined();
    expect((await source.listFlows("sv")).map((f) => f.id)).toEqual(["f"]);
    expect((await source.getFlow("sv", "f"))?.steps).toHaveLength(1);
    expect(await source.getFlow("en", "f")).toBeUndefined();
  });

  it("keeps serving the valid articles and reports a broken file's problems instead of throwing", async () => {
    const problems = await source.getContentProblems();
    expect(problems).toEqual([
      expect.objectContaining({
        line: 8,
        column: 1,
        severity: "error",
        message: expect.stringMatching(/^<script> is not allowed/),
      }),
    ]);
    expect(problems[0]?.file.endsWith("sv/broken.mdx")).toBe(true);
  });

  it("rebuilds when a content file changes, and not otherwise", async () => {
    const before = await source.getCatalog();
    expect(await source.getCatalog()).toBe(before);
    write("sv/a.mdx", front("A") + errorMdx("second"), 2_000);
    expect((await source.listErrors("sv")).map((e) => e.id)).toEqual(["second"]);
  });

  it("compiles an article body, and refuses an unknown article", async () => {
    const { code } = await source.getArticleBody("en", "a");
    expect(code).toContain("Error");
    await expect(source.getArticleBody("en", "missing")).rejects.toThrow(/no article "missing"/);
  });
});
