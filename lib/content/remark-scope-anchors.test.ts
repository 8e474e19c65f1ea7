import { describe, expect, it } from "vitest";
import { readArticle } from "./extract-article";
import { parseMdx } from "./parse-mdx";
import { remarkScopeAnchors } from "./remark-scope-anchors";

const FRONT = "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n";
const SOURCE =
  FRONT +
  [
    '<Error id="e" title="E">',
    '<Cause title="Disk is full" />',
    '<Cause id="disk-is-full" title="Explicit" />',
    '<Cause title="キーファイルがありません" />',
    "</Error>",
    "",
    '<Flow id="f" title="F">',
    '<Step id="first">\nA\n</Step>',
    "<Step>\nB\n</Step>",
    "</Flow>",
    "",
  ].join("\n\n");

/** The anchors the rendering plugin gives, in document order. */
function renderedAnchors(source: string): string[] {
  const tree = parseMdx(source, "x.mdx").tree!;
  remarkScopeAnchors()(tree);
  const anchors: string[] = [];
  const visit = (node: { attributes?: { name?: string; value?: unknown }[]; children?: unknown[] }) => {
    for (const attribute of node.attributes ?? [])
      if (attribute.name === "anchor") anchors.push(String(attribute.value));
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
  return anchors;
}

describe("remarkScopeAnchors", () => {
  it("gives causes and steps exactly the anchors the catalog lists, derived ids included", () => {
    const { article } = readArticle(SOURCE, { file: "x.mdx", locale: "en", articleId: "x" });
    const listed = article!.anchors.filter((anchor) => anchor.startsWith("e-") || anchor.startsWith("f-"));
    expect(renderedAnchors(SOURCE)).toEqual(listed);
    expect(listed).toEqual([
      "e-disk-is-full-2",
      "e-disk-is-full",
      expect.stringMatching(/^e-cause-[0-9a-f]{6}$/),
      "f-first",
      "f-step-2",
    ]);
  });
});
