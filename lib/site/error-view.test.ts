import { describe, expect, it } from "vitest";
import type { Catalog, ErrorEntry } from "../schema/entities";
import { bodyOnlyError, sharedActionError, threeCauseError } from "../flows/flow-test-fixtures";
import { buildErrorView } from "./error-view";

const catalogOf = (...errors: ErrorEntry[]): Catalog => ({
  articles: [],
  errors,
  flows: [],
  diagnostics: [],
});
const view = (error: ErrorEntry) => buildErrorView(error, catalogOf(error));

describe("buildErrorView", () => {
  it("shows an action that several causes share once, naming them, and calls the causes possible", () => {
    const shared = view(sharedActionError);
    expect(shared.causesArePossible).toBe(true);
    expect(shared.causes.map((c) => c.actions)).toEqual([[], [], []]);
    expect(shared.sharedActions).toHaveLength(1);
    expect(shared.sharedActions[0]).toMatchObject({
      id: "fix-3f9a2c",
      appliesToAll: true,
      appliesTo: [
        { anchor: "cause-scratch-folder-full", number: 1 },
        { anchor: "cause-scratch-folder-moved", number: 2 },
        { anchor: "cause-kek-file-missing", number: 3 },
      ],
    });
  });

  it("keeps a cause's own actions in its card, and links in steps as links", () => {
    const own = view(threeCauseError);
    expect(own.causesArePossible).toBe(false);
    expect(own.causes.map((c) => c.actions.map((a) => a.id))).toEqual([
      ["new-credentials"],
      ["check-internet", "allow-urls"],
      [],
    ]);
    const link = view(sharedActionError).sharedActions[0]!.steps[0]!.blocks[0];
    expect(link).toMatchObject({
      kind: "paragraph",
      children: [
        { kind: "text" },
        { kind: "link", href: "https://aka.ms/azurebackup_agent" },
        { kind: "text" },
      ],
    });
  });

  it("shows a body as rich text, and as the fix when there is no action", () => {
    const body = view(bodyOnlyError);
    expect(body.hasFix).toBe(true);
    expect(body.bodyIsTheFix).toBe(true);
    expect(body.body.map((b) => b.kind)).toEqual(["paragraph", "list"]);
  });

  it("says there is no fix for a reference entry (code and message only)", () => {
    const reference = view({ ...bodyOnlyError, body: undefined });
    expect(reference.hasFix).toBe(false);
    expect(reference.body).toEqual([]);
  });
});
