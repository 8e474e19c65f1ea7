import { describe, expect, it } from "vitest";
import { SEARCH_SETTLE_MS, SearchReporter } from "./search-reporter";

function reporter() {
  let now = 0;
  const sent: string[] = [];
  const instance = new SearchReporter(
    "en",
    (r) => sent.push(r.query),
    () => now,
  );
  return { instance, sent, wait: (ms: number) => (now += ms) };
}

describe("which as-you-type searches are reported", () => {
  it("does not report the keystrokes of one query", () => {
    const { instance, sent, wait } = reporter();
    for (const q of ["0x", "0x1f", "0x1fc0", "0x1fc08"]) {
      instance.shown(q);
      wait(150);
    }
    expect(sent).toEqual([]);
    instance.flush();
    expect(sent).toEqual(["0x1fc08"]);
  });

  it("reports a query whose result was opened, once", () => {
    const { instance, sent } = reporter();
    instance.shown("sallowdiskspace");
    instance.opened("sallowdiskspace");
    instance.flush();
    expect(sent).toEqual(["sallowdiskspace"]);
  });

  it("reports a query looked at long enough before the next one", () => {
    const { instance, sent, wait } = reporter();
    instance.shown("scratch folder");
    wait(SEARCH_SETTLE_MS);
    instance.shown("scratch volume");
    expect(sent).toEqual(["scratch folder"]);
  });

  it("leaves a query sent on to the search page to that page", () => {
    const { instance, sent } = reporter();
    instance.shown("34513");
    instance.submitted();
    instance.flush();
    expect(sent).toEqual([]);
  });
});
