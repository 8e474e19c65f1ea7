import { describe, expect, it } from "vitest";
import {
  describeSuccess,
  MIN_ANSWERS_TO_SHOW,
  orderCausesBySuccess,
  successToShow,
  type CauseSuccess,
} from "./outcome-summary";

const causes = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
const stats = (causeId: string, fixed: number, answers: number): CauseSuccess => ({
  causeId,
  fixed,
  answers,
});
const order = (success: CauseSuccess[]) => orderCausesBySuccess(causes, success).map((c) => c.id);

describe("showing a cause's success rate", () => {
  it("needs MIN_ANSWERS_TO_SHOW answers", () => {
    const totals = [
      { errorId: "e", causeId: "a", fixed: 15, notFixed: MIN_ANSWERS_TO_SHOW - 15 },
      { errorId: "e", causeId: "b", fixed: 15, notFixed: MIN_ANSWERS_TO_SHOW - 16 },
      { errorId: "x", causeId: "a", fixed: 50, notFixed: 0 },
    ];
    expect(successToShow(totals, "e")).toEqual([{ causeId: "a", fixed: 15, answers: MIN_ANSWERS_TO_SHOW }]);
  });

  it("says it in the reader's language and number format", () => {
    const success = stats("a", 100, 120);
    expect(describeSuccess("Fixed it for {percent} of {count} people", "en", success)).toBe(
      "Fixed it for 83% of 120 people",
    );
    expect(describeSuccess("Löste det för {percent} av {count} personer", "sv", success)).toBe(
      "Löste det för 83\u00a0% av 120 personer",
    );
    expect(describeSuccess("{percent} / {count}", "en", stats("a", 1000, 1200))).toBe("83% / 1,200");
  });
});

describe("the success ranking policy", () => {
  it("keeps document order without enough answers", () => {
    expect(order([])).toEqual(["a", "b", "c", "d"]);
    expect(order([stats("c", MIN_ANSWERS_TO_SHOW - 1, MIN_ANSWERS_TO_SHOW - 1)])).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("offers proven causes first, best first", () => {
    expect(order([stats("c", 90, 100), stats("d", 95, 100)])).toEqual(["d", "c", "a", "b"]);
  });

  it("leaves an average cause in its place and puts causes that rarely help last", () => {
    expect(order([stats("b", 10, 20), stats("a", 1, 60)])).toEqual(["b", "c", "d", "a"]);
  });
});
