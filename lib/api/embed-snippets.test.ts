import { describe, expect, it } from "vitest";
import { buildEmbedSnippets } from "./embed-snippets";

describe("buildEmbedSnippets", () => {
  it("gives placeholders for the API page", () => {
    const snippets = buildEmbedSnippets("https://fixpath.example.org", "en");
    expect(snippets.iframe).toContain('src="https://fixpath.example.org/embed/en/errors/<id>?causes=2"');
    expect(snippets.oembed).toBe(
      "https://fixpath.example.org/api/oembed?url=https%3A%2F%2Ffixpath.example.org%2Fen%2Ferrors%2F<id>&format=json",
    );
    expect(snippets.scriptTag).toContain('<fixpath-error error-id="<id>" lang="en">');
  });

  it("names one error, with its title and code escaped for an attribute", () => {
    const snippets = buildEmbedSnippets("https://f.example", "sv", {
      id: "x",
      title: 'Fel "x" <b>',
      code: "34513",
    });
    expect(snippets.iframe).toContain('title="Fixpath: Fel &quot;x&quot; &lt;b>"');
    expect(snippets.scriptTag).toContain('<fixpath-error code="34513" lang="sv">');
  });
});
