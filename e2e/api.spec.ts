// The public JSON API and oEmbed provider against the production server: every documented endpoint's real
// answer matches its OpenAPI schema (contract), caching and CORS headers, JSON errors, and a burst of requests.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { extract, setProviderList } from "@extractus/oembed-extractor";
import { E2E_ADMIN_TOKEN } from "./feedback-env";

interface OpenApi {
  paths: Record<
    string,
    {
      get?: {
        security?: unknown[];
        responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
      };
    }
  >;
  components: { schemas: Record<string, unknown> };
}

/** Validates `data` against the document's component schema `name` (refs rewritten to JSON Schema `$defs`). */
function checkAgainst(document: OpenApi, name: string, data: unknown): string[] {
  const defs = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"),
  );
  const result = z.fromJSONSchema({ $ref: `#/$defs/${name}`, $defs: defs }).safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

async function getJson(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.json();
}

let document: OpenApi;
let errorId: string;
let articleId: string;
let flowId: string;

test.beforeAll(async ({ request }) => {
  document = await getJson(request, "/api/v1/openapi.json");
  const errors = await getJson(request, "/api/v1/errors?locale=sv");
  errorId = errors.errors.find((e: { codes: string[] }) => e.codes.includes("34513")).id;
  const articles = await getJson(request, "/api/v1/articles?locale=sv");
  articleId = articles.articles[0].id;
  flowId = (await getJson(request, `/api/v1/articles/${articleId}?locale=sv`)).flows[0];
});

test("every documented endpoint answers with JSON matching its schema", async ({ request, baseURL }) => {
  const samples: Record<string, string> = {
    "/api/v1/errors": "/api/v1/errors?locale=sv",
    "/api/v1/errors/{id}": `/api/v1/errors/${errorId}?locale=sv`,
    "/api/v1/codes/{code}": "/api/v1/codes/0x86D1",
    "/api/v1/search": "/api/v1/search?q=34513&locale=sv&limit=5",
    "/api/v1/flows/{id}": `/api/v1/flows/${flowId}?locale=sv`,
    "/api/flows/{id}": `/api/flows/${errorId}?locale=en`,
    "/api/v1/articles": "/api/v1/articles",
    "/api/v1/articles/{id}": `/api/v1/articles/${articleId}?locale=en`,
    "/api/oembed": `/api/oembed?format=json&url=${encodeURIComponent(`${baseURL}/sv/errors/${errorId}`)}`,
    "/api/v1/errors/{id}/outcomes": `/api/v1/errors/${errorId}/outcomes?locale=sv`,
  };
  // Every GET anyone may call (the insights need a token: checked in their own test below).
  const open = Object.entries(document.paths)
    .filter(([, item]) => item.get && !item.get.security?.length)
    .map(([path]) => path);
  expect(Object.keys(samples).sort()).toEqual(open.sort());
  for (const [path, sample] of Object.entries(samples)) {
    const ref = document.paths[path]?.get?.responses["200"]?.content?.["application/json"]?.schema.$ref ?? "";
    const data = await getJson(request, sample);
    expect(checkAgainst(document, ref.split("/").pop() ?? "", data), sample).toEqual([]);
  }
});

test("the insights answer matches its schema when the token is sent", async ({ request }) => {
  const response = await request.get("/api/v1/insights", {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  expect(checkAgainst(document, "Insights", await response.json())).toEqual([]);
});

test("the contract check itself rejects a response that drifts from the schema", () => {
  expect(
    checkAgainst(document, "ErrorListItem", {
      id: "x",
      locale: "sv",
      title: "t",
      codes: [],
      url: "/",
      article: "a",
      extra: 1,
    }),
  ).not.toEqual([]);
  expect(
    checkAgainst(document, "ErrorListItem", {
      id: "x",
      locale: "Deutsch",
      title: "t",
      codes: [],
      url: "/",
      article: "a",
    }),
  ).not.toEqual([]);
});

test("derived and authored flows are graphs whose edges join known nodes", async ({ request }) => {
  for (const path of [`/api/v1/flows/${errorId}?locale=sv`, `/api/v1/flows/${flowId}?locale=sv`]) {
    const flow = await getJson(request, path);
    const ids = new Set(flow.nodes.map((n: { id: string }) => n.id));
    expect(ids.has(flow.start)).toBe(true);
    for (const edge of flow.edges)
      expect(ids.has(edge.from) && ids.has(edge.to), JSON.stringify(edge)).toBe(true);
  }
  expect((await getJson(request, `/api/v1/flows/${errorId}?locale=sv`)).origin).toBe("error");
  expect((await getJson(request, `/api/v1/flows/${flowId}?locale=sv`)).origin).toBe("authored");
});

test("ETag: the same body answers 304 to If-None-Match, and is cacheable for five minutes", async ({
  request,
}) => {
  const first = await request.get(`/api/v1/errors/${errorId}?locale=sv`);
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=300");
  const again = await request.get(`/api/v1/errors/${errorId}?locale=sv`, {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  const other = await request.get(`/api/v1/errors/${errorId}?locale=en`, {
    headers: { "If-None-Match": etag },
  });
  expect(other.status()).toBe(200);
});

test("CORS: GET is open to any origin and OPTIONS answers the preflight", async ({ request }) => {
  const get = await request.get("/api/v1/errors", { headers: { Origin: "https://wiki.example.org" } });
  expect(get.headers()["access-control-allow-origin"]).toBe("*");
  const preflight = await request.fetch("/api/v1/errors", {
    method: "OPTIONS",
    headers: { Origin: "https://wiki.example.org", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});

test("unknown paths, unknown ids and overlong or malformed ids are JSON 404s", async ({ request }) => {
  for (const path of [
    "/api/v1/nothing-here",
    "/api/v1/errors/no-such-error",
    `/api/v1/errors/${"a".repeat(5_000)}`,
    "/api/v1/errors/%00%3Cscript%3E",
    "/api/v1/errors/..%2F..%2Fetc",
    `/api/v1/codes/${"9".repeat(500)}`,
    "/api/v1/flows/NOT_AN_ID",
    "/api/flows/no-such-flow",
    "/api/v1/articles/no-such-article",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/json");
    const body = await response.json();
    expect(body.error.status, path).toBe(404);
    expect(typeof body.error.message).toBe("string");
  }
});

test("an unknown locale is a JSON 400", async ({ request }) => {
  const response = await request.get("/api/v1/errors?locale=de");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.status).toBe(400);
});

test("writes are JSON 405s that name the allowed methods", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch(`/api/v1/errors/${errorId}`, { method, data: "{}" });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect((await response.json()).error.status).toBe(405);
  }
});

test.describe("oEmbed", () => {
  const oembed = (url: string, extra = "") =>
    `/api/oembed?format=json&url=${encodeURIComponent(url)}${extra}`;

  test("describes our error page, guided fix and flow as rich iframes sized within the maximum", async ({
    request,
    baseURL,
  }) => {
    const card = await getJson(
      request,
      oembed(`${baseURL}/sv/errors/${errorId}`, "&maxwidth=400&maxheight=300"),
    );
    expect(card).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Fixpath",
      width: 400,
      height: 300,
    });
    expect(card.html).toContain(`src="${baseURL}/embed/sv/errors/${errorId}"`);
    const fix = await getJson(request, oembed(`${baseURL}/sv/errors/${errorId}/fix`));
    expect(fix.html).toContain(`/embed/sv/errors/${errorId}/fix"`);
    const flow = await getJson(request, oembed(`${baseURL}/sv/flows/${flowId}`));
    expect(flow.html).toContain(`/embed/sv/flows/${flowId}"`);
  });

  test("refuses URLs that are not ours with 404", async ({ request, baseURL }) => {
    for (const url of [
      `https://evil.example/sv/errors/${errorId}`,
      `javascript:alert(1)//${baseURL}/sv/errors/${errorId}`,
      "file:///etc/passwd",
      `${baseURL!.replace("http://", "http://user:secret@")}/sv/errors/${errorId}`,
      `${baseURL}/sv/articles/${articleId}`,
      `${baseURL}/sv/errors/no-such-error`,
      `${baseURL}/sv/flows/no-such-flow`,
    ]) {
      const response = await request.get(oembed(url));
      expect(response.status(), url).toBe(404);
      expect((await response.json()).error.status).toBe(404);
    }
  });

  test("answers 400 for a missing, relative or overlong url and 501 for xml", async ({
    request,
    baseURL,
  }) => {
    expect((await request.get("/api/oembed?format=json")).status()).toBe(400);
    expect((await request.get(oembed("/sv/errors/x"))).status()).toBe(400);
    expect((await request.get(oembed(`${baseURL}/sv/errors/${errorId}?${"a".repeat(2_000)}`))).status()).toBe(
      400,
    );
    const xml = await request.get(
      `/api/oembed?format=xml&url=${encodeURIComponent(`${baseURL}/sv/errors/${errorId}`)}`,
    );
    expect(xml.status()).toBe(501);
  });

  test("ignores a JSONP callback: the answer stays plain JSON", async ({ request, baseURL }) => {
    const response = await request.get(oembed(`${baseURL}/sv/errors/${errorId}`, "&callback=alert"));
    expect(response.headers()["content-type"]).toContain("application/json");
    expect((await response.text()).startsWith("{")).toBe(true);
  });

  test("a real oEmbed consumer reads it, through a registered provider and through discovery", async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL!);
    // The library assumes HTTPS endpoints; loopback has no TLS, so the fetcher sends the same request over HTTP.
    // The prerendered page's discovery link names the public origin (FIXPATH_SITE_URL, localhost:3000 by default).
    const fetcher = (url: string) =>
      fetch(url.replace(`https://${origin.host}`, baseURL!).replace(/^https?:\/\/localhost:3000/, baseURL!));
    setProviderList([
      {
        provider_name: "Fixpath",
        provider_url: `${baseURL}/`,
        endpoints: [{ schemes: [`${baseURL}/*/errors/*`], url: `${baseURL}/api/oembed` }],
      },
    ]);
    const viaProvider = await extract(`${baseURL}/en/errors/${errorId}`, { maxwidth: 500 }, fetcher);
    expect(viaProvider).toMatchObject({
      type: "rich",
      provider_name: "Fixpath",
      width: 500,
      method: "provider-api",
    });
    setProviderList([]);
    const viaDiscovery = await extract(`${baseURL}/sv/errors/${errorId}`, {}, fetcher);
    expect(viaDiscovery).toMatchObject({ type: "rich", method: "auto-discovery" });
    expect(String(viaDiscovery.html)).toContain(`/embed/sv/errors/${errorId}`);
  });
});

test("a burst of 1,000 requests on loopback is served without errors", async ({ request }) => {
  const paths = [
    "/api/v1/errors?locale=sv",
    `/api/v1/errors/${errorId}`,
    "/api/v1/codes/34513",
    "/api/v1/search?q=34513",
    `/api/v1/flows/${errorId}`,
  ];
  const statuses: number[] = [];
  for (let batch = 0; batch < 20; batch++) {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => request.get(paths[(batch * 50 + i) % paths.length]!)),
    );
    statuses.push(...responses.map((r) => r.status()));
  }
  expect(statuses).toHaveLength(1_000);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
});
