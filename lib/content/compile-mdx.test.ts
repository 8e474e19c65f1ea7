import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileMdx, hashMdxSource } from "./compile-mdx.server";

const root = mkdtempSync(path.join(tmpdir(), "fixpath-mdx-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FIXTURE = readFileSync("test-fixtures/valid-content/sv/backup-agent.mdx", "utf8");

describe("compileMdx", () => {
  it("compiles an article to code that takes Fixpath components from the components map", async () => {
    const { code } = await compileMdx(FIXTURE, { root });
    expect(code).toContain("Ogiltiga autentiseringsuppgifter angavs.");
    // The components are looked up by name at render time, never imported or defined by the content.
    expect(code).toMatch(/Error:\w+/);
    expect(code).not.toContain("title: Felsöka");
  });

  it("writes the compiled code to .fixpath/cache/mdx/<sha256>.js", async () => {
    const hash = hashMdxSource(FIXTURE);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const { code } = await compileMdx(FIXTURE, { root });
    expect(readFileSync(path.join(root, ".fixpath/cache/mdx", `${hash}.js`), "utf8")).toBe(code);
  });

  it("reuses the disk cache for the same content instead of compiling again", async () => {
    const source = "---\ntitle: Cached\n---\n\nCompiled once.\n";
    const cacheFile = path.join(root, ".fixpath/cache/mdx", `${hashMdxSource(source)}.js`);
    writeFileSync(cacheFile, "/* from the disk cache */");
    expect((await compileMdx(source, { root })).code).toBe("/* from the disk cache */");
  });

  it("never hands the front matter to mdx-bundler's YAML reader, so an alias bomb there cannot blow up", async () => {
    const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const bomb = levels
      .map((name, i) =>
        i === 0
          ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
          : `${name}: &${name} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(",")}]`,
      )
      .join("\n");
    const { code } = await compileMdx(`---\ntitle: Bomb\n${bomb}\n---\n\nStill compiled.\n`, { root });
    expect(code).toContain("Still compiled.");
    expect(code).not.toContain("lol");
  });

  it("gives the same hash to the same text with or without BOM and CRLF", () => {
    expect(hashMdxSource("\uFEFFa\r\nb\r\n")).toBe(hashMdxSource("a\nb\n"));
    expect(hashMdxSource("a\nb\n")).not.toBe(hashMdxSource("a\nc\n"));
  });

  it("rejects MDX that does not compile and does not cache it", async () => {
    const broken = "<Error>\n";
    await expect(compileMdx(broken, { root })).rejects.toThrow();
    expect(existsSync(path.join(root, ".fixpath/cache/mdx", `${hashMdxSource(broken)}.js`))).toBe(false);
  });
});
