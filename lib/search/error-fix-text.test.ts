// The fix text of an error is searchable wherever the entity model keeps it: in actions, and in the body.
import { describe, expect, it } from "vitest";
import type { Catalog } from "../schema/entities";
import { actionsOnlyError, bodyOnlyError, sharedActionError } from "../flows/flow-test-fixtures";
import { describeCatalogRecords } from "./search-index";
import { buildSearchIndex, search } from "./search-engine";

const catalog: Catalog = {
  articles: [],
  errors: [bodyOnlyError, sharedActionError, { ...actionsOnlyError, locale: "en" }],
  flows: [],
  diagnostics: [],
};

describe("an error's fix text in the search index", () => {
  it("counts the body like steps, and a shared action once", () => {
    const records = describeCatalogRecords(catalog);
    const body = records.find((r) => r.id === bodyOnlyError.id);
    expect(body?.fields.step).toContain("Make sure the VM is running.");
    const shared = records.find((r) => r.id === sharedActionError.id);
    expect(shared?.fields.step?.match(/Upgrade to the latest version/g)).toHaveLength(1);
  });

  it("finds an error by a word that only its body holds", () => {
    const index = buildSearchIndex(catalog);
    expect(search(index, "running retry").results[0]?.id).toBe(bodyOnlyError.id);
  });
});
