import { describe, expect, it } from "vitest";
import { parseMdx } from "./parse-mdx";

describe("parseMdx", () => {
  it("parses front matter, GFM tables and components with positions", () => {
    const { tree, diagnostics } = parseMdx(
      '---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Callout type="note">\nHej\n</Callout>\n',
      "x.mdx",
    );
    expect(diagnostics).toEqual([]);
    expect(tree?.children.map((n) => n.type)).toEqual(["yaml", "table", "mdxJsxFlowElement"]);
    expect(tree?.children[2]?.position?.start).toMatchObject({ line: 9, column: 1 });
  });

  it("reports an unclosed tag at the opening tag, with what to do", () => {
    const { tree, diagnostics } = parseMdx('Text\n\n<Error id="x" title="T">\n\nHej\n', "content/sv/x.mdx");
    expect(tree).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "content/sv/x.mdx", line: 3, column: 1, severity: "error" });
    expect(diagnostics[0]?.message).toMatch(/closing tag for `<Error>`.*close the tag/);
  });

  it("reports a stray { where it opens", () => {
    const { diagnostics } = parseMdx("Line one\n\nan { unclosed brace\n", "x.mdx");
    expect(diagnostics[0]).toMatchObject({ line: 3, severity: "error" });
    expect(diagnostics[0]?.message).toMatch(/\\\{/);
  });

  it("reports an HTML comment as an MDX syntax error instead of throwing", () => {
    const { diagnostics } = parseMdx("Text\n\n<!-- a comment -->\n", "x.mdx");
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 2 });
    expect(diagnostics[0]?.message).toMatch(/HTML comments are not MDX/);
  });

  it("ignores a byte-order mark and Windows line endings, keeping line and column numbers", () => {
    const { tree, text, diagnostics } = parseMdx(
      "\uFEFF---\r\ntitle: T\r\n---\r\n\r\n## Rubrik\r\n",
      "x.mdx",
    );
    expect(diagnostics).toEqual([]);
    expect(text).toBe("---\ntitle: T\n---\n\n## Rubrik\n");
    expect(tree?.children[0]).toMatchObject({ type: "yaml", value: "title: T" });
    expect(tree?.children[1]?.position?.start).toMatchObject({ line: 5, column: 1 });
  });
});
