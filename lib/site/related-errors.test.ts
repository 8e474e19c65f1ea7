import { describe, expect, it } from "vitest";
import type { ErrorEntry } from "../schema/entities";
import { findRelatedErrors } from "./related-errors";

function makeError(id: string, extra: Partial<ErrorEntry> = {}): ErrorEntry {
  return {
    id,
    locale: "sv",
    article: "a",
    title: id,
    codes: [],
    message: "",
    causes: [],
    actions: [],
    source: { file: "content/sv/a.mdx", line: 1, column: 1 },
    ...extra,
  };
}

const cause = (title: string) => ({ id: "cause-1", title, explanation: "", explanationMarkdown: "" });

describe("findRelatedErrors", () => {
  it("ranks a shared code above a shared cause above a shared section", () => {
    const error = makeError("x", {
      codes: ["34513"],
      causes: [cause("Scratch-mappen är full")],
      section: "common",
    });
    const sameSection = makeError("s", { section: "common" });
    const sameCause = makeError("c", { causes: [cause("scratch-mappen är  full")] });
    const sameCode = makeError("k", { codes: ["34513"] });
    const unrelated = makeError("u");
    expect(
      findRelatedErrors(error, [sameSection, sameCause, unrelated, sameCode, error]).map((e) => e.id),
    ).toEqual(["k", "c", "s"]);
  });

  it("never relates errors across locales", () => {
    const error = makeError("x", { codes: ["1"] });
    expect(findRelatedErrors(error, [makeError("y", { codes: ["1"], locale: "en" })])).toEqual([]);
  });
});
