import { describe, expect, it } from "vitest";
import type { ErrorEntry } from "../schema/entities";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { flowFeedbackContext } from "./flow-feedback-context";

const step = { text: "Restart the agent.", commands: [], links: [] };
const error: ErrorEntry = {
  id: "e",
  locale: "en",
  article: "a",
  title: "E",
  codes: ["1"],
  message: "",
  causes: [
    { id: "disk-full", title: "Disk full", explanation: "", actions: [{ id: "action-1", steps: [step] }] },
    { id: "old-agent", title: "Old agent", explanation: "", actions: [{ id: "action-1", steps: [step] }] },
  ],
  actions: [],
  source: { file: "x.mdx", line: 1, column: 1 },
};
const flow = buildErrorFlow(error, getFlowStrings("en"));

describe("the feedback context of a guided-fix page", () => {
  it("credits the cause answered Yes on when the reader reaches done", () => {
    const context = flowFeedbackContext(
      flow,
      "step=done&trail=disk-full,disk-full.action-1,old-agent,old-agent.action-1",
      "/en/errors/e/fix",
      error,
    );
    expect(context).toEqual({
      position: "done",
      causeId: "old-agent",
      returnPath:
        "/en/errors/e/fix?step=done&trail=disk-full,disk-full.action-1,old-agent,old-agent.action-1",
    });
  });

  it("names no cause before the end, or for a hostile trail", () => {
    expect(flowFeedbackContext(flow, "step=old-agent", "/f", error)).toEqual({
      position: "old-agent",
      returnPath: "/f?step=old-agent",
    });
    expect(flowFeedbackContext(flow, "step=done&trail=x,<script>", "/f", error).causeId).toBeUndefined();
  });
});
