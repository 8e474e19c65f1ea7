import { describe, expect, it } from "vitest";
import { localesToTry, readLocaleParam } from "./api-query";

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
