import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMdx } from "./parse-mdx";
import { splitMdxChunks } from "./mdx-chunks";

/** Parsed in the smallest pieces the cutter allows, and in one piece: the trees and errors must be the same. */
function expectSameAsWhole(text: string): void {
  const pieces = parseMdx(text, "x.mdx", 1);
  const whole = parseMdx(text, "x.mdx", Infinity);
  expect(pieces.diagnostics).toEqual(whole.diagnostics);
  expect(pieces.tree).toEqual(whole.tree);
}

const FRONT_MATTER = "---\ntitle: T\ndescription: D\n---\n";

const TRICKY = `${FRONT_MATTER}
Intro with \`<NotATag\` in code and an escaped \\<Tag.

## First heading

\`\`\`text

<Error id="in-code" title="Not a component">

\`\`\`

<Error id="e1" title="Multi &gt; line"
  codes="E1">
  <Message>
    Failed.
  </Message>

## A heading inside a component

<Cause id="c1" title="Cause">
  Text.
</Cause>
</Error>

<Flow id="f1" title="Flow">

<Step id="s1" title="Step one" />

<Step
  id="s2"
  title="Step two"
/>

</Flow>

- list item

  <Callout type="note">
  Inside a list.
  </Callout>

| a | b |
|---|---|
| 1 | 2 |

<Error id="e2" title="Last" codes="E2">
  <Message>
    Done.
  </Message>
</Error>
`;

describe("splitMdxChunks", () => {
  it("cuts only before top-level components and headings, never inside code or an open component", () => {
    const starts = splitMdxChunks(TRICKY, 1).map((chunk) => TRICKY.slice(chunk.offset).split("\n")[0]);
    expect(starts).toEqual([
      "---",
      "## First heading",
      '<Error id="e1" title="Multi &gt; line"',
      '<Flow id="f1" title="Flow">',
      '<Error id="e2" title="Last" codes="E2">',
    ]);
  });

  it("does not cut a document whose reference definitions resolve across it", () => {
    expect(splitMdxChunks(`${TRICKY}\n[ref]: https://example.com\n`, 1)).toHaveLength(1);
  });

  it("does not cut a short document", () => {
    expect(splitMdxChunks(TRICKY)).toHaveLength(1);
  });
});

describe("parseMdx in pieces", () => {
  it("gives the same tree, with the same positions, as one whole parse", () => {
    expectSameAsWhole(TRICKY);
  });

  it("gives the same tree for the bundled articles", () => {
    const content = path.join(process.cwd(), "content");
    // Locale folders only: the content folder also holds products.yaml and the sync record.
    for (const locale of readdirSync(content, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort())
      for (const file of readdirSync(path.join(content, locale)).filter((name) => name.endsWith(".mdx")))
        expectSameAsWhole(readFileSync(path.join(content, locale, file), "utf8"));
  });

  it("heals a cut the scan got wrong (a tag inside a code span over two lines)", () => {
    // A code span over two lines hides a closing tag from the line scan, so it cuts inside the Error.
    const text = `${FRONT_MATTER}\n<Error id="e" title="T">\n\nUse \`x\n</Fake>\` now.\n\n## Inside\n\nUse \`y\n<Fake>\` now.\n\n</Error>\n\n## After\n`;
    expect(splitMdxChunks(text, 1).map((chunk) => text.slice(chunk.offset).split("\n")[0])).toContain(
      "## Inside",
    );
    expect(parseMdx(text, "x.mdx", 1).diagnostics).toEqual([]);
    expectSameAsWhole(text);
  });

  it("reports an error in a later piece where it is in the whole document", () => {
    const text = `${TRICKY}\n<Error id="broken" title="Unclosed">\n\nText.\n`;
    const { diagnostics } = parseMdx(text, "x.mdx", 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBe(text.split("\n").indexOf('<Error id="broken" title="Unclosed">') + 1);
    expectSameAsWhole(text);
  });
});
