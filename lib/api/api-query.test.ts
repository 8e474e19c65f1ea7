import { describe, expect, it } from "vitest";
import { MAX_PRODUCT_PARAM_LENGTH, readProductParam } from "./api-query";

const read = (query: string) => readProductParam(new URLSearchParams(query), "product");

describe("readProductParam: the search's product and context parameters", () => {
  it("reads a product name, trimmed", () => {
    expect(read("product=%20Azure%20Files%20")).toEqual({ ok: true, product: "Azure Files" });
  });

  it("treats an absent or blank value as none", () => {
    expect(read("")).toEqual({ ok: true });
    expect(read("product=%20%20")).toEqual({ ok: true });
  });

  it("refuses a value that is too long or holds control characters", () => {
    expect(read(`product=${"a".repeat(MAX_PRODUCT_PARAM_LENGTH + 1)}`).ok).toBe(false);
    expect(read(`product=${"a".repeat(MAX_PRODUCT_PARAM_LENGTH)}`).ok).toBe(true);
    expect(read("product=Azure%00Files")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/control/),
    });
  });

  it("keeps markup as plain text: it is only ever compared with product names", () => {
    expect(read("product=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).toEqual({
      ok: true,
      product: "<script>alert(1)</script>",
    });
  });
});
