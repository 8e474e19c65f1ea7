// `fixpath check` on test-fixtures/broken-content: one file per problem, each reported at its exact place.
import { describe, expect, it } from "vitest";
import { checkContent } from "@/bin/commands/check";

const DIR = "test-fixtures/broken-content";

/** file name → the `line:column severity message-start` check must print for it. */
const EXPECTED: Record<string, string> = {
  "script-tag.mdx":
    "10:1 error <script> is not allowed: Fixpath MDX allows only Section, Error, Message, Cause, Action, Flow, Step, Callout",
  "onclick-attribute.mdx": "10:22 error onClick attributes are not allowed",
  "javascript-link.mdx": "10:4 error javascript: URLs are not allowed",
  "import-statement.mdx": "8:1 error import/export is not allowed",
  "expression.mdx": "10:11 error {expressions} are not allowed",
  "unknown-component.mdx": "10:1 error <Banner> is not allowed",
  "prop-expression.mdx": "8:8 error id={…} on <Error> is an expression",
  "unclosed-tag.mdx": "10:1 error MDX syntax error: Expected a closing tag for `<Error>`",
  "bad-front-matter.mdx": "5:1 error front matter `updated` must be a date written YYYY-MM-DD",
  "missing-title.mdx": "1:1 error front matter is missing `title`",
  "duplicate-error-id.mdx": '16:1 error <Error> id "dup-error" is already used',
  "broken-internal-link.mdx": '10:8 error broken link /sv/errors/finns-inte: no error "finns-inte" in sv',
  "broken-anchor.mdx":
    '10:9 error broken link #finns-inte: article "broken-anchor" (sv) has no anchor "finns-inte"',
  "step-question-without-yes.mdx": '10:1 error <Step> with a question needs yes="…"',
};

describe("fixpath check on broken content", () => {
  it.each(Object.entries(EXPECTED))("reports %s at the exact line and column", async (name, expected) => {
    const report = await checkContent(process.cwd(), DIR);
    const lines = report.lines.filter((line) => line.startsWith(`${DIR}/sv/${name}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${DIR}/sv/${name}:${expected}`);
  });

  it("reports nothing else, sorted, with a summary, and fails", async () => {
    const report = await checkContent(process.cwd(), DIR);
    expect(report.lines).toHaveLength(Object.keys(EXPECTED).length);
    expect(report.lines).toEqual([...report.lines].sort());
    expect(report.summary).toBe("14 errors, 0 warnings in 14 files");
    expect(report.exitCode).toBe(1);
  });
});
