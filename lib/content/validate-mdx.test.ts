import { describe, expect, it } from "vitest";
import { parseMdx } from "./parse-mdx";
import { validateMdx } from "./validate-mdx";
import { formatDiagnostic } from "./format-diagnostic";

function check(mdx: string): string[] {
  const { tree, diagnostics } = parseMdx(mdx, "x.mdx");
  if (!tree) throw new Error(`fixture does not parse: ${diagnostics.map(formatDiagnostic).join("; ")}`);
  return validateMdx(tree, "x.mdx").map(formatDiagnostic);
}

describe("validateMdx", () => {
  it("accepts the components of the content format with literal props", () => {
    const mdx = [
      '<Section id="common" title="Vanliga fel" level="2">',
      "",
      '<Error id="a-b" title="A" codes="1 2" level="3">',
      "",
      "<Message>Text</Message>",
      "",
      '<Cause id="cause-1" title="Orsak">',
      "",
      "<Action>",
      "- Gör så här",
      "</Action>",
      "",
      "</Cause>",
      "",
      "</Error>",
      "",
      "</Section>",
      "",
      '<Flow id="f" title="F" kind="checklist">',
      "",
      '<Step id="s1" question="Q?" yes="done" no="escalate">',
      "Steg",
      "</Step>",
      "",
      "</Flow>",
      "",
      '<Callout type="warning">',
      "Varning",
      "</Callout>",
    ].join("\n");
    expect(check(mdx)).toEqual([]);
  });

  it("rejects unknown components and raw HTML, naming the allowed ones", () => {
    expect(check("Hej\n\n<div>x</div>\n")).toEqual([
      "x.mdx:3:1 error <div> is not allowed: Fixpath MDX allows only Section, Error, Message, Cause, Action, Flow, Step, Callout; use Markdown for formatting",
    ]);
  });

  it("rejects on* attributes even on unknown tags, at the attribute", () => {
    expect(check('<div onClick="x()">y</div>\n')).toContain(
      "x.mdx:1:6 error onClick attributes are not allowed: content cannot run scripts; delete the attribute",
    );
  });

  it("rejects unknown props, bare props and spread props", () => {
    expect(check('<Callout type="note" color="red">\nx\n</Callout>\n')).toEqual([
      'x.mdx:1:22 error <Callout> has no prop "color": it takes only type',
    ]);
    expect(check("<Callout type>\nx\n</Callout>\n")[0]).toMatch(/1:10 error type on <Callout> needs a value/);
    expect(check('<Callout {...p} type="note">\nx\n</Callout>\n')[0]).toMatch(
      /1:10 error \{…\} spread props are not allowed/,
    );
  });

  it("rejects enumerated prop values outside the list and malformed ids", () => {
    expect(check('<Callout type="danger">\nx\n</Callout>\n')[0]).toMatch(
      /type="danger" on <Callout> is not one of "note"/,
    );
    expect(check('<Section id="Vanliga Fel">\nx\n</Section>\n')[0]).toMatch(
      /1:10 error id="Vanliga Fel" on <Section> is not a valid id/,
    );
  });

  it("requires id and title on Error and Flow", () => {
    expect(check("<Error>\n\n<Message>m</Message>\n\n</Error>\n")).toEqual([
      'x.mdx:1:1 error <Error> needs the prop id="…"',
      'x.mdx:1:1 error <Error> needs the prop title="…"',
    ]);
  });

  it("enforces nesting: Message and Cause in Error, Action in Error or Cause, Step in Flow", () => {
    expect(check("<Message>m</Message>\n")).toEqual(["x.mdx:1:1 error <Message> must be inside <Error>"]);
    expect(check('<Section id="s">\n\n<Cause title="c">\nx\n</Cause>\n\n</Section>\n')).toEqual([
      "x.mdx:3:1 error <Cause> must be inside <Error>, not <Section>",
    ]);
    expect(check("<Action>\n- a\n</Action>\n")).toEqual([
      "x.mdx:1:1 error <Action> must be inside <Error> or <Cause>",
    ]);
    expect(check("<Step>\nx\n</Step>\n")).toEqual(["x.mdx:1:1 error <Step> must be inside <Flow>"]);
  });

  it("requires yes and no on a Step with a question", () => {
    const mdx = '<Flow id="f" title="F">\n\n<Step question="Q?">\nx\n</Step>\n\n</Flow>\n';
    expect(check(mdx)).toEqual([
      'x.mdx:3:1 error <Step> with a question needs yes="…" and no="…": name the step to go to, "done" or "escalate"',
    ]);
  });

  it("rejects javascript:, data: and vbscript: URLs in links, images and definitions", () => {
    const problems = check(
      "[a](javascript:alert(1)) ![b](data:image/png;base64,AAAA)\n\n[c]: VBScript:msgbox\n",
    );
    expect(problems).toEqual([
      "x.mdx:1:1 error javascript: URLs are not allowed in links or images: link to an https:// address or a site path",
      "x.mdx:1:26 error data: URLs are not allowed in links or images: link to an https:// address or a site path",
      "x.mdx:3:1 error vbscript: URLs are not allowed in links or images: link to an https:// address or a site path",
    ]);
  });

  it("rejects import/export and {expressions}", () => {
    expect(check("export const a = 1\n\nText {a}\n")).toEqual([
      "x.mdx:1:1 error import/export is not allowed: Fixpath MDX is content only; delete the statement (components are provided by the site)",
      "x.mdx:3:6 error {expressions} are not allowed: write the text itself, or escape a literal brace as `\\{`",
    ]);
  });
});
