import { describe, expect, it } from "vitest";
import { DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT } from "../search/ranking";
import {
  localesToTry,
  MAX_PRODUCT_PARAM_LENGTH,
  readLocaleParam,
  readProductParam,
  readSearchRequest,
} from "./api-query";

const served = ["en", "fr", "ja", "sv"];
const read = (query: string) => readLocaleParam(new URLSearchParams(query), served);

describe("readLocaleParam", () => {
  it("accepts a served locale, in any case, and no locale at all", () => {
    expect(read("locale=ja")).toEqual({ ok: true, locale: "ja" });
    expect(read("locale=FR")).toEqual({ ok: true, locale: "fr" });
    expect(read("")).toEqual({ ok: true });
    expect(read("locale=")).toEqual({ ok: true });
  });

  it("refuses a well-formed locale that is not served, naming the served ones", () => {
    expect(read("locale=de")).toEqual({
      ok: false,
      message: 'locale "de" is not served: use one of en, fr, ja, sv',
    });
  });

  it.each(["../en", "<script>alert(1)</script>", "en/../../etc", "x".repeat(5000), "en\u0000", "%2e%2e"])(
    "refuses %j without echoing it",
    (value) => {
      const answer = readLocaleParam(new URLSearchParams({ locale: value }), served);
      expect(answer).toEqual({
        ok: false,
        message: "locale is not a language tag: use one of en, fr, ja, sv",
      });
    },
  );
});

describe("localesToTry", () => {
  it("tries the requested locale only, else the default first and then the others", () => {
    expect(localesToTry("ja", served)).toEqual(["ja"]);
    expect(localesToTry(undefined, served)).toEqual(["en", "fr", "ja", "sv"]);
    expect(localesToTry(undefined, ["sv", "fr"])).toEqual(["fr", "sv"]);
  });
});

const readProduct = (query: string) => readProductParam(new URLSearchParams(query), "product");

describe("readProductParam: the search's product and context parameters", () => {
  it("reads a product name, trimmed", () => {
    expect(readProduct("product=%20Azure%20Files%20")).toEqual({ ok: true, product: "Azure Files" });
  });

  it("treats an absent or blank value as none", () => {
    expect(readProduct("")).toEqual({ ok: true });
    expect(readProduct("product=%20%20")).toEqual({ ok: true });
  });

  it("refuses a value that is too long or holds control characters", () => {
    expect(readProduct(`product=${"a".repeat(MAX_PRODUCT_PARAM_LENGTH + 1)}`).ok).toBe(false);
    expect(readProduct(`product=${"a".repeat(MAX_PRODUCT_PARAM_LENGTH)}`).ok).toBe(true);
    expect(readProduct("product=Azure%00Files")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/control/),
    });
  });

  it("keeps markup as plain text: it is only ever compared with product names", () => {
    expect(readProduct("product=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).toEqual({
      ok: true,
      product: "<script>alert(1)</script>",
    });
  });
});

describe("readSearchRequest: one policy for /api/search and /api/v1/search", () => {
  const read = (query: string) => readSearchRequest(new URLSearchParams(query), ["en", "sv"]);

  it("reads valid parameters into the search's options", () => {
    expect(read("q=0x1FC07&locale=SV&limit=5&product=Azure%20Files&context=MARS")).toEqual({
      ok: true,
      query: "0x1FC07",
      options: { locale: "sv", limit: 5, product: "Azure Files", contextProduct: "MARS" },
    });
    expect(read("")).toEqual({ ok: true, query: "", options: { limit: DEFAULT_RESULT_LIMIT } });
    expect(read(`limit=${MAX_RESULT_LIMIT}`)).toMatchObject({
      ok: true,
      options: { limit: MAX_RESULT_LIMIT },
    });
  });

  it.each(["limit=0", `limit=${MAX_RESULT_LIMIT + 1}`, "limit=5.5", "limit=-3", "limit=ten", "limit=1e2"])(
    "refuses %s instead of clamping it",
    (query) => {
      expect(read(query)).toEqual({
        ok: false,
        message: `limit must be a whole number from 1 to ${MAX_RESULT_LIMIT}`,
      });
    },
  );

  it("refuses a locale that is not served, and a product or context that is too long", () => {
    expect(read("locale=fi")).toMatchObject({ ok: false, message: expect.stringContaining("fi") });
    expect(read(`product=${"x".repeat(MAX_PRODUCT_PARAM_LENGTH + 1)}`)).toMatchObject({ ok: false });
    expect(read(`context=a%07b`)).toMatchObject({ ok: false });
  });
});
