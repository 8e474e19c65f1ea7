// Specifications for every error-table shape and HTML quirk the importer meets, on small hand-written fixtures.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../content/extract-article";
import { importMsDocs } from "./import-msdocs";

function importFixture(markdown: string, locale: "sv" | "en" = "en") {
  const imported = importMsDocs(markdown, { file: "fixture.md", locale, articleId: "fixture" });
  const extracted = extractArticle(imported.mdx, {
    file: `content/${locale}/fixture.mdx`,
    locale,
    articleId: "fixture",
  });
  expect(extracted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { imported, extracted };
}

describe("an Error | Cause | Action table becomes one error with its causes", () => {
  it("reads the message, code and cause from a single row", () => {
    const { extracted } = importFixture(
      "# F\n\n## Upload fails\n\n| Error | Possible cause | Recommended action |\n| --- | --- | --- |\n| Upload failed. (ID: 777) | **Disk full** <br/> The disk has no space. | Free some space. |\n",
    );
    expect(extracted.errors).toHaveLength(1);
    expect(extracted.errors[0]).toMatchObject({
      id: "upload-fails",
      codes: ["777"],
      message: "Upload failed. (ID: 777)",
    });
    expect(extracted.errors[0]?.causes[0]).toMatchObject({
      id: "disk-full",
      title: "Disk full",
      explanation: "The disk has no space.",
    });
  });

  it("makes one cause per <li> reason, each with the same actions", () => {
    const { extracted } = importFixture(
      "# F\n\n## Boom\n\n| Error | Possible causes | Recommended actions |\n|---|---|---|\n| It failed [0xABCDE]. | <li>Reason one.<li>Reason two. | <li>Do this.<li>Do that. |\n",
    );
    const error = extracted.errors[0];
    expect(error?.codes).toEqual(["0xABCDE"]);
    expect(error?.causes.map((c) => c.title)).toEqual(["Reason one.", "Reason two."]);
    for (const cause of error?.causes ?? []) {
      const action = error?.actions.find((candidate) => candidate.causes.includes(cause.id));
      expect(action?.steps.map((s) => s.text)).toEqual(["Do this.", "Do that."]);
    }
  });

  it("makes several <li> messages in one row one error with several codes", () => {
    const { extracted } = importFixture(
      "# F\n\n## Cannot connect\n\n| Error | Cause | Action |\n| --- | --- | --- |\n| <br /><ul><li>Could not connect. (ID: 100050) Check it.<li>(407) Proxy Authentication Required. | A proxy blocks it. | Fix the proxy. |\n",
    );
    expect(extracted.errors[0]?.codes).toEqual(["100050", "407"]);
    expect(extracted.errors[0]?.message).toContain("Could not connect.");
    expect(extracted.errors[0]?.message).toContain("(407) Proxy Authentication Required.");
  });
});

describe("a Cause | Action table takes its message from the paragraph above", () => {
  it("reads a Swedish **Fel meddelande** line and Swedish headers", () => {
    const { extracted } = importFixture(
      "# F\n\n## Ogiltig nyckel\n\n**Fel meddelande**: nyckeln är ogiltig. (ID: 34513)\n\n| Orsak | Rekommenderade åtgärder |\n| --- | --- |\n| **Nyckeln har gått ut** <br/> <br/> Den är gammal. | Hämta en ny nyckel.\n| **Brand väggen blockerar** | Öppna porten.\n",
      "sv",
    );
    const error = extracted.errors[0];
    expect(error).toMatchObject({ codes: ["34513"], message: "nyckeln är ogiltig. (ID: 34513)" });
    expect(error?.causes.map((c) => c.title)).toEqual(["Nyckeln har gått ut", "Brand väggen blockerar"]);
  });

  it("reads an English **Error message** line", () => {
    const { extracted } = importFixture(
      "# F\n\n## Bad key\n\n**Error message**: The key is bad. (ID: 4242)\n\n| Cause | Recommended actions |\n| --- | --- |\n| **Expired** | Renew it. |\n",
    );
    expect(extracted.errors[0]).toMatchObject({ codes: ["4242"], message: "The key is bad. (ID: 4242)" });
  });
});

describe("an Error message | Action table under a code heading gives actions without causes", () => {
  it("reads a table without outer pipes and a code from the heading", () => {
    const { extracted } = importFixture(
      "# F\n\n## Common\n\n### SalLowDiskSpace\n\nFelmeddelande | Rekommenderad åtgärd |\n-- | --\nDet finns inte utrymme | Lös problemet:<br/>- [Uppdatera](https://example.com)<br/> - [Kontrollera](#common)\n",
      "sv",
    );
    const error = extracted.errors[0];
    expect(error).toMatchObject({
      id: "sallowdiskspace",
      codes: ["SalLowDiskSpace"],
      message: "Det finns inte utrymme",
    });
    expect(error?.causes).toEqual([]);
    expect(error?.actions[0]?.steps.map((s) => s.text)).toEqual([
      "Lös problemet:",
      "Uppdatera",
      "Kontrollera",
    ]);
  });

  it("reads rows that have no trailing pipe", () => {
    const { extracted } = importFixture(
      "# F\n\n## Lost\n\n| Error message | Recommended action |\n| --- | --- |\n| Gone. (ID: 555) | Find it.\n",
    );
    expect(extracted.errors[0]).toMatchObject({ codes: ["555"], message: "Gone. (ID: 555)" });
  });
});

describe("a table indented in a list gives one error per row", () => {
  it("reads an Error code | Reasons | Recommendations table inside a bullet", () => {
    const { extracted } = importFixture(
      [
        "# F",
        "",
        "## Completed with warnings",
        "",
        "- Review the log:",
        "",
        "  | Error code | Reasons | Recommendations |",
        "  | --- | --- | --- |",
        "  | 0x80070570 | The file is corrupted. | Run **chkdsk**. |",
        "  | 0x80070002, 0x80070003 | The file is missing. | Check the scratch folder. |",
        "",
      ].join("\n"),
    );
    expect(extracted.errors.map((e) => e.codes)).toEqual([["0x80070570"], ["0x80070002", "0x80070003"]]);
    expect(extracted.errors[1]?.causes[0]?.title).toBe("The file is missing.");
  });
});

describe("sloppy HTML in cells becomes Markdown lists and paragraphs", () => {
  const action = (cell: string) =>
    importFixture(
      `# F\n\n## E\n\n| Error | Recommended action |\n| --- | --- |\n| Failed. (ID: 101) | ${cell} |\n`,
    ).extracted.errors[0]?.actions[0]?.steps.map((s) => s.text);

  it("closes unclosed <li> items", () => {
    expect(action("<ul><li>One<li>Two</ul>")).toEqual(["One", "Two"]);
  });

  it("ignores a stray </ul>", () => {
    expect(action("<ul><li>One<li>Two</ul></ul>After.")).toEqual(["One", "Two", "After."]);
  });

  it("treats <br>, </br> and <BR> as line breaks, not text", () => {
    const { imported } = importFixture(
      "# F\n\n## E\n\n| Error | Recommended action |\n| --- | --- |\n| Failed. (ID: 101) | A<br>B</br>C<BR>D |\n",
    );
    expect(imported.mdx).not.toMatch(/<\/?br/i);
    expect(imported.mdx).toMatch(/A\\\n\s*B/);
  });

  it("keeps a <p> inside an <li> in that item", () => {
    expect(action("<ul><li>First.<p>More about first.<li>Second.</ul>")).toHaveLength(2);
  });

  it("reports the repaired quirks as info at the cell", () => {
    const { imported } = importFixture(
      "# F\n\n## E\n\n| Error | Recommended action |\n| --- | --- |\n| Failed. (ID: 101) | <ul><li>One<li>Two</ul></ul> |\n",
    );
    expect(imported.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 7,
        severity: "info",
        message: expect.stringMatching(/unclosed <li>, stray <\/ul>/),
      }),
    );
  });
});

describe("codes are taken from where an error defines them, not from passing mentions", () => {
  it("reads several codes from one heading and from Error code lines", () => {
    const { extracted } = importFixture(
      "# F\n\n## FirstCodeFailed / SecondCodeFailed - Something broke\n\nError code: FirstCodeFailed <br/>\nError message: It broke\n\nError code: SecondCodeFailed\n\nFix it.\n",
    );
    expect(extracted.errors[0]?.codes).toEqual(["FirstCodeFailed", "SecondCodeFailed"]);
    expect(extracted.errors[0]?.message).toBe("It broke");
  });

  it("reads a Felkod line and `Fel 34506.` in a message", () => {
    const { extracted } = importFixture(
      "# F\n\n## Lösen\n\n| Fel | Rekommenderade åtgärder |\n| --- | --- |\n| Fel 34506. Lösen frasen är fel. | Ange den igen. |\n",
      "sv",
    );
    expect(extracted.errors[0]?.codes).toEqual(["34506"]);
  });

  it("ignores codes in link text and quoted log lines", () => {
    const { extracted } = importFixture(
      "# F\n\n## BadThingHappened - Bad\n\nError code: BadThingHappened\n\n- See [MSSQLSERVER_18456](https://example.com).\n- The log says *Error 1401. Could not create key. System error 5.*\n- Event Viewer error 517 is unrelated.\n",
    );
    expect(extracted.errors.flatMap((e) => e.codes)).toEqual(["BadThingHappened"]);
  });

  it("reads a bold code named as an error in prose", () => {
    const { extracted } = importFixture(
      "# F\n\n## Permissions\n\nIf you get the error **UserErrorNoAccessRights**, fix the permissions.\n",
    );
    expect(extracted.errors[0]?.codes).toEqual(["UserErrorNoAccessRights"]);
  });
});

describe("flows are read from numbered procedures and bullet checklists", () => {
  it("turns 'go directly to step N' into a yes/no branch", () => {
    const { extracted } = importFixture(
      "# F\n\n## Fix it\n\nDo this:\n\n1. Open the app.\n1. Look for **the widget**. If you find it, go directly to step 4.\n1. Install the widget.\n1. Restart.\n",
    );
    const step = extracted.flows[0]?.steps[1];
    expect(step).toMatchObject({ question: "Did you find the widget?", yes: "step-4", no: "step-3" });
    expect(step?.text).toBe("Look for the widget.");
  });

  it("makes a bullet list introduced by a colon a checklist, keeping nested numbered lists in the step", () => {
    const { extracted } = importFixture(
      "# F\n\n## Before you start\n\nCheck the following:\n\n- Make sure the agent is current.\n- Make sure the service runs:\n  1. Open services.\n  1. Start it.\n- Make sure the clock is right.\n",
    );
    expect(extracted.flows[0]).toMatchObject({ id: "before-you-start", kind: "checklist" });
    expect(extracted.flows[0]?.steps).toHaveLength(3);
  });

  it("does not make a short list of file names a checklist", () => {
    const { extracted } = importFixture(
      "# F\n\n## Exclusions\n\nExclude these:\n\n- CBengine.exe\n- CSC.exe\n- The scratch folder\n",
    );
    expect(extracted.flows).toEqual([]);
  });
});

describe("links, images and callouts are made safe for the portal", () => {
  it("sends relative links to docs that are not imported to the source site, with an info diagnostic", () => {
    const { imported } = importFixture(
      "---\nms.service: backup\n---\n# F\n\nSee [other](other-doc.md#part).\n",
    );
    expect(imported.mdx).toContain("(https://learn.microsoft.com/en-us/azure/backup/other-doc#part)");
    expect(imported.diagnostics).toContainEqual(
      expect.objectContaining({ line: 6, column: 5, severity: "info" }),
    );
  });

  it("keeps links to known docs inside the portal", () => {
    const result = importMsDocs("# F\n\nSee [other](other-doc.md).\n", {
      file: "f.md",
      knownDocs: new Set(["other-doc"]),
    });
    expect(result.mdx).toContain("(/en/articles/other-doc)");
  });

  it("shows a missing image as its alt text in italics, with a warning", () => {
    const { imported } = importFixture("# F\n\n![A screenshot](./media/missing.png)\n");
    expect(imported.mdx).toContain("*A screenshot*");
    expect(imported.diagnostics).toContainEqual(expect.objectContaining({ line: 3, severity: "warning" }));
  });

  it("turns > [!NOTE] into a callout and escapes braces and angle brackets", () => {
    const { imported } = importFixture("# F\n\n> [!NOTE]\n> Use {value} and a < b.\n");
    expect(imported.mdx).toContain('<Callout type="note">');
    expect(imported.mdx).toContain("\\{value\\} and a \\< b.");
  });

  it("never puts a straight double quote inside a prop value", () => {
    const { imported } = importFixture('# F\n\n## The "quoted" title\n\nText.\n');
    expect(imported.mdx).toContain('title="The “quoted” title"');
  });
});
