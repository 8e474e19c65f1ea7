// Guards the format check itself: every source file under the code folders must be one Prettier checks,
// so an ignore rule that is too broad (an unanchored `content` once hid all of lib/content/) fails here.
import { execFileSync } from "node:child_process";
import { getFileInfo } from "prettier";
import { describe, expect, it } from "vitest";

const CODE_FOLDERS = ["lib", "app", "components", "bin", "scripts", "e2e", "bench"];

function trackedCodeFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "--", ...CODE_FOLDERS], { encoding: "utf8" });
  return out.split("\n").filter((file) => /\.(ts|tsx|mjs|js|css)$/.test(file));
}

describe("format check coverage", () => {
  it("lists the code files it guards", () => {
    expect(trackedCodeFiles().length).toBeGreaterThan(100);
  });

  it("no code file is skipped by .prettierignore", async () => {
    const ignored: string[] = [];
    for (const file of trackedCodeFiles()) {
      const info = await getFileInfo(file, { ignorePath: ".prettierignore" });
      if (info.ignored) ignored.push(file);
    }
    expect(ignored).toEqual([]);
  });

  it("would notice an over-broad ignore rule", async () => {
    // The rule as it once was: an unanchored name matches at any depth.
    const info = await getFileInfo("lib/content/extract-article.ts", {
      ignorePath: "scripts/fixtures/unanchored.prettierignore",
    });
    expect(info.ignored).toBe(true);
  });
});
