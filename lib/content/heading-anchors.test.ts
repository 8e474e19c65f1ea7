// Heading anchors are one rule: the ids the article page renders are the ids its table of contents lists and
// the link check accepts, also when headings repeat or a heading's slug is a component's id.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getMDXComponent } from "mdx-bundler/client";
import { afterAll, describe, expect, it } from "vitest";
import { buildMdxComponents } from "../../components/mdx/mdx-components";
import { compileMdx } from "./compile-mdx.server";
import { extractArticle } from "./extract-article";

const root = mkdtempSync(path.join(tmpdir(), "fixpath-anchors-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SOURCE = [
  "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n",
  "## Orsak\n\nFörsta.\n",
  "## Orsak\n\nAndra.\n",
  '<Section id="orsak-2" title="Egen sektion">\n\nText.\n\n</Section>\n',
  "### Orsak\n\nTredje.\n",
].join("\n");

async function renderIds(source: string): Promise<string[]> {
  const Body = getMDXComponent((await compileMdx(source, { root })).code);
  const html = renderToStaticMarkup(createElement(Body, { components: buildMdxComponents("sv") as never }));
  return [...html.matchAll(/<h[234] id="([^"]+)"/g)].map((match) => match[1]!);
}

describe("heading anchors", () => {
  it("renders two headings of the same text with the ids the table of contents and the link check accept", async () => {
    const { article, diagnostics } = extractArticle(SOURCE, { file: "x.mdx", locale: "sv", articleId: "x" });
    expect(diagnostics).toEqual([]);
    const rendered = await renderIds(SOURCE);
    // The second `Orsak` is `orsak-1`; the third skips `orsak-2`, which the <Section> holds.
    expect(rendered).toEqual(["orsak", "orsak-1", "orsak-2", "orsak-3"]);
    expect(article?.toc.map((entry) => entry.id)).toEqual(rendered);
    for (const id of rendered) expect(article?.anchors).toContain(id);
  });
});
