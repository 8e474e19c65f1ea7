// The OpenAPI document passes `redocly lint` (recommended rules, see redocly.yaml) with no errors or warnings.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { buildOpenApiDocument } from "../lib/api/openapi";

const run = promisify(execFile);

test("the OpenAPI document passes redocly lint", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixpath-openapi-"));
  try {
    const file = path.join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(buildOpenApiDocument("http://127.0.0.1:3100"), null, 2));
    const { stdout, stderr } = await run(
      "npx",
      ["--no-install", "redocly", "lint", "--config", "redocly.yaml", file],
      { cwd: process.cwd(), timeout: 50_000 },
    );
    // A failing lint exits non-zero (execFile rejects); warnings are counted in the summary line.
    const output = `${stdout}\n${stderr}`;
    expect(output).toContain("Your API description is valid");
    expect(output).not.toMatch(/You have \d+ warnings?/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
