import { describe, expect, it } from "vitest";
import { FlowSchema, type Flow } from "../schema/entities";
import { BODY_STEP_ID, buildErrorFlow } from "./build-error-flow";
import { buildEscalation } from "./build-escalation";
import { enFlowStrings, svFlowStrings } from "./flow-strings";
import { actionsOnlyError, bodyOnlyError, sharedActionError, threeCauseError } from "./flow-test-fixtures";
import { validateFlow } from "./validate-flow";
import { describeProgress, resolveStep, successorsOf } from "./walk-flow";

/**
 * Walks from the first step, answering questions in the order given. Returns the ids visited,
 * ending in `done`/`escalate`, or at the question it ran out of answers for.
 */
function walk(flow: Flow, answers: ("yes" | "no")[]): string[] {
  const visited: string[] = [];
  const pending = [...answers];
  let position = flow.steps[0]!.id;
  while (position !== "done" && position !== "escalate") {
    visited.push(position);
    const choices = successorsOf(flow, resolveStep(flow, position).step);
    const choice = choices.length === 1 ? choices[0] : choices.find((c) => c.label === pending[0]);
    if (!choice) return visited;
    if (choices.length > 1) pending.shift();
    position = choice.target;
  }
  return [...visited, position];
}

describe("buildErrorFlow on an error with three causes", () => {
  const flow = buildErrorFlow(threeCauseError, enFlowStrings);

  it("is a valid procedure named after the error", () => {
    expect(FlowSchema.parse(flow)).toEqual(flow);
    expect(flow).toMatchObject({ id: "invalid-vault-credentials-provided", kind: "procedure", locale: "en" });
    expect(validateFlow(flow)).toEqual([]);
  });

  it("has one real step per thing to try: each action, then a cause no action fixes", () => {
    expect(flow.steps.map((step) => step.id)).toEqual([
      "new-credentials",
      "check-internet",
      "allow-urls",
      "cause.cause-3",
    ]);
  });

  it("puts the cause and its explanation above the action's steps, instead of a step of its own", () => {
    expect(flow.steps[0]!.text).toBe(
      "Cause: The vault credentials are not valid. They may be corrupt or expired. Download new credentials from the vault. Register the server again.",
    );
    expect(flow.steps[0]!.markdown).toBe(
      "**Cause:** The vault credentials are not valid\n\nThey may be corrupt or expired.\n\n**What to do:**\n\n1. Download new credentials from the vault.\n2. Register the server again.",
    );
  });

  it("asks a cause no action fixes as a check of its own", () => {
    expect(flow.steps[3]!.text).toBe(
      "Check: Antivirus software blocks registration. Scanning locks agent files.",
    );
  });

  it("asks after every step whether it fixed the problem; no goes on, and after the last to support", () => {
    for (const step of flow.steps) expect(step).toMatchObject({ question: "Did this fix it?", yes: "done" });
    expect(flow.steps.map((step) => step.no)).toEqual([
      "check-internet",
      "allow-urls",
      "cause.cause-3",
      "escalate",
    ]);
    expect(walk(flow, ["no", "no", "no", "no"])).toEqual([...flow.steps.map((step) => step.id), "escalate"]);
  });

  it("ends in done only when the reader says it worked", () => {
    expect(walk(flow, ["yes"])).toEqual(["new-credentials", "done"]);
    expect(walk(flow, ["no", "yes"])).toEqual(["new-credentials", "check-internet", "done"]);
  });

  it("counts real steps only", () => {
    expect(describeProgress(flow, "check-internet", enFlowStrings)).toBe("Step 2 of 4");
  });

  it("uses ids that fit the step id pattern", () => {
    for (const step of flow.steps) expect(step.id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
  });

  it("speaks Swedish with Swedish strings", () => {
    const sv = buildErrorFlow(threeCauseError, svFlowStrings);
    expect(sv.steps[0]!.text).toMatch(/^Orsak: /);
    expect(sv.steps[3]!.text).toMatch(/^Kontrollera: /);
    expect(sv.steps[0]!.question).toBe("Löste det problemet?");
  });
});

describe("buildErrorFlow on causes that share one action list", () => {
  const flow = buildErrorFlow(sharedActionError, enFlowStrings);

  it("tries the shared action once, naming its possible causes", () => {
    expect(flow.steps).toHaveLength(1);
    expect(flow.steps[0]!.markdown).toBe(
      [
        "**Possible causes:**",
        "- The scratch folder is on a full volume\n- The scratch folder was moved the wrong way\n- The OnlineBackup.KEK file is missing",
        "**What to do:**",
        "1. Upgrade to the [latest version](https://aka.ms/azurebackup_agent).\n" +
          "2. Check that `OnlineBackup.KEK` is in the scratch folder:\n\n   - on the default path\n   - or the moved one",
      ].join("\n\n"),
    );
    expect(flow.steps[0]).toMatchObject({ question: "Did this fix it?", yes: "done", no: "escalate" });
    expect(describeProgress(flow, flow.steps[0]!.id, enFlowStrings)).toBe("Step 1 of 1");
  });

  it("never repeats a step, whatever the answers", () => {
    const texts = flow.steps.map((step) => step.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(walk(flow, ["no"])).toEqual([flow.steps[0]!.id, "escalate"]);
  });

  it("escapes Markdown in cause titles", () => {
    const starred = {
      ...sharedActionError,
      causes: sharedActionError.causes.map((c, i) =>
        i === 0 ? { ...c, title: "The *.tmp files [fill] it" } : c,
      ),
    };
    expect(buildErrorFlow(starred, enFlowStrings).steps[0]!.markdown).toContain(
      "- The \\*.tmp files \\[fill\\] it",
    );
  });
});

describe("buildErrorFlow on an error without causes", () => {
  const flow = buildErrorFlow(actionsOnlyError, svFlowStrings);

  it("walks its actions, asking after each", () => {
    expect(flow.steps.map((step) => step.id)).toEqual(["update-agent", "free-space"]);
    expect(flow.steps[0]).toMatchObject({ question: "Löste det problemet?", yes: "done", no: "free-space" });
    expect(flow.steps[1]).toMatchObject({ question: "Löste det problemet?", yes: "done", no: "escalate" });
    expect(validateFlow(flow)).toEqual([]);
  });

  it("hands over to support at once when the error documents no fix", () => {
    const empty = buildErrorFlow({ ...actionsOnlyError, actions: [] }, svFlowStrings);
    expect(empty.steps).toEqual([
      { id: "no-known-fix", text: svFlowStrings.noKnownFix, commands: [], next: "escalate" },
    ]);
    expect(validateFlow(empty)).toEqual([]);
  });
});

describe("buildErrorFlow on an error whose fix is only a body", () => {
  const flow = buildErrorFlow(bodyOnlyError, enFlowStrings);

  it("has one step, 'Follow these instructions', with the body as written", () => {
    expect(flow.steps).toHaveLength(1);
    expect(flow.steps[0]!.id).toBe(BODY_STEP_ID);
    expect(flow.steps[0]!.markdown).toBe(`**Follow these instructions**\n\n${bodyOnlyError.body!.markdown}`);
    expect(flow.steps[0]!.text).toContain("Make sure the VM is running.");
    expect(flow.steps.map((s) => s.text).join(" ")).not.toContain(enFlowStrings.noKnownFix);
  });

  it("asks whether it worked at the end", () => {
    expect(flow.steps[0]).toMatchObject({ question: "Did this fix it?", yes: "done", no: "escalate" });
  });

  it("names the causes when the body is all the fix there is", () => {
    const withCauses = {
      ...bodyOnlyError,
      causes: threeCauseError.causes.slice(0, 2),
    };
    const steps = buildErrorFlow(withCauses, enFlowStrings).steps;
    expect(steps.map((s) => s.id)).toEqual([BODY_STEP_ID]);
    expect(steps[0]!.markdown).toContain("**Possible causes:**");
  });

  it("comes after the actions when there are both", () => {
    const both = { ...actionsOnlyError, body: bodyOnlyError.body };
    expect(buildErrorFlow(both, enFlowStrings).steps.map((s) => s.id)).toEqual([
      "update-agent",
      "free-space",
      BODY_STEP_ID,
    ]);
  });
});

describe("buildErrorFlow orders actions for the whole error around the causes' actions as written", () => {
  it("tries a general action written first before the causes, and the rest after", () => {
    const [first, second, third] = threeCauseError.actions;
    const error = {
      ...threeCauseError,
      actions: [
        { ...first!, id: "update-first", causes: [] },
        second!,
        third!,
        { ...first!, id: "retry-last", causes: [] },
      ],
    };
    expect(buildErrorFlow(error, enFlowStrings).steps.map((s) => s.id)).toEqual([
      "update-first",
      "cause.cause-1",
      "check-internet",
      "allow-urls",
      "cause.cause-3",
      "retry-last",
    ]);
  });
});

describe("buildEscalation", () => {
  it("names the error's code and message and the time, and says whom to ask when the article names no one", () => {
    const escalation = buildEscalation(enFlowStrings, threeCauseError);
    expect(escalation.collect).toEqual([
      "The error code and message: 34513: Invalid vault credentials were provided.",
      enFlowStrings.escalation.time,
    ]);
    expect(escalation.collectMarkdown).toEqual([]);
    expect(escalation.contacts).toEqual([]);
    expect(escalation.help).toBe(enFlowStrings.escalation.noContacts);
  });

  it("adds the product's own items and support channels from the article", () => {
    const support = {
      collect: ["The logs in `C:\\Program Files\\Agent\\Temp`."],
      contacts: [{ title: "Ask on Q&A", url: "https://learn.microsoft.com/answers/" }],
    };
    const escalation = buildEscalation(enFlowStrings, threeCauseError, support);
    expect(escalation.collectMarkdown).toEqual(support.collect);
    expect(escalation.contacts).toEqual(support.contacts);
    expect(escalation.help).toBe(enFlowStrings.escalation.help);
  });

  it("asks for the code as shown when the flow is not about one error", () => {
    expect(buildEscalation(svFlowStrings).collect[0]).toBe(svFlowStrings.escalation.errorMessageOnly);
  });
});
