import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildCatalog } from "../../lib/content/build-catalog";
import { run as runImportCommand } from "./import";
import { run as runSyncCommand } from "./sync";

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs a command and returns its exit code and what it printed. */
async function capture(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = "";
  const write = (chunk: unknown) => {
    out += String(chunk);
    return true;
  };
  vi.spyOn(process.stderr, "write").mockImplementation(write);
  vi.spyOn(process.stdout, "write").mockImplementation(write);
  const code = await run();
  vi.restoreAllMocks();
  return { code, out };
}

const section = (heading: string, cause: string, steps: readonly string[]) =>
  `## ${heading}\n\n**Cause**: ${cause}\n\n**Resolution**:\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n`;

const SERVICE = section("Error 1001 - The sync service did not start", "The service account has no rights.", [
  "Open the Services console.",
  "Start the Contoso Sync service.",
]);
const DISK = section("Error 1002 - The sync folder is full", "The disk is full.", [
  "Free space on the disk.",
  "Run the sync again.",
]);
const TOKEN =
  section("Error 1003 - The token expired", "The sign-in token is older than 90 days.", ["Sign in again."]) +
  "\nSee [the service error](#error-1001---the-sync-service-did-not-start).\n";

/** A small troubleshooting document in the shape the importer reads (front matter, one section per error). */
const document = (sections: readonly string[]) =>
  `---\ntitle: Contoso sync troubleshooting\ndescription: Fix Contoso sync errors.\nms.service: contoso-sync\nms.date: 01/02/2026\n---\n\n# Troubleshoot Contoso sync\n\nUse this article to fix sync errors.\n\n${sections.join("\n")}`;

/** A project folder with the document imported into its content folder, and helpers to edit either side. */
async function importedProject(sections: readonly string[] = [SERVICE, DISK, TOKEN]) {
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-sync-"));
  folders.push(root);
  const source = path.join(root, "guide.md");
  const content = path.join(root, "content");
  writeFileSync(source, document(sections));
  const imported = await capture(() => runImportCommand([source, "--out", path.join(content, "en")]));
  expect(imported.code).toBe(0);
  const article = path.join(content, "en", "troubleshoot-contoso-sync.mdx");
  return {
    root,
    source,
    article,
    readArticle: () => readFileSync(article, "utf8"),
    editArticle: (from: string, to: string) => {
      const text = readFileSync(article, "utf8");
      expect(text).toContain(from);
      writeFileSync(article, text.replace(from, to));
    },
    editSource: (from: string, to: string) => {
      const text = readFileSync(source, "utf8");
      expect(text).toContain(from);
      writeFileSync(source, text.replace(from, to));
    },
    sync: (...args: string[]) => capture(() => runSyncCommand(["--content", content, ...args])),
    check: async () => {
      const catalog = await buildCatalog({ root, contentDir: "content" });
      return catalog.diagnostics.filter((d) => d.severity === "error");
    },
    errorIds: async () => (await buildCatalog({ root, contentDir: "content" })).errors.map((e) => e.id),
  };
}

describe("fixpath import records what sync needs", () => {
  it("writes a sorted manifest with the source and the exact MDX it wrote as the merge base", async () => {
    const project = await importedProject();
    const sync = path.join(project.root, "content", ".fixpath-sync");
    const manifest = JSON.parse(readFileSync(path.join(sync, "manifest.json"), "utf8"));
    expect(manifest).toEqual({
      version: 1,
      articles: [
        {
          article: "en/troubleshoot-contoso-sync.mdx",
          articleId: "troubleshoot-contoso-sync",
          source: project.source,
          root: project.root,
          options: {},
        },
      ],
    });
    expect(readFileSync(path.join(sync, "base", "en", "troubleshoot-contoso-sync.mdx"), "utf8")).toBe(
      project.readArticle(),
    );
    expect(await project.check()).toEqual([]);
  });
});

describe("fixpath import over an imported article", () => {
  it("refuses to overwrite hand edits, pointing at sync, and imports again over an unedited one", async () => {
    const project = await importedProject();
    const reimport = () =>
      capture(() => runImportCommand([project.source, "--out", path.join(project.root, "content", "en")]));
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    expect((await reimport()).code).toBe(0);
    expect(project.readArticle()).toContain("Free at least 1 GB on the disk.");
    project.editArticle("Open the Services console.", "Open the Services console (services.msc).");
    const refused = await reimport();
    expect(refused.out).toContain(
      `${project.article}:1:1 warning edited by hand since its last import, so it was not overwritten: run \`fixpath sync\``,
    );
    expect(project.readArticle()).toContain("Open the Services console (services.msc).");
  });
});

describe("fixpath sync", () => {
  it("takes an upstream-only change, and moves the base so the next sync has nothing to do", async () => {
    const project = await importedProject();
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    const synced = await project.sync();
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx updated/);
    expect(project.readArticle()).toContain("1. Free at least 1 GB on the disk.");
    expect((await project.sync()).out).toMatch(/troubleshoot-contoso-sync\.mdx unchanged/);
  });

  it("keeps a local-only edit when upstream did not change", async () => {
    const project = await importedProject();
    project.editArticle("Open the Services console.", "Open the Services console (services.msc).");
    const synced = await project.sync();
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx unchanged/);
    expect(project.readArticle()).toContain("Open the Services console (services.msc).");
  });

  it("keeps both sides when they changed different places", async () => {
    const project = await importedProject();
    project.editArticle("Open the Services console.", "Open the Services console (services.msc).");
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    const synced = await project.sync();
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx merged/);
    const text = project.readArticle();
    expect(text).toContain("Open the Services console (services.msc).");
    expect(text).toContain("Free at least 1 GB on the disk.");
    expect(text).not.toContain("Free space on the disk.");
    expect(await project.check()).toEqual([]);
  });

  it("marks a change both sides made to the same line as a located conflict that check refuses", async () => {
    const project = await importedProject();
    project.editArticle("Free space on the disk.", "Free space on drive C.");
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    const synced = await project.sync();
    expect(synced.code).toBe(1);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx conflict/);
    const text = project.readArticle();
    const line = text.split("\n").indexOf("<<<<<<< local") + 1;
    expect(line).toBeGreaterThan(0);
    expect(synced.out).toContain(`${project.article}:${line}:1 error unresolved sync conflict`);
    expect(text).toMatch(
      /<<<<<<< local\n[^]*Free space on drive C\.\n\|\|\|\|\|\|\| base\n[^]*Free space on the disk\.\n=======\n[^]*Free at least 1 GB on the disk\.\n>>>>>>> upstream/,
    );
    const problems = await project.check();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column: 1, file: "content/en/troubleshoot-contoso-sync.mdx" });
    expect(problems[0]!.message).toMatch(/delete the four marker lines/);
    // The conflict stays reported until resolved, and resolving it is all check needs.
    expect((await project.sync()).code).toBe(1);
    const resolved = text.replace(/<<<<<<< local\n([^]*?)\|\|\|\|\|\|\| base\n[^]*?>>>>>>> upstream\n/, "$1");
    writeFileSync(project.article, resolved);
    expect(await project.check()).toEqual([]);
    expect((await project.sync()).out).toMatch(/troubleshoot-contoso-sync\.mdx unchanged/);
    expect(project.readArticle()).toContain("Free space on drive C.");
  });

  it("keeps a section edited locally that upstream removed, as a conflict that loses nothing", async () => {
    const project = await importedProject();
    project.editArticle("Free space on the disk.", "Free space on drive C.");
    writeFileSync(project.source, document([SERVICE, TOKEN]));
    const synced = await project.sync();
    expect(synced.code).toBe(1);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx conflict/);
    const text = project.readArticle();
    expect(text).toContain("<<<<<<< local");
    expect(text).toContain("Free space on drive C.");
    expect(text).toContain("The sync service did not start");
    expect(text).toContain("The token expired");
  });

  it("keeps an error's id and the links to it when upstream renames its heading (its anchor)", async () => {
    const project = await importedProject();
    const before = await project.errorIds();
    expect(before).toContain("error-1001-the-sync-service-did-not-start");
    project.editSource(
      "## Error 1001 - The sync service did not start",
      "## Error 1001 - The sync service does not start",
    );
    project.editSource(
      "(#error-1001---the-sync-service-did-not-start)",
      "(#error-1001---the-sync-service-does-not-start)",
    );
    const synced = await project.sync();
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx updated/);
    const text = project.readArticle();
    expect(text).toContain(
      '<Error id="error-1001-the-sync-service-did-not-start" title="Error 1001 - The sync service does not start"',
    );
    expect(text).toContain("](#error-1001-the-sync-service-did-not-start)");
    expect(await project.errorIds()).toEqual(before);
    expect(await project.check()).toEqual([]);
  });

  it("with --dry-run says what would change and writes nothing", async () => {
    const project = await importedProject();
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    const before = project.readArticle();
    const synced = await project.sync("--dry-run");
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/troubleshoot-contoso-sync\.mdx updated/);
    expect(synced.out).toMatch(/would sync 1 article\(s\): 1 updated/);
    expect(project.readArticle()).toBe(before);
    expect((await project.sync()).out).toMatch(/troubleshoot-contoso-sync\.mdx updated/);
  });

  it("reports a vanished source as a warning and keeps its article", async () => {
    const project = await importedProject();
    const before = project.readArticle();
    unlinkSync(project.source);
    const synced = await project.sync();
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(
      /troubleshoot-contoso-sync\.mdx:1:1 warning its source .* is gone: the article is kept/,
    );
    expect(existsSync(project.article)).toBe(true);
    expect(project.readArticle()).toBe(before);
  });

  it("limits itself to the sources under the path given", async () => {
    const project = await importedProject();
    project.editSource("Free space on the disk.", "Free at least 1 GB on the disk.");
    const elsewhere = await project.sync(path.join(project.root, "other-docs"));
    expect(elsewhere.out).toMatch(/warning no imported article from that path is recorded here/);
    expect(project.readArticle()).toContain("Free space on the disk.");
    expect((await project.sync(project.source)).out).toMatch(/\.mdx updated/);
  });
});
