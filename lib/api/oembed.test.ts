import { describe, expect, it } from "vitest";
import {
  buildOembedResponse,
  embedPathOf,
  escapeHtmlAttribute,
  fitEmbedSize,
  matchOembedUrl,
  MAX_OEMBED_URL_LENGTH,
  parsePixels,
} from "./oembed";

const OURS = ["http://127.0.0.1:3100", "https://fixpath.example.org"];

describe("matchOembedUrl: our pages", () => {
  it("matches an error page, its guided fix and a flow on our origin", () => {
    expect(matchOembedUrl("http://127.0.0.1:3100/sv/errors/sal-low-disk-space", OURS)).toEqual({
      ok: true,
      origin: "http://127.0.0.1:3100",
      target: { kind: "error", locale: "sv", id: "sal-low-disk-space" },
    });
    expect(matchOembedUrl("https://fixpath.example.org/en/errors/x1/fix", OURS)).toMatchObject({
      ok: true,
      target: { kind: "error-fix", locale: "en", id: "x1" },
    });
    expect(matchOembedUrl("https://fixpath.example.org/en/flows/restore-steps", OURS)).toMatchObject({
      ok: true,
      target: { kind: "flow", locale: "en", id: "restore-steps" },
    });
  });

  it("matches pages in any locale; whether it is served is the catalog's answer", () => {
    expect(matchOembedUrl("https://fixpath.example.org/pt-br/errors/x", OURS)).toMatchObject({
      ok: true,
      target: { kind: "error", locale: "pt-br", id: "x" },
    });
    expect(matchOembedUrl("https://fixpath.example.org/zh-hans/flows/y", OURS)).toMatchObject({
      target: { kind: "flow", locale: "zh-hans" },
    });
  });

  it("ignores a query string, a fragment and a trailing slash", () => {
    expect(matchOembedUrl("https://fixpath.example.org/sv/errors/x/?a=1#cause-2", OURS)).toMatchObject({
      ok: true,
    });
  });

  it("compares the host case-insensitively, as URLs do", () => {
    expect(matchOembedUrl("https://FIXPATH.example.org/sv/errors/x", OURS)).toMatchObject({ ok: true });
  });
});

describe("matchOembedUrl: hostile and foreign URLs are 404", () => {
  const cases = [
    "https://evil.example/sv/errors/x",
    "https://fixpath.example.org.evil.example/sv/errors/x",
    "http://fixpath.example.org/sv/errors/x", // our host, another scheme: another origin
    "javascript:alert(1)//https://fixpath.example.org/sv/errors/x",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "https://user:pass@fixpath.example.org/sv/errors/x",
    "https://user@fixpath.example.org/sv/errors/x",
    "https://fixpath.example.org/SV/errors/x",
    "https://fixpath.example.org/../errors/x",
    "https://fixpath.example.org/s%76/errors/x",
    "https://fixpath.example.org/sv%2F../errors/x",
    "https://fixpath.example.org/sv/articles/troubleshoot-mars-agent",
    "https://fixpath.example.org/sv/flows/x/fix",
    "https://fixpath.example.org/sv/errors/X-Upper",
    "https://fixpath.example.org/sv/errors/a--b",
    "https://fixpath.example.org/sv/errors/%2e%2e",
    "https://fixpath.example.org/sv/errors/../../api/v1/errors",
    "https://fixpath.example.org/sv/errors/x/fix/more",
    "https://fixpath.example.org/embed/sv/errors/x",
    "https://fixpath.example.org/",
    `https://fixpath.example.org/sv/errors/${"a".repeat(201)}`,
  ];
  it.each(cases)("%s", (url) => {
    expect(matchOembedUrl(url, OURS)).toMatchObject({ ok: false, status: 404 });
  });
});

describe("matchOembedUrl: missing or malformed URLs are 400", () => {
  it.each([null, "", "   ", "/sv/errors/x", "not a url", "https://"])("%s", (url) => {
    expect(matchOembedUrl(url, OURS)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a URL over the length limit before parsing it", () => {
    const long = `https://fixpath.example.org/sv/errors/x?${"a".repeat(MAX_OEMBED_URL_LENGTH)}`;
    expect(matchOembedUrl(long, OURS)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("fitEmbedSize", () => {
  it("uses the default size when the consumer sets no maximum", () => {
    expect(fitEmbedSize("error", undefined, undefined)).toEqual({ width: 600, height: 420 });
  });

  it("never exceeds maxwidth or maxheight", () => {
    expect(fitEmbedSize("error-fix", 320, 200)).toEqual({ width: 320, height: 200 });
  });

  it("does not grow to a larger maximum", () => {
    expect(fitEmbedSize("flow", 2000, 2000)).toEqual({ width: 600, height: 560 });
  });
});

describe("parsePixels", () => {
  it("reads whole positive numbers only", () => {
    expect(parsePixels("480")).toBe(480);
    for (const bad of [null, "", "0", "-5", "1e3", "12.5", " 40", "0x40", "999999"]) {
      expect(parsePixels(bad)).toBeUndefined();
    }
  });
});

describe("buildOembedResponse", () => {
  const target = { kind: "error", locale: "sv", id: "x" } as const;

  it("is a rich oEmbed 1.0 answer whose iframe points at the embed view", () => {
    const answer = buildOembedResponse("https://fixpath.example.org", target, "Disk full", {
      width: 500,
      height: 300,
    });
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Fixpath",
      provider_url: "https://fixpath.example.org/",
      title: "Disk full",
      width: 500,
      height: 300,
    });
    expect(answer.html).toMatch(
      /^<iframe src="https:\/\/fixpath\.example\.org\/embed\/sv\/errors\/x" width="500" height="300" /,
    );
    expect(answer.html).toContain('loading="lazy"');
    expect(answer.html.endsWith("></iframe>")).toBe(true);
  });

  it("escapes a hostile title in the iframe attributes", () => {
    const answer = buildOembedResponse("https://f.example.org", target, `"><script>alert('x')</script>&`, {
      width: 1,
      height: 1,
    });
    expect(answer.html).not.toContain("<script");
    expect(answer.html).toContain('title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"');
  });
});

describe("embedPathOf and escapeHtmlAttribute", () => {
  it("maps each kind to its embed view", () => {
    expect(embedPathOf({ kind: "error-fix", locale: "en", id: "a" })).toBe("/embed/en/errors/a/fix");
    expect(embedPathOf({ kind: "flow", locale: "sv", id: "b" })).toBe("/embed/sv/flows/b");
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtmlAttribute(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
