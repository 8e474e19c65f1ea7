import { describe, expect, it } from "vitest";
import { buildErrorFlow } from "./build-error-flow";
import { outlineFlow, toHowToJsonLd } from "./flow-outline";
import { enFlowStrings } from "./flow-strings";
import { restoreFlow, threeCauseError } from "./flow-test-fixtures";

describe("outlineFlow", () => {
  const outline = outlineFlow(restoreFlow);

  it("lists every step in order with its number", () => {
    expect(outline.map((item) => [item.number, item.id])).toEqual(
      restoreFlow.steps.map((step, i) => [i + 1, step.id]),
    );
  });

  it("gives a question its yes and no branches with the target numbers", () => {
    expect(outline[2]).toMatchObject({
      id: "step-3",
      question: "Did you find Microsoft iSCSI Initiator?",
      branches: [
        { answer: "yes", target: "step-7", targetNumber: 7 },
        { answer: "no", target: "step-4", targetNumber: 4 },
      ],
    });
  });

  it("says nothing extra for a step that simply goes on, and names the end after the last", () => {
    expect(outline[0]!.branches).toEqual([]);
    expect(outline[0]!.question).toBeUndefined();
    expect(outline[8]!.branches).toEqual([{ answer: "next", target: "done" }]);
  });

  it("names the escalation end of a derived flow", () => {
    const derived = outlineFlow(buildErrorFlow(threeCauseError, enFlowStrings));
    expect(derived.at(-1)!.branches).toEqual([
      { answer: "yes", target: "done" },
      { answer: "no", target: "escalate" },
    ]);
    expect(derived[1]!.branches).toEqual([
      { answer: "yes", target: "done" },
      { answer: "no", target: "allow-urls", targetNumber: 3 },
    ]);
  });
});

describe("toHowToJsonLd", () => {
  const url = "https://fixpath.example/en/flows/troubleshoot-restore-problems";
  const howTo = toHowToJsonLd(restoreFlow, url);

  it("is a schema.org HowTo named after the flow", () => {
    expect(howTo).toMatchObject({
      "@context": "https://schema.org",
      "@type": "HowTo",
      name: restoreFlow.title,
      inLanguage: "en",
      url,
    });
    expect(howTo).not.toHaveProperty("description");
  });

  it("has one positioned step per flow step, linking to its anchor", () => {
    expect(howTo.step).toHaveLength(9);
    expect(howTo.step[2]).toEqual({
      "@type": "HowToStep",
      position: 3,
      url: `${url}#step-3`,
      text: "In Device Manager, open Storage controllers and look for Microsoft iSCSI Initiator. Did you find Microsoft iSCSI Initiator?",
    });
  });

  it("describes a derived flow with the error message", () => {
    const derived = toHowToJsonLd(buildErrorFlow(threeCauseError, enFlowStrings), url);
    expect(derived.description).toBe("Invalid vault credentials were provided.");
    expect(JSON.parse(JSON.stringify(derived))).toEqual(derived);
  });
});
