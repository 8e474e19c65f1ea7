import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalog, formatDiagnostic } from "./build-catalog";

const root = mkdtempSync(path.join(tmpdir(), "fixpath-facts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const front = "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n";

/** Two twins of one article; returns the fact-check warnings of the catalog built from them. */
async function checkTwins(name: string, en: string, sv: string): Promise<string[]> {
  const dir = path.join(root, name);
  for (const [locale, body] of [
    ["en", en],
    ["sv", sv],
  ] as const) {
    mkdirSync(path.join(dir, "content", locale), { recursive: true });
    writeFileSync(path.join(dir, "content", locale, "agent.mdx"), front + body);
  }
  const catalog = await buildCatalog({ root: dir });
  return catalog.diagnostics.filter((d) => /literal fact|no such fact/.test(d.message)).map(formatDiagnostic);
}

const errorWith = (message: string, step: string) =>
  `<Error id="agent-fails" title="Agent fails" codes="42">\n\n<Message>\n${message}\n</Message>\n\n<Action>\n- ${step}\n</Action>\n\n</Error>\n`;

describe("the cross-language fact check", () => {
  it("is silent when twins state the same facts, however each language writes its numbers", async () => {
    const warnings = await checkTwins(
      "same",
      errorWith("Agent fails (ID: 42).", "Delete over 60,000 files in `C:\\Temp\\Agent`."),
      errorWith("Agenten misslyckas (ID: 42).", "Ta bort fler än 60 000 filer i `C:\\Temp\\Agent`."),
    );
    expect(warnings).toEqual([]);
  });

  it("names both sides of a path a translation changed, each located where it is written", async () => {
    const warnings = await checkTwins(
      "path",
      errorWith("Agent fails.", "Exclude C:\\Program Files\\Agent\\Bin from the scan."),
      errorWith("Agenten misslyckas.", "Undanta C:\\Program\\Agent\\Bin från genomsökningen."),
    );
    // The action's list item is line 15 of each file, after the front matter and the message.
    expect(warnings).toEqual([
      'content/en/agent.mdx:15:11 warning error "agent-fails": the path `C:\\Program Files\\Agent\\Bin` here is `C:\\Program\\Agent\\Bin` in the sv version (content/sv/agent.mdx:15:11): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
      'content/sv/agent.mdx:15:11 warning error "agent-fails": the path `C:\\Program\\Agent\\Bin` here is `C:\\Program Files\\Agent\\Bin` in the en version (content/en/agent.mdx:15:11): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
    ]);
  });

  it("reports a file name that one side lost, at the side that lost it", async () => {
    const warnings = await checkTwins(
      "name",
      errorWith("Agent fails.", "Exclude `agent.exe` from the scan."),
      errorWith("Agenten misslyckas.", "Undanta agent. exe från genomsökningen."),
    );
    expect(warnings).toEqual([
      'content/sv/agent.mdx:8:1 warning error "agent-fails": the en version has the file, process or host name `agent.exe` (content/en/agent.mdx:15:12) and this sv version has no such fact: write it exactly as there, in a code span, or remove it from the en version if it is wrong there',
    ]);
  });

  it("compares flows step by step and plain sections by their ids", async () => {
    const flow = (step: string) =>
      `<Flow id="restart" title="Restart" kind="procedure">\n\n<Step>\n${step}\n</Step>\n\n</Flow>\n\n`;
    const section = (text: string) => `<Section id="limits" title="Limits">\n\n${text}\n\n</Section>\n`;
    const warnings = await checkTwins(
      "flow-and-section",
      flow("Wait 30 minutes.") + section("A vault holds 50 machines. Logs: C:\\Logs\\Agent."),
      flow("Vänta 20 minuter.") + section("Ett valv rymmer 50 datorer. Loggar: C:\\Loggar\\Agent."),
    );
    // Two numbers this close are one fact written two ways; the section's 50 agrees, its path does not.
    expect(warnings.map((w) => w.replace(/:\d+:\d+ warning /, " "))).toEqual([
      'content/en/agent.mdx flow "restart": the number `30` here is `20` in the sv version (content/sv/agent.mdx:11:7): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
      'content/en/agent.mdx section "limits": the path `C:\\Logs\\Agent` here is `C:\\Loggar\\Agent` in the sv version (content/sv/agent.mdx:18:37): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
      'content/sv/agent.mdx flow "restart": the number `20` here is `30` in the en version (content/en/agent.mdx:11:6): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
      'content/sv/agent.mdx section "limits": the path `C:\\Loggar\\Agent` here is `C:\\Logs\\Agent` in the en version (content/en/agent.mdx:18:34): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone',
    ]);
  });
});
