import path from "node:path";
import { describe, expect, it } from "vitest";
import { CatalogIds, readDefinedIds } from "./catalog-ids";
import { findIncludedFiles, isNavigationFileName } from "./docs-tree";
import { IdAllocator } from "./make-id";

describe("ids unique across a catalog", () => {
  it("reads the error, flow and section ids an article defines, whatever the quoting", () => {
    const mdx = `<Section id="intro" title="I">\n<Error\n  id='e1' title="E">\n</Error>\n<Flow title="F" id={"f1"}>\n<Cause id="c1" title="C" />`;
    expect(readDefinedIds(mdx)).toEqual(["intro", "e1", "f1"]);
  });

  it("takes for an article only the ids other articles define", () => {
    const ids = new CatalogIds();
    ids.add("agent", ["basic-troubleshooting", "e1"]);
    ids.add("vault", ["basic-troubleshooting"]);
    expect(ids.takenFor("agent").has("e1")).toBe(false);
    expect(ids.takenFor("agent").has("basic-troubleshooting")).toBe(true);
    expect(ids.takenFor("vault").has("e1")).toBe(true);
    expect(ids.takenFor("new").has("unknown")).toBe(false);
  });

  it("qualifies a taken id with the article id and still numbers repeats within the article", () => {
    const ids = new IdAllocator(new Set(["basic-troubleshooting"]), "vault-errors");
    expect(ids.allocate("Basic troubleshooting", "")).toBe("vault-errors-basic-troubleshooting");
    expect(ids.allocate("basic-troubleshooting", "")).toBe("vault-errors-basic-troubleshooting-2");
    expect(ids.allocate("restore", "")).toBe("restore");
  });
});

describe("a documentation tree", () => {
  it("finds the files its documents include, relative to each document", () => {
    const docs = new Map([
      [
        "/docs/backup/agent.md",
        "# A\n\n[!INCLUDE [note](../includes/note.md)]\n\n[!include[x](<tip%20one.md>)]\n",
      ],
      ["/docs/plain.md", "# P\n\nNo includes here: [!INCLUDE is only an example.\n"],
    ]);
    expect([...findIncludedFiles(docs)].sort()).toEqual(
      [path.resolve("/docs/includes/note.md"), path.resolve("/docs/backup/tip one.md")].sort(),
    );
  });

  it("knows a tree's navigation pages by name, in any case", () => {
    expect(["README.md", "docs/index.md", "TOC.md", "toc.MD"].map(isNavigationFileName)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isNavigationFileName("readme-errors.md")).toBe(false);
  });
});
