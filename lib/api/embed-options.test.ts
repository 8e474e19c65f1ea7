import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMBED_OPTIONS,
  keepEmbedOptionsInFlowLinks,
  parseEmbedOptions,
  serializeEmbedOptions,
  withEmbedOptions,
} from "./embed-options";

describe("parseEmbedOptions", () => {
  it("reads the documented options", () => {
    expect(parseEmbedOptions(new URLSearchParams("theme=dark&compact=1&causes=2"))).toEqual({
      theme: "dark",
      compact: true,
      causes: 2,
    });
    expect(parseEmbedOptions({ theme: "light", causes: "20" })).toEqual({
      theme: "light",
      compact: false,
      causes: 20,
    });
  });

  it("falls back to the defaults for anything outside the fixed set", () => {
    const hostile = {
      theme: `dark"><script>alert(1)</script>`,
      compact: "yes please",
      causes: "1e1",
    };
    expect(parseEmbedOptions(hostile)).toEqual(DEFAULT_EMBED_OPTIONS);
    for (const causes of ["0", "21", "-1", "2.5", " 2", "0x2", "+2", "999"]) {
      expect(parseEmbedOptions({ causes }).causes).toBeUndefined();
    }
  });

  it("turns the feedback question off only when asked to", () => {
    expect(parseEmbedOptions({ feedback: "0" }).feedback).toBe(false);
    expect(parseEmbedOptions({ feedback: "1" }).feedback).toBeUndefined();
    expect(serializeEmbedOptions({ ...DEFAULT_EMBED_OPTIONS, feedback: false })).toBe("feedback=0");
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseEmbedOptions({ theme: ["light", "dark"] }).theme).toBe("light");
  });
});

describe("serializeEmbedOptions and withEmbedOptions", () => {
  it("writes only non-default options, in a fixed order", () => {
    expect(serializeEmbedOptions(DEFAULT_EMBED_OPTIONS)).toBe("");
    expect(serializeEmbedOptions({ causes: 3, compact: true, theme: "dark" })).toBe(
      "theme=dark&compact=1&causes=3",
    );
  });

  it("appends to an existing query and keeps the fragment last", () => {
    const options = { theme: "dark", compact: false } as const;
    expect(withEmbedOptions("/embed/sv/errors/x/fix?step=cause-1", options)).toBe(
      "/embed/sv/errors/x/fix?step=cause-1&theme=dark",
    );
    expect(withEmbedOptions("/embed/sv/errors/x#a", options)).toBe("/embed/sv/errors/x?theme=dark#a");
    expect(withEmbedOptions("/embed/sv/errors/x", DEFAULT_EMBED_OPTIONS)).toBe("/embed/sv/errors/x");
  });

  it("keeps the options in every link of a guided-flow view", () => {
    const view = {
      choices: [{ label: "next", href: "/f?step=b" }],
      startHref: "/f?step=a",
      backHref: "/f?step=a",
    };
    const kept = keepEmbedOptionsInFlowLinks(view, { theme: "auto", compact: true });
    expect(kept.choices[0]?.href).toBe("/f?step=b&theme=auto&compact=1");
    expect(kept.startHref).toBe("/f?step=a&theme=auto&compact=1");
    expect(kept.backHref).toBe("/f?step=a&theme=auto&compact=1");
  });
});

describe("the default theme", () => {
  it("is light, whatever the reader's system prefers: the embedding page decides", () => {
    expect(parseEmbedOptions({}).theme).toBe("light");
    expect(parseEmbedOptions({ theme: "auto" }).theme).toBe("auto");
    expect(serializeEmbedOptions({ theme: "auto", compact: false })).toBe("theme=auto");
    expect(serializeEmbedOptions({ theme: "light", compact: false })).toBe("");
  });
});
