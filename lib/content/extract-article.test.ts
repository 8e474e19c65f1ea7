import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveActionId } from "./entity-ids";
import { extractArticle } from "./extract-article";

const SV_FILE = "test-fixtures/valid-content/sv/backup-agent.mdx";
const sv = () =>
  extractArticle(readFileSync(SV_FILE, "utf8"), { file: SV_FILE, locale: "sv", articleId: "backup-agent" });

const FRONT = "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n";
const extract = (body: string, locale: "sv" | "en" = "sv") =>
  extractArticle(FRONT + body, { file: "x.mdx", locale, articleId: "x" });

describe("extractArticle on a valid article", () => {
  it("reads the article from its front matter, with its errors and flows in document order", () => {
    const { article, diagnostics } = sv();
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      id: "backup-agent",
      locale: "sv",
      title: "Felsöka säkerhetskopieringsagenten",
      product: "Exempelagenten",
      updated: "2024-03-01",
      sourcePath: SV_FILE,
      origin: "test fixture",
      errors: ["invalid-credentials", "low-disk-space"],
      flows: ["check-proxy"],
      renamedIds: {},
    });
  });

  it("reads an error's codes, verbatim message, section and location", () => {
    const error = sv().errors[0]!;
    expect(error).toMatchObject({
      id: "invalid-credentials",
      section: "vanliga-fel",
      title: "Ogiltiga autentiseringsuppgifter",
      codes: ["34513", "0x1FC07"],
      message: "Ogiltiga autentiseringsuppgifter angavs.",
      source: { file: SV_FILE, line: 18, column: 1 },
    });
  });

  it("reads causes with explanations, and the actions nested in them as fixing that cause", () => {
    const error = sv().errors[0]!;
    expect(error.causes).toEqual([
      {
        id: "cause-1",
        title: "Filen är skadad",
        explanation: "Filen kan ha upphört att gälla.",
        explanationMarkdown: "Filen kan ha upphört att gälla.",
      },
      {
        id: "brandvaggen-blockerar",
        title: "Brandväggen blockerar",
        explanation: "Registreringen misslyckas bakom en proxy.",
        explanationMarkdown: "Registreringen misslyckas bakom en proxy.",
      },
    ]);
    expect(error.actions).toEqual([
      {
        id: deriveActionId(["Hämta en ny fil från portalen.", "Kör Get-Agent -Refresh och försök igen."]),
        causes: ["cause-1"],
        steps: [
          {
            markdown: "Hämta en ny fil från portalen.",
            text: "Hämta en ny fil från portalen.",
            commands: [],
            links: [],
          },
          {
            markdown: "Kör `Get-Agent -Refresh` och försök igen.",
            text: "Kör Get-Agent -Refresh och försök igen.",
            commands: ["Get-Agent -Refresh"],
            links: [],
          },
        ],
      },
      {
        id: deriveActionId(["Kontrollera proxyinställningarna.", "Se flödet."]),
        causes: ["brandvaggen-blockerar"],
        steps: [
          {
            markdown: "Kontrollera proxyinställningarna.\n\n```powershell\nnetsh winhttp show proxy\n```",
            text: "Kontrollera proxyinställningarna.",
            commands: ["netsh winhttp show proxy"],
            links: [],
          },
          {
            markdown: "Se [flödet](/sv/flows/check-proxy).",
            text: "Se flödet.",
            commands: [],
            links: [{ text: "flödet", href: "/sv/flows/check-proxy" }],
          },
        ],
      },
    ]);
    expect(error.body).toBeUndefined();
  });

  it("gives actions of an error without causes no causes, and reads one-line Messages", () => {
    const error = sv().errors[1]!;
    expect(error.message).toBe("Det finns inte tillräckligt med utrymme");
    expect(error.actions).toEqual([
      {
        id: deriveActionId(["Frigör utrymme på volymen."]),
        causes: [],
        steps: [
          {
            markdown: "Frigör utrymme på volymen.",
            text: "Frigör utrymme på volymen.",
            commands: [],
            links: [],
          },
        ],
      },
    ]);
  });

  it("reads a flow's steps with plain text, Markdown as written, branches and locations", () => {
    const flow = sv().flows[0]!;
    expect(flow).toMatchObject({
      id: "check-proxy",
      kind: "procedure",
      intro: "Gör så här för att kontrollera proxyn.",
    });
    expect(flow.steps).toEqual([
      {
        id: "step-1",
        text: "Öppna Internetalternativ och titta på fliken Anslutningar.",
        markdown: "Öppna **Internetalternativ** och titta på fliken *Anslutningar*.",
        commands: [],
        question: "Används en proxy?",
        yes: "step-2",
        no: "escalate",
        source: { file: SV_FILE, line: 73, column: 1 },
      },
      {
        id: "step-2",
        text: "Kör netsh winhttp import proxy source=ie.",
        markdown: "Kör `netsh winhttp import proxy source=ie`.",
        commands: ["netsh winhttp import proxy source=ie"],
        question: "Fungerar registreringen nu?",
        yes: "done",
        no: "escalate",
        source: { file: SV_FILE, line: 77, column: 1 },
      },
    ]);
  });

  it("builds the table of contents from headings and Section/Error/Flow titles, with each section's text", () => {
    const toc = sv().article!.toc;
    expect(toc.map((t) => [t.id, t.depth])).toEqual([
      ["grundlaggande-felsokning", 2],
      ["vanliga-fel", 2],
      ["invalid-credentials", 3],
      ["low-disk-space", 3],
      ["krav-pa-miljon", 2],
      ["check-proxy", 2],
    ]);
    expect(toc[0]?.text).toBe("Se till att agenten är den senaste.\nKör agent --version och läs kraven.");
    expect(toc[4]).toEqual({
      id: "krav-pa-miljon",
      title: "Krav på miljön",
      depth: 2,
      text: "Agenten kräver .NET Framework 4.5.2.",
    });
  });

  it("lists every anchor: headings, sections, errors, causes, flows and steps", () => {
    expect(sv().article!.anchors).toEqual([
      "grundlaggande-felsokning",
      "vanliga-fel",
      "invalid-credentials",
      "invalid-credentials-cause-1",
      "invalid-credentials-brandvaggen-blockerar",
      "low-disk-space",
      "krav-pa-miljon",
      "check-proxy",
      "check-proxy-step-1",
      "check-proxy-step-2",
    ]);
  });

  it("collects the article's plain text without Markdown or tags", () => {
    const text = sv().article!.text;
    expect(text).toContain("Den här artikeln hjälper dig att lösa fel.");
    expect(text).toContain("Öppna Internetalternativ och titta på fliken Anslutningar.");
    expect(text).not.toMatch(/[<*`]/);
  });
});

describe("extractArticle on problems", () => {
  it("numbers repeated heading slugs", () => {
    const { article } = extract("## Åtgärd\n\n## Åtgärd\n");
    expect(article?.anchors).toEqual(["atgard", "atgard-1"]);
  });

  it("reports an empty Action as a located schema error and returns no entities", () => {
    const result = extract(
      '<Error id="e" title="E">\n\n<Message>m</Message>\n\n<Action>\n</Action>\n\n</Error>\n',
    );
    expect(result.article).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        file: "x.mdx",
        line: 12,
        column: 1,
        severity: "error",
        message: '<Error id="e">: actions.0.steps is empty: add at least one item',
      },
    ]);
  });

  it("reports a Flow without steps, and a Step without text, at their places", () => {
    const noSteps = extract('<Flow id="f" title="F">\n\nIntro.\n\n</Flow>\n');
    expect(noSteps.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:1 <Flow id="f">: steps is empty: add at least one item',
    ]);
    const emptyStep = extract('<Flow id="f" title="F">\n\n<Step id="a">\n</Step>\n\n</Flow>\n');
    expect(emptyStep.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '10:1 <Flow id="f">: steps.0.text is empty: write some text',
    ]);
  });

  it("rejects a locale in front matter that differs from the folder", () => {
    const result = extractArticle(FRONT.replace("updated", "locale: en\nupdated"), {
      file: "x.mdx",
      locale: "sv",
      articleId: "x",
    });
    expect(result.diagnostics[0]).toMatchObject({ line: 5, column: 1, severity: "error" });
    expect(result.diagnostics[0]?.message).toMatch(/locale "en" but the file is in the sv\/ folder/);
  });

  it("reports unknown front matter keys at the key, and a missing front matter at 1:1", () => {
    const unknown = extractArticle(FRONT.replace("product: P", "product: P\nms.author: x"), {
      file: "x.mdx",
      locale: "sv",
      articleId: "x",
    });
    expect(unknown.diagnostics[0]).toMatchObject({ line: 5, column: 1 });
    expect(unknown.diagnostics[0]?.message).toMatch(/ms\.author.*allowed keys are title/);
    const none = extractArticle("Bara text.\n", { file: "x.mdx", locale: "sv", articleId: "x" });
    expect(none.diagnostics).toEqual([
      {
        file: "x.mdx",
        line: 1,
        column: 1,
        severity: "error",
        message: expect.stringMatching(/^missing front matter/),
      },
    ]);
  });

  it("never throws on a syntax error: returns it as a diagnostic", () => {
    const result = extract("<Error>\n");
    expect(result).toMatchObject({ errors: [], flows: [] });
    expect(result.diagnostics[0]).toMatchObject({ line: 8, column: 1, severity: "error" });
  });
});
