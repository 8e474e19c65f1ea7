// The sync journey the content-site fixture is built from (e2e/fixture-sites.ts): its tracked content, plus an
// article that went through `fixpath import`, a hand edit, an upstream change and `fixpath sync`, so the browser
// test (e2e/content-site/sync.spec.ts) can see both edits on the served page. Runs the real commands in-process.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run as importDocuments } from "../bin/commands/import";
import { run as syncDocuments } from "../bin/commands/sync";

/** What the journey changes on each side; the spec looks for both on the page. */
export const SYNC_JOURNEY = {
  articleId: "troubleshoot-contoso-sync",
  local: { from: "Open the Services console.", to: "Open the Services console as an administrator." },
  upstream: { from: "Free space on the disk.", to: "Free at least 1 GB on the sync disk." },
} as const;

const SOURCE = `---
title: Contoso Sync troubleshooting
description: Fix errors of the Contoso Sync service.
ms.service: contoso-sync
ms.date: 01/02/2026
---

# Troubleshoot Contoso Sync

Use this article when Contoso Sync reports an error.

## CS1001 - The sync service did not start

**Cause**: The service account has no rights on the sync folder.

**Resolution**:

1. ${SYNC_JOURNEY.local.from}
2. Start the Contoso Sync service.

## CS1002 - The sync folder is full

**Cause**: The disk of the sync folder is full.

**Resolution**:

1. ${SYNC_JOURNEY.upstream.from}
2. Run the sync again.
`;

/** Fills `contentDir` with `seedDir`'s content and the synced article; throws when a step does not do its job. */
export async function prepareSyncJourney(
  seedDir: string,
  contentDir: string,
  sourceDir: string,
): Promise<void> {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(sourceDir, { recursive: true, force: true });
  cpSync(seedDir, contentDir, { recursive: true });
  mkdirSync(sourceDir, { recursive: true });
  const source = path.join(sourceDir, "contoso-sync.md");
  writeFileSync(source, SOURCE);
  await expectExit(importDocuments([source, "--out", path.join(contentDir, "en")]), "import");
  const article = path.join(contentDir, "en", `${SYNC_JOURNEY.articleId}.mdx`);
  replaceOnce(article, SYNC_JOURNEY.local);
  replaceOnce(source, SYNC_JOURNEY.upstream);
  await expectExit(syncDocuments(["--content", contentDir]), "sync");
  const merged = readFileSync(article, "utf8");
  if (!merged.includes(SYNC_JOURNEY.local.to) || !merged.includes(SYNC_JOURNEY.upstream.to))
    throw new Error(`the sync journey lost an edit: ${article} does not hold both`);
}

function replaceOnce(file: string, edit: { from: string; to: string }): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(edit.from)) throw new Error(`the sync journey expected "${edit.from}" in ${file}`);
  writeFileSync(file, text.replace(edit.from, edit.to));
}

async function expectExit(exitCode: Promise<number>, step: string): Promise<void> {
  const code = await exitCode;
  if (code !== 0) throw new Error(`the sync journey's ${step} exited ${code}`);
}
