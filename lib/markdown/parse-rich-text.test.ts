import { describe, expect, it } from "vitest";
import { isSafeHref, parseRichText } from "./parse-rich-text";

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
});
