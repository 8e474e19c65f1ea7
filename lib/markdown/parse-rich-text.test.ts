import { describe, expect, it } from "vitest";
import { isSafeHref, parseRichText, richBlocksOf } from "./parse-rich-text";

describe("parseRichText", () => {
  it("keeps bold, code and safe links of a step", () => {
    const [block] = parseRichText(
      "Kör `psexec -i -s` från [Sysinternals](https://learn.microsoft.com/x) och välj **OK**.",
    );
    expect(block).toEqual({
      kind: "paragraph",
      children: [
        { kind: "text", text: "Kör " },
        { kind: "code", text: "psexec -i -s" },
        { kind: "text", text: " från " },
        {
          kind: "link",
          href: "https://learn.microsoft.com/x",
          children: [{ kind: "text", text: "Sysinternals" }],
        },
        { kind: "text", text: " och välj " },
        { kind: "strong", children: [{ kind: "text", text: "OK" }] },
        { kind: "text", text: "." },
      ],
    });
  });

  it("turns javascript: and data: links into plain text", () => {
    const [block] = parseRichText("[klicka](javascript:alert(1)) [bild](data:text/html,x)");
    expect(JSON.stringify(block)).not.toContain("javascript:");
    expect(JSON.stringify(block)).not.toContain('"link"');
  });

  it("keeps lists and fenced code as blocks", () => {
    const blocks = parseRichText("1. Ett\n2. Två\n\n```powershell\nGet-ExecutionPolicy -List\n```");
    expect(blocks[0]).toMatchObject({ kind: "list", ordered: true });
    expect(blocks[1]).toEqual({ kind: "code", text: "Get-ExecutionPolicy -List", lang: "powershell" });
  });

  it("accepts only web, mail and same-site targets", () => {
    expect(isSafeHref("/sv/errors/x")).toBe(true);
    expect(isSafeHref("#cause-1")).toBe(true);
    expect(isSafeHref("//evil.example")).toBe(false);
    expect(isSafeHref(" JavaScript:alert(1)")).toBe(false);
  });

  it("reads a Markdown alert (the form a <Callout> takes) as a callout of its kind", () => {
    expect(parseRichText("> [!WARNING]\n> Do not *delete* the VM.")).toEqual([
      {
        kind: "callout",
        callout: "warning",
        children: [
          {
            kind: "paragraph",
            children: [
              { kind: "text", text: "Do not " },
              { kind: "em", children: [{ kind: "text", text: "delete" }] },
              { kind: "text", text: " the VM." },
            ],
          },
        ],
      },
    ]);
    expect(parseRichText("> Just a quote")[0]).toMatchObject({ kind: "quote" });
  });

  it("keeps headings with their depth, and tables as rows of cells", () => {
    const [heading, table] = parseRichText(
      "### Resolution\n\n| Code | Meaning |\n|---|---|\n| `5` | Access denied |",
    );
    expect(heading).toEqual({ kind: "heading", depth: 3, children: [{ kind: "text", text: "Resolution" }] });
    expect(table).toEqual({
      kind: "table",
      header: [[{ kind: "text", text: "Code" }], [{ kind: "text", text: "Meaning" }]],
      rows: [[[{ kind: "code", text: "5" }], [{ kind: "text", text: "Access denied" }]]],
    });
  });

  it("reads an indented line as text, as MDX does, never as a code block", () => {
    expect(parseRichText("Run this:\n\n    `vssadmin list shadows`")).toEqual([
      { kind: "paragraph", children: [{ kind: "text", text: "Run this:" }] },
      { kind: "paragraph", children: [{ kind: "code", text: "vssadmin list shadows" }] },
    ]);
  });

  it("falls back to the plain text when there is no Markdown", () => {
    expect(richBlocksOf(undefined, "Restart.")).toEqual([
      { kind: "paragraph", children: [{ kind: "text", text: "Restart." }] },
    ]);
    expect(richBlocksOf(undefined, "")).toEqual([]);
  });
});

describe("richBlocksOf with an anchor base", () => {
  it("points #anchor links (in paragraphs, lists, tables, emphasis) at the base page and leaves others alone", () => {
    const blocks = richBlocksOf(
      "See [the cache](#cache) and [docs](https://example.com).\n\n- **[Retry](#retry)**\n\n| a |\n|---|\n| [t](#t) |\n",
      "",
      { anchorBase: "/en/articles/mars" },
    );
    const hrefs = JSON.stringify(blocks).match(/"href":"[^"]*"/g);
    expect(hrefs).toEqual([
      '"href":"/en/articles/mars#cache"',
      '"href":"https://example.com"',
      '"href":"/en/articles/mars#retry"',
      '"href":"/en/articles/mars#t"',
    ]);
  });

  it("shows a broken link as its text", () => {
    const blocks = richBlocksOf("See [the **gone** part](#gone) or [this](#here).", "", {
      anchorBase: "/en/articles/mars",
      broken: ["#gone"],
    });
    expect(blocks).toEqual([
      {
        kind: "paragraph",
        children: [
          { kind: "text", text: "See " },
          { kind: "text", text: "the " },
          { kind: "strong", children: [{ kind: "text", text: "gone" }] },
          { kind: "text", text: " part" },
          { kind: "text", text: " or " },
          { kind: "link", href: "/en/articles/mars#here", children: [{ kind: "text", text: "this" }] },
          { kind: "text", text: "." },
        ],
      },
    ]);
  });

  it("keeps #anchor links as they are without a base", () => {
    expect(JSON.stringify(richBlocksOf("See [x](#x).", ""))).toContain('"href":"#x"');
  });
});
