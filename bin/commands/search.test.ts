import { describe, expect, it } from "vitest";
import { makeProductCatalog } from "../../lib/search/fixtures/product-catalog";
import { buildSearchIndex, search } from "../../lib/search/search-engine";
import { formatResponse } from "./search";

const index = buildSearchIndex(makeProductCatalog());

describe("fixpath search: the readable answer", () => {
  it("lists a shared code's errors by product, and the products", () => {
    const text = formatResponse(search(index, "112", { locale: "en" }));
    expect(text).toContain("Code 112 is used by several errors:");
    expect(text).toContain(
      "  Azure Files: Mount error(112): Host is down (/en/errors/mount-error-112-host-is-down)",
    );
    expect(text).toMatch(/Products: .*Azure Files \(1\)/);
  });

  it("says when nothing matched well", () => {
    expect(formatResponse(search(index, "kubernetes eviction parameter", { locale: "en" }))).toContain(
      "Nothing matched well",
    );
    expect(formatResponse(search(index, "34513", { locale: "en" }))).not.toContain("Nothing matched well");
  });
});
