import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildCatalog } from "../../lib/content/build-catalog";
import { run } from "./import";

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes files (path → text) under a fresh folder and returns it. */
function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-import-"));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** Runs `fixpath import` and returns its exit code and what it printed on stderr. */
async function runImport(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, stderr };
}

const doc = (title: string, lang: string, body: string) =>
  `---\ntitle: ${title}\ndescription: About ${title}.\nms.service: backup\nms.date: 01/02/2024\nms.contentlocale: ${lang}\n---\n\n# ${title}\n\n${body}`;

const errorSection = (heading: string, code: string) =>
  `## ${heading}\n\nError message: The operation failed with code ${code}.\n\nRecommended action: Restart the agent and try again.\n\n`;

describe("fixpath import <dir>", () => {
  it("imports a tree into <out>/<locale>/, skipping navigation pages and fragments, linking its documents", async () => {
    const docs = makeTree({
      "README.md": "# Docs\n\nThis folder holds the agent docs.\n",
      "agent/agent-errors.md": doc(
        "Agent errors",
        "en-us",
        "[!INCLUDE [note](../includes/note.md)]\n\n" +
          errorSection("Basic troubleshooting", "0x100") +
          "See [the vault errors](../vault/vault-errors.md#basic-troubleshooting).\n",
      ),
      "vault/vault-errors.md": doc("Vault errors", "fr-fr", errorSection("Basic troubleshooting", "0x200")),
      "includes/note.md": "Note: keep the agent up to date.\n",
    });
    const out = makeTree({});
    const { code, stderr } = await runImport([docs, "--out", out]);
    expect(stderr).toMatch(/imported 2 article\(s\), 2 error\(s\) from 3 document\(s\)/);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([".fixpath-sync", "en", "fr"]);
    expect(readdirSync(path.join(out, "en"))).toEqual(["agent-errors.mdx"]);
    expect(readdirSync(path.join(out, "fr"))).toEqual(["vault-errors.mdx"]);
    const agent = readFileSync(path.join(out, "en", "agent-errors.mdx"), "utf8");
    expect(agent).toContain("keep the agent up to date");
    expect(agent).toContain("](/en/articles/vault-errors#basic-troubleshooting)");
  });

  it("qualifies an anchor another article of the content folder already uses, and keeps it on re-import", async () => {
    const out = makeTree({});
    const first = makeTree({
      "a.md": doc("Agent errors", "en-us", errorSection("Basic troubleshooting", "0x100")),
    });
    const second = makeTree({
      "b.md": doc("Vault errors", "en-us", errorSection("Basic troubleshooting", "0x200")),
    });
    expect((await runImport([first, "--out", out])).code).toBe(0);
    expect((await runImport([second, "--out", out])).code).toBe(0);
    expect((await runImport([first, "--out", out])).code).toBe(0);
    const agent = readFileSync(path.join(out, "en", "agent-errors.mdx"), "utf8");
    const vault = readFileSync(path.join(out, "en", "vault-errors.mdx"), "utf8");
    expect(agent).toMatch(/<Error id="basic-troubleshooting"/);
    expect(vault).toMatch(/<Error id="vault-errors-basic-troubleshooting"/);
    const root = path.dirname(out);
    const catalog = await buildCatalog({ root, contentDir: path.basename(out) });
    expect(catalog.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(catalog.errors.map((e) => e.id).sort()).toEqual([
      "basic-troubleshooting",
      "vault-errors-basic-troubleshooting",
    ]);
  });

  it("shows a link to an anchor the document lacks as plain text, with a located warning", async () => {
    const docs = makeTree({
      "a.md": doc(
        "Agent errors",
        "en-us",
        errorSection("Basic troubleshooting", "0x100") + "See [gone](#no-such-anchor).\n",
      ),
    });
    const out = makeTree({});
    const { code, stderr } = await runImport([docs, "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/a\.md:\d+:5 warning link to #no-such-anchor, which no heading or anchor/);
    const mdx = readFileSync(path.join(out, "en", "agent-errors.mdx"), "utf8");
    expect(mdx).toContain("See gone.");
    expect(mdx).not.toContain("no-such-anchor");
  });
});
