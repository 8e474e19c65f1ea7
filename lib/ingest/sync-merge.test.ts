import { describe, expect, it } from "vitest";
import { findConflictMarkers } from "../content/conflict-markers";
import { keepStableIds, mergeImport } from "./sync-merge";

const lines = (...l: string[]) => l.join("\n") + "\n";

describe("mergeImport", () => {
  const base = lines("a", "b", "c", "d");

  it("says unchanged when upstream did not move, and keeps the local text", () => {
    const local = lines("a", "B", "c", "d");
    expect(mergeImport({ base, local, upstream: base })).toEqual({
      status: "unchanged",
      text: local,
      base,
      conflicts: [],
    });
  });

  it("takes upstream as it is when nobody edited the article", () => {
    const upstream = lines("a", "b", "C", "d");
    expect(mergeImport({ base, local: base, upstream })).toMatchObject({
      status: "updated",
      text: upstream,
      base: upstream,
    });
  });

  it("keeps changes of both sides in different places", () => {
    const result = mergeImport({
      base,
      local: lines("A", "b", "c", "d"),
      upstream: lines("a", "b", "c", "D"),
    });
    expect(result).toMatchObject({ status: "merged", text: lines("A", "b", "c", "D"), conflicts: [] });
  });

  it("takes a change both sides made alike without a conflict", () => {
    const same = lines("a", "X", "c", "d");
    expect(mergeImport({ base, local: same, upstream: lines("a", "X", "c", "D") })).toMatchObject({
      status: "merged",
      text: lines("a", "X", "c", "D"),
    });
  });

  it("marks the same line changed on both sides, located at its first marker", () => {
    const result = mergeImport({
      base,
      local: lines("a", "L", "c", "d"),
      upstream: lines("a", "U", "c", "d"),
    });
    expect(result.status).toBe("conflict");
    expect(result.text).toBe(
      lines("a", "<<<<<<< local", "L", "||||||| base", "b", "=======", "U", ">>>>>>> upstream", "c", "d"),
    );
    expect(result.conflicts).toEqual([{ line: 2, column: 1 }]);
    expect(findConflictMarkers(result.text, "x.mdx").map((d) => [d.line, d.column, d.severity])).toEqual([
      [2, 1, "error"],
    ]);
  });
});

describe("keepStableIds", () => {
  const article = (id: string, other = "overview") =>
    lines(
      `<Section id="${other}" title="Overview">`,
      `See [it](#${id}) and [its page](/en/errors/${id}).`,
      "</Section>",
      `<Error id="${id}" title="T">`,
      "</Error>",
    );

  it("writes a renamed entity's new id back as the old one, in its prop and in links", () => {
    expect(keepStableIds(article("did-not-start"), article("does-not-start"))).toBe(article("did-not-start"));
  });

  it("leaves entities that were added or removed with their own ids", () => {
    const base = article("did-not-start");
    const upstream = base + lines('<Error id="new-error" title="N">', "</Error>");
    expect(keepStableIds(base, upstream)).toBe(upstream);
  });

  it("never rewrites prose that happens to spell an id", () => {
    const base = lines('<Error id="overview" title="T">', "</Error>");
    const upstream = lines('<Error id="summary" title="T">', "A summary of the overview.", "</Error>");
    expect(keepStableIds(base, upstream)).toBe(
      lines('<Error id="overview" title="T">', "A summary of the overview.", "</Error>"),
    );
  });
});

describe("findConflictMarkers", () => {
  it("finds nothing in ordinary MDX, including a Markdown rule of equals signs", () => {
    expect(findConflictMarkers(lines("Title", "=======", "text"), "x.mdx")).toEqual([]);
  });

  it("leaves a git conflict shown as a sample inside a code fence, but not one sync wrote there", () => {
    const sample = lines("```text", "<<<<<<< HEAD", "mine", "=======", "theirs", ">>>>>>> main", "```");
    expect(findConflictMarkers(sample, "x.mdx")).toEqual([]);
    const synced = lines("```sh", "<<<<<<< local", "a", "=======", "b", ">>>>>>> upstream", "```");
    expect(findConflictMarkers(synced, "x.mdx")).toMatchObject([{ line: 2 }]);
  });

  it("reports a closing marker without its opening one", () => {
    expect(findConflictMarkers(lines("a", ">>>>>>> upstream"), "x.mdx")).toMatchObject([
      { line: 2, column: 1 },
    ]);
  });
});
