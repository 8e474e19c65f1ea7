// Search over several products and languages: code clashes, code families and wrappers, words inside codes,
// the visitor's language with fallback, match confidence and product facets, on a small hand-made catalog.
import { describe, expect, it } from "vitest";
import {
  AZURE_FILES,
  COMPILERS,
  MAIL,
  MARS,
  NODE,
  WINDOWS,
  makeProductCatalog,
} from "./fixtures/product-catalog";
import { buildSearchIndex, loadSearchIndex, search, serializeSearchIndex } from "./search-engine";

const index = buildSearchIndex(makeProductCatalog());
const first = (query: string, options = {}) => search(index, query, options).results[0];

describe("a code that several products use", () => {
  it("stays ambiguous alone: the response says so and groups the candidates by product", () => {
    const response = search(index, "112", { locale: "en" });
    expect(response.clash?.code).toBe("112");
    expect(response.clash?.groups.map((group) => group.product).sort()).toEqual([AZURE_FILES, WINDOWS]);
    expect(
      response.clash?.groups.flatMap((group) => group.results.map((result) => result.id)).sort(),
    ).toEqual(["error-disk-full", "mount-error-112-host-is-down"]);
  });

  it("is decided by the words around it", () => {
    const mount = search(index, "Mount error(112): Host is down", { locale: "en" });
    expect(mount.results[0]?.id).toBe("mount-error-112-host-is-down");
    expect(mount.clash).toBeUndefined();
    const disk = search(index, "112 not enough space on the disk", { locale: "en" });
    expect(disk.results[0]?.id).toBe("error-disk-full");
    expect(disk.clash).toBeUndefined();
  });

  it("is decided by the product the visitor is in", () => {
    const response = search(index, "112", { locale: "en", contextProduct: AZURE_FILES });
    expect(response.results[0]?.id).toBe("mount-error-112-host-is-down");
    expect(response.clash).toBeUndefined();
    expect(search(index, "112", { contextProduct: WINDOWS }).results[0]?.id).toBe("error-disk-full");
  });

  it("is no clash when only one error carries it", () => {
    expect(search(index, "34513", { locale: "en" }).clash).toBeUndefined();
  });
});

describe("code families and forms defined together", () => {
  it("finds the Win32 error an HRESULT wraps (0x8007xxxx → xxxx), in any notation", () => {
    expect(first("0x80070057")).toMatchObject({ id: "error-invalid-parameter", matchedCode: "87" });
    expect(first("-2147024809")?.id).toBe("error-invalid-parameter");
    expect(search(index, "0x80070057").understood.codes[0]?.known).toBe(true);
  });

  it("ranks the error printing the code as typed before another form of it", () => {
    const ids = search(index, "0x80070005").results.map((result) => result.id);
    expect(ids.slice(0, 2)).toEqual(["scratch-access-denied", "error-access-denied"]);
  });

  it("treats a name and a number one document defines together as one code", () => {
    const ids = search(index, "ERROR_ACCESS_DENIED").results.map((result) => result.id);
    expect(ids.slice(0, 2)).toEqual(["error-access-denied", "scratch-access-denied"]);
    expect(first("Access is denied. (0x5)")?.id).toBe("error-access-denied");
  });

  it("does not relate two different numbers of one error", () => {
    const catalog = makeProductCatalog();
    catalog.errors[0]!.codes = ["100050", "407"];
    const twoNumbers = buildSearchIndex(catalog);
    expect(twoNumbers.codeAliases.get("n:407")).toBeUndefined();
  });
});

describe("codes wrapped in tool and protocol output", () => {
  it.each([
    ["TypeError [ERR_INVALID_ARG_TYPE]: The path argument must be of type string", "err-invalid-arg-type"],
    ["error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable", "e0502"],
    ["Program.cs(3,18): error CS1002: ; expected", "cs1002"],
    ["Mount error(13): Permission denied", "mount-error-13-permission-denied"],
    ["550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown", "recipient-not-found"],
  ])("%s → %s", (query, id) => {
    expect(first(query, { locale: "en" })).toMatchObject({ id, score: expect.any(Number) });
    expect(first(query, { locale: "en" })?.matchedCode).toBeDefined();
  });

  it("does not take a weak number in running text for a code unless the error matches the words too", () => {
    const running = search(index, "step 5 of the guide takes long", { locale: "en" });
    expect(running.results.some((result) => result.matchedCode)).toBe(false);
    expect(running.understood.codes).toEqual([]);
    expect(first("5 access is denied")?.id).toBe("error-access-denied");
  });

  it("counts a known CamelCase code among other words even when they are not the error's", () => {
    const catalog = makeProductCatalog();
    catalog.errors[0]!.codes.push("InvalidTemplate");
    const withCamel = buildSearchIndex(catalog);
    expect(search(withCamel, "InvalidTemplate deployment validation failed").results[0]?.matchedCode).toBe(
      "InvalidTemplate",
    );
  });
});

describe("words inside codes", () => {
  it.each([
    ["headers sent", "err-http-headers-sent"],
    ["po does not exist", "user-error-sql-po-does-not-exist"],
    ["sql po does not exist", "user-error-sql-po-does-not-exist"],
  ])("%s → %s", (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it("ranks a word found in a code below the exact code", () => {
    const word = first("headers sent")!;
    const code = first("ERR_HTTP_HEADERS_SENT")!;
    expect(word.matchedCode).toBeUndefined();
    expect(code.matchedCode).toBe("ERR_HTTP_HEADERS_SENT");
    expect(word.score).toBeLessThan(code.score);
  });
});

describe("the visitor's language", () => {
  it("shows an error once, in the visitor's language when it exists there", () => {
    const results = search(index, "34513", { locale: "sv" }).results;
    expect(results.map((result) => [result.id, result.locale])).toEqual([
      ["invalid-vault-credentials", "sv"],
    ]);
    expect(results[0]?.otherLanguage).toBeUndefined();
  });

  it("falls back to another language's errors, marked, when its own has no good match", () => {
    const result = first("upload throttled by service", { locale: "en" });
    expect(result).toMatchObject({ id: "upload-throttled", locale: "sv", otherLanguage: true });
  });

  it("keeps other languages out when its own has a good match", () => {
    const results = search(index, "invalid vault credentials", { locale: "en" }).results;
    expect(results.every((result) => result.locale === "en")).toBe(true);
  });
});

describe("confidence", () => {
  it("calls a match good when the first result holds the query's words, or a code", () => {
    expect(search(index, "the parameter is incorrect", { locale: "en" }).match).toBe("good");
    expect(search(index, "112", { locale: "en" }).match).toBe("good");
  });

  it("calls it weak when the first result explains less than half of the query, and suggests instead", () => {
    const response = search(index, "kubernetes pod eviction quota disk", { locale: "en" });
    expect(response.match).toBe("weak");
    expect(response.products.length).toBeGreaterThan(0);
  });

  it("calls it none when nothing matched", () => {
    expect(search(index, "zzqx", { locale: "en" }).match).toBe("none");
  });
});

describe("product facets", () => {
  it("counts the matches of each product, most first", () => {
    const response = search(index, "denied", { locale: "en" });
    expect(response.products).toEqual(
      expect.arrayContaining([
        { product: WINDOWS, count: 1 },
        { product: AZURE_FILES, count: 1 },
        { product: MARS, count: 1 },
      ]),
    );
  });

  it("narrows the results to one product, counting all products still", () => {
    const response = search(index, "denied", { locale: "en", product: "azure  FILES" });
    expect(response.product).toBe(AZURE_FILES);
    expect(response.results.map((result) => result.product)).toEqual([AZURE_FILES]);
    expect(response.products.length).toBeGreaterThan(1);
  });

  it("answers nothing for a product without matches, and still lists the others", () => {
    const response = search(index, "denied", { product: COMPILERS });
    expect(response.results).toEqual([]);
    expect(response.products.map((facet) => facet.product)).toContain(WINDOWS);
  });

  it("keeps products in a serialized index", () => {
    const loaded = loadSearchIndex(JSON.stringify(serializeSearchIndex(index)));
    expect(search(loaded, "ERR_HTTP_HEADERS_SENT").results[0]?.product).toBe(NODE);
    expect(search(loaded, "5.1.1").results[0]?.product).toBe(MAIL);
  });
});
