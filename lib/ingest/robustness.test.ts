// Specifications for bad input: the importer never throws and says where the problem is and what to do.
import { describe, expect, it } from "vitest";
import { importMsDocs } from "./import-msdocs";

const file = "docs/bad.md";

function importText(input: string | Uint8Array) {
  return importMsDocs(input, { file });
}

describe("files that cannot be imported give an error at their start and no MDX", () => {
  it("reports an empty file", () => {
    const result = importText("  \n\n");
    expect(result.mdx).toBe("");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file, line: 1, column: 1, severity: "error" }),
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/empty file/);
  });

  it("reports a binary file at its first NUL byte", () => {
    const result = importText(new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x42, 0x00, 0x43]));
    expect(result.mdx).toBe("");
    expect(result.diagnostics[0]).toMatchObject({ line: 2, column: 2, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/binary/);
  });
});

describe("files with encoding problems are imported with a located diagnostic", () => {
  it("replaces invalid UTF-8 and says where the first bad byte is", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("# Title\n\nabc "),
      0xff,
      ...new TextEncoder().encode(" def\n"),
    ]);
    const result = importText(bytes);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, column: 5, severity: "warning" }),
    );
    expect(result.mdx).toContain("abc");
  });

  it("drops a byte order mark and CRLF line ends", () => {
    const result = importText('\uFEFF# <a name="my-article"></a>Title\r\n\r\n## Part\r\n\r\nText here.\r\n');
    expect(result.articleId).toBe("my-article");
    expect(result.mdx).not.toMatch(/\r|\uFEFF/);
    expect(result.mdx).toContain('<Section id="part" title="Part">');
  });
});

describe("structural problems are reported where they are", () => {
  it("keeps a heading with no body and warns at the heading", () => {
    const result = importText("# T\n\n## Empty\n\n## Full\n\nText.\n");
    expect(result.mdx).toContain('<Section id="empty" title="Empty" />');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, column: 1, severity: "warning" }),
    );
  });

  it("warns about a table row with the wrong number of cells, at the row", () => {
    const table = [
      "# T",
      "",
      "## Broken",
      "",
      "| Error | Recommended action |",
      "| --- | --- |",
      "| Boom (ID: 12345) | Fix it | extra |",
      "",
    ];
    const result = importText(table.join("\n"));
    const warning = result.diagnostics.find((d) => /cells but the header has/.test(d.message));
    expect(warning).toMatchObject({ line: 7, column: 1, severity: "warning" });
    expect(result.mdx).toContain('codes="12345"');
  });

  it("says a missing include is missing, at its line", () => {
    const result = importMsDocs("# T\n\n[!INCLUDE [x](../includes/x.md)]\n\nText.\n", {
      file,
      readDocument: (reference) => ({ kind: "missing", path: reference }),
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 3,
        column: 1,
        severity: "warning",
        message: expect.stringMatching(/is missing/),
      }),
    );
    expect(result.mdx).not.toContain("INCLUDE");
  });

  it("expands an include that exists, relative to the article", () => {
    const result = importMsDocs("# T\n\n[!INCLUDE [x](../includes/x.md)]\n", {
      file,
      readDocument: (reference) =>
        reference === "../includes/x.md"
          ? { kind: "found", path: "includes/x.md", text: "Included words." }
          : { kind: "missing", path: reference },
    });
    expect(result.mdx).toContain("Included words.");
  });
});

describe("large documents are imported whole", () => {
  it("imports a table with 500 rows as 500 errors", () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `| Failure number ${i} happened. (ID: ${10000 + i}) | Retry step ${i}. |`,
    );
    const text = [
      "# T",
      "",
      "## Many",
      "",
      "| Error | Recommended action |",
      "| --- | --- |",
      ...rows,
      "",
    ].join("\n");
    const result = importText(text);
    expect(result.mdx.match(/<Error /g)).toHaveLength(500);
    expect(result.mdx).toContain('codes="10499"');
  });

  it("imports a 5 MB document without throwing", () => {
    const paragraph = "Some text with <br> HTML and {braces} and a [link](other.md).\n\n";
    const section = (i: number) => `## Section ${i}\n\n${paragraph.repeat(8)}1. Step one.\n1. Step two.\n\n`;
    let text = "# Big\n\n";
    for (let i = 0; text.length < 5_000_000; i++) text += section(i);
    const result = importText(text);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.mdx.length).toBeGreaterThan(1_000_000);
  }, 300_000);
});
