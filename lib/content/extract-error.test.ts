// Specifications of an <Error>'s entity: body kept in order, shared actions, today's nested actions, stable ids.
import { describe, expect, it } from "vitest";
import { IdSchema } from "@/lib/schema/entities";
import { extractArticle } from "./extract-article";

const FRONT = "---\ntitle: T\ndescription: D\nproduct: P\nupdated: 2024-01-01\n---\n\n";
/** Lines the front matter takes, so a line in `body` is `FRONT_LINES + n`. */
const FRONT_LINES = 7;

const extract = (body: string) =>
  extractArticle(FRONT + body, { file: "x.mdx", locale: "en", articleId: "x" });

function extractOne(body: string) {
  const result = extract(body);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

const SHARED = `<Error id="activation" title="Activation failed" codes="0x1FC07">

<Message>The activation did not complete successfully.</Message>

<Cause id="full-volume" title="The scratch folder is on a full volume" />

<Cause id="moved" title="The scratch folder was moved the wrong way">
It was moved by hand.
</Cause>

<Cause id="kek-missing" title="The OnlineBackup.KEK file is missing" />

<Action causes="kek-missing full-volume moved">
- Upgrade to the [latest version](https://aka.ms/azurebackup_agent).
- Check that \`OnlineBackup.KEK\` is in the scratch folder:
  - the default one, \`C:\\Program Files\\Scratch\`
  - or the one you moved it to
</Action>

</Error>
`;

describe("an error whose causes share one action list", () => {
  const error = extractOne(SHARED);

  it("has one action naming every cause, in the causes' order", () => {
    expect(error.actions).toHaveLength(1);
    expect(error.actions[0]!.causes).toEqual(["full-volume", "moved", "kek-missing"]);
  });

  it("keeps a cause's explanation, and an empty one for a self-closing cause", () => {
    expect(error.causes.map((c) => [c.id, c.explanation])).toEqual([
      ["full-volume", ""],
      ["moved", "It was moved by hand."],
      ["kek-missing", ""],
    ]);
  });

  it("keeps links, inline code and nested sub-items inside their step", () => {
    const [first, second] = error.actions[0]!.steps;
    expect(first).toEqual({
      markdown: "Upgrade to the [latest version](https://aka.ms/azurebackup_agent).",
      text: "Upgrade to the latest version.",
      commands: [],
      links: [{ text: "latest version", href: "https://aka.ms/azurebackup_agent" }],
    });
    expect(error.actions[0]!.steps).toHaveLength(2);
    expect(second!.markdown).toBe(
      "Check that `OnlineBackup.KEK` is in the scratch folder:\n" +
        "- the default one, `C:\\Program Files\\Scratch`\n" +
        "- or the one you moved it to",
    );
    expect(second!.commands).toEqual(["OnlineBackup.KEK", "C:\\Program Files\\Scratch"]);
  });

  it("has no body when everything is structured", () => {
    expect(error.body).toBeUndefined();
  });
});

describe("an error's body", () => {
  const error =
    extractOne(`<Error id="vm-state" title="The VM is not in a good state" codes="UserErrorVmNotInDesirableState">

<Message>VM is not in a state that allows backups.</Message>

The backup fails when the VM is **failed**.

<Cause id="c" title="The VM agent is stopped" />

## Resolution

- Start the VM from the [portal](https://portal.azure.com).
  - wait until it runs
- Retry the backup.

<Callout type="warning">
Do not *delete* the VM.
</Callout>

\`\`\`powershell
Start-AzVM -Name vm1
\`\`\`

</Error>
`);

  it("holds every block that is not a message, cause or action, in order, as Markdown", () => {
    expect(error.body?.markdown).toBe(
      [
        "The backup fails when the VM is **failed**.",
        "## Resolution",
        "- Start the VM from the [portal](https://portal.azure.com).\n  - wait until it runs\n- Retry the backup.",
        "> [!WARNING]\n> Do not *delete* the VM.",
        "```powershell\nStart-AzVM -Name vm1\n```",
      ].join("\n\n"),
    );
  });

  it("and as plain text", () => {
    expect(error.body?.text).toBe(
      [
        "The backup fails when the VM is failed.",
        "Resolution",
        "Start the VM from the portal.",
        "wait until it runs",
        "Retry the backup.",
        "Do not delete the VM.",
        "Start-AzVM -Name vm1",
      ].join("\n"),
    );
  });

  it("is reported by nothing: an error may have no action", () => {
    expect(error.actions).toEqual([]);
    expect(error.causes).toHaveLength(1);
  });
});

describe("indented content", () => {
  it("is de-indented to where the step starts, so nested lists stay nested and nothing turns into code", () => {
    const error = extractOne(
      [
        '<Error id="e" title="E">',
        "  <Message>m</Message>",
        "",
        "  <Action>",
        "    - Try another browser, or:",
        "      - Open Internet Explorer.",
        "      - Clear the cache.",
        "    - Check the subscription.",
        "  </Action>",
        "",
        "  Then restart:",
        "",
        "      not code, just indented",
        "</Error>",
        "",
      ].join("\n"),
    );
    expect(error.actions[0]!.steps.map((s) => s.markdown)).toEqual([
      "Try another browser, or:\n- Open Internet Explorer.\n- Clear the cache.",
      "Check the subscription.",
    ]);
    // MDX has no indented code blocks: the indented line is a paragraph, and its Markdown must not become code.
    expect(error.body?.markdown).toBe("Then restart:\n\nnot code, just indented");
  });
});

describe("today's format: an <Action> inside a <Cause>", () => {
  it("fixes that cause", () => {
    const error = extractOne(`<Error id="e" title="E">

<Cause id="a" title="A">
<Action>
- Do A.
</Action>
</Cause>

<Cause id="b" title="B">
<Action>
- Do B.
</Action>
</Cause>

<Action>
- Do this in any case.
</Action>

</Error>
`);
    expect(error.actions.map((a) => [a.causes, a.steps[0]!.text])).toEqual([
      [["a"], "Do A."],
      [["b"], "Do B."],
      [[], "Do this in any case."],
    ]);
  });

  it("may not name causes of its own", () => {
    const result = extract(
      '<Error id="e" title="E">\n\n<Cause id="a" title="A">\n\n<Action causes="a">\n- Do.\n</Action>\n\n</Cause>\n\n</Error>\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      `${FRONT_LINES + 5}:1 an <Action> inside a <Cause> fixes that cause: remove causes=…, or move the <Action> after the causes to share it`,
    ]);
  });
});

describe("an <Action> naming a cause the error does not have", () => {
  it("is a located error that lists the causes there are", () => {
    const result = extract(
      '<Error id="e" title="E">\n\n<Cause id="a" title="A" />\n\n<Action causes="a nope">\n- Do.\n</Action>\n\n</Error>\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        file: "x.mdx",
        line: FRONT_LINES + 5,
        column: 1,
        severity: "error",
        message:
          '<Action causes="…"> names "nope", which is not a cause of this error: use the id of one of its <Cause>s (a)',
      },
    ]);
  });

  it("is an error when the ids are not ids at all", () => {
    const result = extract(
      '<Error id="e" title="E">\n\n<Action causes="A B">\n- Do.\n</Action>\n\n</Error>\n',
    );
    expect(result.diagnostics[0]?.message).toBe(
      'causes="A B" on <Action> must be ids separated by spaces, e.g. "cause-1 cause-3"',
    );
  });
});

describe("ids the author left out", () => {
  const causeIds = (body: string) => extractOne(body).causes.map((c): [string, string] => [c.title, c.id]);
  const actionIds = (body: string) =>
    extractOne(body).actions.map((a): [string, string] => [a.steps[0]!.text, a.id]);
  const errorWith = (...parts: string[]) => `<Error id="e" title="E">\n\n${parts.join("\n\n")}\n\n</Error>\n`;
  const cause = (title: string) => `<Cause title="${title}" />`;
  const action = (text: string) => `<Action>\n- ${text}\n</Action>`;

  it("are derived from content: a cause's from its title, an action's from its steps", () => {
    const error = extractOne(errorWith(cause("Disk is full"), action("Free some space.")));
    expect(error.causes[0]!.id).toBe("disk-is-full");
    expect(error.actions[0]!.id).toMatch(/^fix-[0-9a-f]{6}$/);
  });

  it("do not change when causes or actions are reordered", () => {
    const before = causeIds(errorWith(cause("Disk is full"), cause("Proxy blocks"), cause("Key missing")));
    const after = causeIds(errorWith(cause("Key missing"), cause("Disk is full"), cause("Proxy blocks")));
    expect(new Map(after)).toEqual(new Map(before));
    const actionsBefore = actionIds(errorWith(action("Free space."), action("Restart.")));
    const actionsAfter = actionIds(errorWith(action("Restart."), action("Free space.")));
    expect(new Map(actionsAfter)).toEqual(new Map(actionsBefore));
  });

  it("do not change when a neighbour is edited, added or removed", () => {
    const [, full] = causeIds(errorWith(cause("Proxy blocks"), cause("Disk is full")))[1]!;
    const edited = causeIds(errorWith(cause("A proxy blocks the agent"), cause("Disk is full")));
    const removed = causeIds(errorWith(cause("Disk is full")));
    expect(edited[1]![1]).toBe(full);
    expect(removed[0]![1]).toBe(full);
    const [, restart] = actionIds(errorWith(action("Free space."), action("Restart.")))[1]!;
    expect(actionIds(errorWith(action("Free more space first."), action("Restart.")))[1]![1]).toBe(restart);
  });

  it("are the same on every import of the same text", () => {
    const body = errorWith(cause("Disk is full"), action("Free space."));
    expect(extractOne(body)).toEqual(extractOne(body));
  });

  it("fall back to a hash for titles in non-Latin scripts, and stay valid and unique", () => {
    const ids = causeIds(errorWith(cause("キーファイルがありません"), cause("キーファイルが破損しています")));
    expect(ids.map(([, id]) => id)).toEqual([
      expect.stringMatching(/^cause-[0-9a-f]{6}$/),
      expect.stringMatching(/^cause-[0-9a-f]{6}$/),
    ]);
    expect(ids[0]![1]).not.toBe(ids[1]![1]);
    for (const [, id] of ids) expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it("number the second of two causes with the same title, and leave the author's ids alone", () => {
    const ids = causeIds(
      errorWith(cause("Disk is full"), '<Cause id="disk-is-full" title="Other" />', cause("Disk is full")),
    );
    expect(ids.map(([, id]) => id)).toEqual(["disk-is-full-2", "disk-is-full", "disk-is-full-3"]);
  });
});

describe("reference entries", () => {
  it("need no code and no fix", () => {
    const error = extractOne(
      '<Error id="e" title="Pods restart after the upgrade">\n\n<Message>m</Message>\n\n</Error>\n',
    );
    expect(error).toMatchObject({ codes: [], causes: [], actions: [] });
    expect(error.body).toBeUndefined();
  });
});

describe("a callout inside an action", () => {
  it("belongs to the step before it, as an alert", () => {
    const error = extractOne(
      '<Error id="e" title="E">\n\n<Action>\n- Restart the server.\n\n<Callout type="note">\nIt takes a minute.\n</Callout>\n</Action>\n\n</Error>\n',
    );
    expect(error.actions[0]!.steps).toEqual([
      {
        markdown: "Restart the server.\n\n> [!NOTE]\n> It takes a minute.",
        text: "Restart the server.\nIt takes a minute.",
        commands: [],
        links: [],
      },
    ]);
  });
});
