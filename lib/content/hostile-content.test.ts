// Hostile MDX through `check` (issue 15): nothing throws, every problem is a located error, output is printable.
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../ingest/diagnostic";
import { importMsDocs } from "../ingest/import-msdocs";
import { buildErrorNode } from "../ingest/build-error";
import { readArticle } from "./extract-article";
import { formatDiagnostic, printable } from "./format-diagnostic";
import { INPUT_LIMITS } from "./input-limits";
import { parseMdx } from "./parse-mdx";
import { validateMdx } from "./validate-mdx";

const FRONT_MATTER = "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-02\n---\n";
const options = { file: "en/x.mdx", locale: "en", articleId: "x" } as const;

/** A billion-laughs alias bomb: each level doubles ten times. */
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x, x]",
  ...Array.from({ length: 8 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const previous = String.fromCharCode(97 + i);
    return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`;
  }),
].join("\n");

describe("front matter is parsed safely", () => {
  it("turns an alias bomb into a located error, not an exception", () => {
    const result = readArticle(`---\ntitle: T\n${ALIAS_BOMB}\n---\n\nText.\n`, options);
    expect(result.article).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ file: "en/x.mdx", severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/alias/i);
  });

  it("refuses custom tags, at the tag", () => {
    const result = readArticle("---\ntitle: !!js/function 'return 1'\n---\n\nText.\n", options);
    expect(result.diagnostics[0]).toMatchObject({ line: 2, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/tag/);
  });

  it("lets the importer survive an alias bomb with a located warning", () => {
    const result = importMsDocs(`---\ntitle: T\n${ALIAS_BOMB}\n---\n# T\n\nText.\n`, { file: "a.md" });
    expect(result.mdx).toContain("Text.");
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ severity: "warning", message: expect.stringMatching(/alias/i) }),
    );
  });
});

describe("deep or huge MDX is refused before parsing, with a located error", () => {
  it.each([
    ["block quotes", `${"> ".repeat(1000)}deep`, 8],
    ["lists", `${"- ".repeat(1000)}deep`, 8],
    ["brackets", "[".repeat(100_000), 8],
    // One component a line: the 33rd is the first too deep.
    ["components", '<Section id="s" title="S">\n'.repeat(1000), 8 + INPUT_LIMITS.nestingDepth],
  ])("1,000 nested %s", (_, body, line) => {
    const result = readArticle(`${FRONT_MATTER}\n${body}\n`, options);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ line, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/nested \d+ deep, over the limit of 32/);
  });

  it("more sections than the limit", () => {
    const body = Array.from({ length: INPUT_LIMITS.sections + 1 }, (_, i) => `## S${i}`).join("\n\n");
    const result = parseMdx(`${FRONT_MATTER}\n${body}\n`, "x.mdx");
    expect(result.tree).toBeUndefined();
    expect(result.diagnostics[0]?.message).toMatch(/more than 10,000/);
  });
});

describe("check uses the importer's URL rule", () => {
  it.each([
    "java\tscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,x",
  ])("rejects a link to %j", (url) => {
    const { tree } = parseMdx(`${FRONT_MATTER}\n[x](<${url}>)\n`, "x.mdx");
    const problems = validateMdx(tree!, "x.mdx");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 8, column: 1, severity: "error" });
  });
});

describe("codes are printable", () => {
  it("rejects a bidi override in codes, at the prop", () => {
    const mdx = `${FRONT_MATTER}\n<Error id="e" title="E" codes="\u202ESalLowDiskSpace\u202C">\n  Text.\n</Error>\n`;
    const { tree } = parseMdx(mdx, "x.mdx");
    const problems = validateMdx(tree!, "x.mdx");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 8, severity: "error" });
    expect(problems[0]?.message).toMatch(/invisible character \(U\+202E/);
  });

  it("rejects a zero-width joiner in codes", () => {
    const { tree } = parseMdx(
      `${FRONT_MATTER}\n<Error id="e" title="E" codes="E\u200D1">\n  T\n</Error>\n`,
      "x",
    );
    expect(validateMdx(tree!, "x")).toHaveLength(1);
  });

  it("leaves an invisible code out of imported errors, with a located error", () => {
    const sink = new DiagnosticSink("a.md");
    const node = buildErrorNode(
      {
        title: "E",
        codes: ["\u202ESalLowDiskSpace\u202C", "0x1"],
        messages: [],
        parts: [],
        level: 2,
        place: { line: 4, column: 1 },
      },
      { id: "e", sink },
    );
    expect(node.attributes).toContainEqual(expect.objectContaining({ name: "codes", value: "0x1" }));
    expect(sink.diagnostics).toEqual([expect.objectContaining({ line: 4, severity: "error" })]);
  });
});

describe("diagnostics are safe to print on a terminal", () => {
  it("strips escape sequences and shows other controls", () => {
    const line = formatDiagnostic({
      file: "a\u001B]0;pwned\u0007.md",
      line: 1,
      column: 1,
      severity: "warning",
      message: "heading “\u001B[31mred\u001B[0m\u001B[2J” \u202Eevil",
    });
    expect(line).toBe("a.md:1:1 warning heading “red” \\u{202E}evil");
    expect(printable("plain ünïcode")).toBe("plain ünïcode");
  });
});
