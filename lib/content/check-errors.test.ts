import { describe, expect, it } from "vitest";
import { actionsOnlyError, bodyOnlyError, FIXTURE_FILE } from "@/lib/flows/flow-test-fixtures";
import { checkUnstructuredFixes } from "./check-errors";

describe("checkUnstructuredFixes", () => {
  it("names, at the error, each error whose fix stayed free text", () => {
    expect(checkUnstructuredFixes([bodyOnlyError, actionsOnlyError])).toEqual([
      {
        file: FIXTURE_FILE,
        line: 40,
        column: 1,
        severity: "warning",
        message: expect.stringMatching(
          /^error "user-error-vm-not-in-desirable-state" has fix text but no <Action>: /,
        ),
      },
    ]);
  });

  it("is quiet for an error with actions and a body, and for a reference entry", () => {
    const both = { ...actionsOnlyError, body: bodyOnlyError.body };
    const reference = { ...bodyOnlyError, body: undefined };
    expect(checkUnstructuredFixes([both, reference])).toEqual([]);
  });
});
