import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, listDocumentedOperations } from "./openapi";

const document = buildOpenApiDocument("http://127.0.0.1:3100");

function collectRefs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") into.push(child);
      else collectRefs(child, into);
    }
  }
  return into;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 served from the given origin", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0]?.url).toBe("http://127.0.0.1:3100");
  });

  it("resolves every $ref and uses every schema it defines", () => {
    const refs = collectRefs(document);
    const names = Object.keys(document.components.schemas);
    for (const ref of refs) expect(names).toContain(ref.replace("#/components/schemas/", ""));
    for (const name of names) expect(refs).toContain(`#/components/schemas/${name}`);
  });

  it("gives every operation a unique id, a tag it declares and a JSON 200 answer for GETs", () => {
    const tags = document.tags.map((t) => t.name);
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId: string; tags: string[] }>),
    );
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) expect(tags).toContain(operation.tags[0]);
    const gets = Object.values(document.paths).filter((item) => "get" in item).length;
    expect(listDocumentedOperations(document)).toHaveLength(gets);
  });

  it("documents the endpoints the API serves", () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/errors",
        "/api/v1/errors/{id}",
        "/api/v1/codes/{code}",
        "/api/v1/search",
        "/api/v1/flows/{id}",
        "/api/flows/{id}",
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/oembed",
        "/api/v1/feedback",
        "/api/v1/searches",
        "/api/v1/errors/{id}/outcomes",
        "/api/v1/insights",
      ]),
    );
  });
});
