import { describe, expect, it } from "vitest";
import type { ErrorEntry } from "../schema/entities";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { flowFeedbackContext } from "./flow-feedback-context";

const step = (text: string) => ({ markdown: text, text, commands: [], links: [] });
const cause = (id: string, title: string) => ({ id, title, explanation: "", explanationMarkdown: "" });
// Disk full and old agent each have their own fix; both are also fixed by reinstalling; the last cause has none.
const error: ErrorEntry = {
  id: "e",
  locale: "en",
  article: "a",
  title: "E",
  codes: ["1"],
  message: "",
  causes: [cause("disk-full", "Disk full"), cause("old-agent", "Old agent"), cause("proxy", "A proxy")],
  actions: [
    { id: "fix-free-space", causes: ["disk-full"], steps: [step("Free some space.")] },
    { id: "fix-upgrade", causes: ["old-agent"], steps: [step("Upgrade the agent.")] },
    { id: "fix-reinstall", causes: ["disk-full", "old-agent"], steps: [step("Reinstall the agent.")] },
  ],
  source: { file: "x.mdx", line: 1, column: 1 },
};
const flow = buildErrorFlow(error, getFlowStrings("en"));
const doneAfter = (trail: string) => flowFeedbackContext(flow, `step=done&trail=${trail}`, "/f", error);

describe("the feedback context of a guided-fix page", () => {
  it("walks the stable action and cause step ids", () => {
    expect(flow.steps.map((s) => s.id)).toEqual([
      "fix-free-space",
      "fix-reinstall",
      "fix-upgrade",
      "cause.proxy",
    ]);
  });

  it("credits the cause answered Yes on when the reader reaches done", () => {
    const context = flowFeedbackContext(
      flow,
      "step=done&trail=fix-free-space,fix-reinstall,fix-upgrade",
      "/en/errors/e/fix",
      error,
    );
    expect(context).toEqual({
      position: "done",
      causeId: "old-agent",
      returnPath: "/en/errors/e/fix?step=done&trail=fix-free-space,fix-reinstall,fix-upgrade",
    });
    expect(doneAfter("fix-free-space,fix-reinstall,fix-upgrade,cause.proxy").causeId).toBe("proxy");
  });

  it("names no cause when the step that worked fixes several of them", () => {
    expect(doneAfter("fix-free-space,fix-reinstall").position).toBe("done");
    expect(doneAfter("fix-free-space,fix-reinstall").causeId).toBeUndefined();
  });

  it("names no cause before the end, or for a hostile trail", () => {
    expect(flowFeedbackContext(flow, "step=fix-upgrade", "/f", error)).toEqual({
      position: "fix-upgrade",
      returnPath: "/f?step=fix-upgrade",
    });
    expect(flowFeedbackContext(flow, "step=done&trail=x,<script>", "/f", error).causeId).toBeUndefined();
  });

  it("on a static done page (no trail), gives the cause of each step the browser may find the reader came from", () => {
    const address = {
      basePath: "/en/errors/e/fix",
      pathOf: (id?: string) => (id ? `/en/errors/e/fix/${id}` : "/en/errors/e/fix"),
    };
    expect(flowFeedbackContext(flow, { step: "done" }, address, error)).toEqual({
      position: "done",
      returnPath: "/en/errors/e/fix/done",
      causeIdByStep: { "fix-free-space": "disk-full", "fix-upgrade": "old-agent", "cause.proxy": "proxy" },
    });
  });
});
