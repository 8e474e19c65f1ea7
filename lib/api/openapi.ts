/**
 * The OpenAPI 3.1 document of the public JSON API, as a plain object: served at /api/v1/openapi.json,
 * linted by Redocly, and used by the contract test to check real responses against these schemas.
 */
import { LOCALE_PATTERN, MAX_LOCALE_LENGTH } from "../schema/locales";
import { MAX_PRODUCT_PARAM_LENGTH } from "./api-query";
import { DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT } from "../search/ranking";
import { feedbackPaths, feedbackSchemas, feedbackSecuritySchemes, feedbackTags } from "./openapi-feedback";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const string = (description: string): Schema => ({ type: "string", description });
const strings = (description: string): Schema => ({ type: "array", items: { type: "string" }, description });
/** A locale as URLs write it; which ones exist is the catalog's business, so the schema fixes the form only. */
const localeForm: Schema = {
  type: "string",
  pattern: LOCALE_PATTERN.source,
  maxLength: MAX_LOCALE_LENGTH,
  examples: ["en", "sv", "pt-br", "zh-hans"],
};
const locale: Schema = { ...localeForm, description: "Locale of this version, a lower-case BCP-47 tag." };

/** An object schema whose every listed property is required and no other property is allowed. */
function closedObject(description: string, properties: Record<string, Schema>): Schema {
  return {
    type: "object",
    description,
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const errorListItemProperties = {
  id: string("Stable id, the same in every locale, e.g. `invalid-vault-credentials-provided`."),
  locale,
  title: string("Heading of the error."),
  codes: strings("Codes exactly as the documentation prints them, e.g. `34513`, `0x1FC07`."),
  url: string("Site path of the error page, e.g. `/sv/errors/invalid-vault-credentials-provided`."),
  article: string("Id of the article that defines the error."),
};

const articleListItemProperties = {
  id: string("Stable id, the same in every locale."),
  locale,
  title: string("Title of the article."),
  description: string("One-sentence summary."),
  product: string("Product the article is about."),
  updated: string("Date of the last content change, `YYYY-MM-DD`."),
  url: string("Site path of the article page."),
};

const schemas: Record<string, Schema> = {
  ApiError: closedObject("An error answer.", {
    error: closedObject("What went wrong.", {
      status: { type: "integer", description: "The HTTP status, repeated." },
      message: string("What went wrong, in English."),
    }),
  }),
  Link: closedObject("A link found in a step.", {
    text: string("Link text."),
    href: string("Target URL or path."),
  }),
  Step: closedObject("One step of an action.", {
    text: string("Plain text of the step."),
    markdown: string(
      "The step as written, in Markdown: links, inline code, emphasis and nested sub-items survive.",
    ),
    commands: strings("Commands the step asks the reader to run, verbatim."),
    links: { type: "array", items: ref("Link"), description: "Links in the step, in order." },
  }),
  Action: closedObject("Something the reader does: an ordered list of steps.", {
    id: string("Id unique within its error, stable across re-imports, e.g. `fix-3f9a2c`."),
    causes: strings(
      "Ids of the causes this action fixes, in cause order; empty when it applies to the error as a whole.",
    ),
    steps: { type: "array", items: ref("Step"), description: "The steps in order." },
  }),
  Cause: closedObject("Why an error happens, with the actions that fix it.", {
    id: string("Id unique within its error, stable across re-imports, e.g. `cause-1`."),
    title: string("Short name of the cause."),
    explanation: string("Plain-text explanation (may be empty)."),
    explanationMarkdown: string("The explanation as written, in Markdown (may be empty)."),
    actions: {
      type: "array",
      items: ref("Action"),
      description:
        "Every action that fixes this cause; an action several causes share appears under each (the error's `actions` lists it once).",
    },
  }),
  RichText: closedObject("Text as written and as plain text.", {
    markdown: string("Markdown as written (links, code, lists, tables; callouts as `> [!NOTE]` alerts)."),
    text: string("Plain text of the same."),
  }),
  ErrorListItem: closedObject("An error in a list.", errorListItemProperties),
  ErrorList: closedObject("Errors.", {
    errors: { type: "array", items: ref("ErrorListItem"), description: "Errors in catalog order." },
  }),
  Error: closedObject("One error with everything needed to fix it.", {
    ...errorListItemProperties,
    section: { type: ["string", "null"], description: "Id of the enclosing article section, if any." },
    message: string("The message the product shows, verbatim (may be empty)."),
    causes: { type: "array", items: ref("Cause"), description: "Causes in document order." },
    actions: {
      type: "array",
      items: ref("Action"),
      description:
        "Every action of the error once, in document order; each names the causes it fixes (none: the whole error).",
    },
    body: {
      oneOf: [ref("RichText"), { type: "null" }],
      description:
        "Everything else the documentation says about the error (paragraphs, lists, code, tables, callouts), in order, or null.",
    },
    fixUrl: string("Site path of the guided fix."),
    embedUrl: string("Path of the embeddable error card."),
  }),
  CodeMatch: closedObject("The errors that print a code.", {
    code: string("The code as requested."),
    errors: { type: "array", items: ref("ErrorListItem"), description: "Matching errors." },
  }),
  FlowNode: closedObject("A step of a flow, or one of its ends.", {
    id: string("Step id, or `done` / `escalate` for the ends."),
    type: { type: "string", enum: ["step", "question", "end"], description: "Kind of node." },
    text: string("Plain-text instruction (the end's name for ends)."),
    question: { type: ["string", "null"], description: "The yes/no question asked after the instruction." },
    commands: strings("Commands the step asks the reader to run, verbatim."),
  }),
  FlowEdge: closedObject("Where a choice leads.", {
    from: string("Id of the step the choice belongs to."),
    to: string("Id of the step or end it leads to."),
    label: { type: "string", enum: ["next", "yes", "no"], description: "The answer that takes this edge." },
  }),
  Flow: closedObject("A fix procedure as a graph.", {
    id: string("Flow id (for derived flows: the error id)."),
    locale,
    article: string("Id of the article that defines it."),
    title: string("Title."),
    kind: {
      type: "string",
      enum: ["procedure", "checklist"],
      description: "Ordered procedure or independent checks.",
    },
    origin: {
      type: "string",
      enum: ["authored", "error"],
      description: "Authored in an article, or derived from an error.",
    },
    intro: string("Plain-text introduction (may be empty)."),
    start: string("Id of the first node."),
    url: string("Site path of the guided view."),
    nodes: { type: "array", items: ref("FlowNode"), description: "Steps in document order, then the ends." },
    edges: { type: "array", items: ref("FlowEdge"), description: "One edge per choice." },
  }),
  ArticleListItem: closedObject("An article in a list.", articleListItemProperties),
  ArticleList: closedObject("Articles.", {
    articles: { type: "array", items: ref("ArticleListItem"), description: "Articles." },
  }),
  Article: closedObject("One article.", {
    ...articleListItemProperties,
    errors: strings("Ids of its errors in document order."),
    flows: strings("Ids of its flows in document order."),
    sections: {
      type: "array",
      description: "Headings, for a table of contents.",
      items: closedObject("A heading.", {
        id: string("Anchor id."),
        title: string("Heading text."),
        depth: { type: "integer", description: "Heading depth." },
      }),
    },
  }),
  SearchResult: {
    type: "object",
    description: "One hit.",
    required: [
      "id",
      "kind",
      "title",
      "codes",
      "url",
      "score",
      "locale",
      "article",
      "product",
      "snippet",
      "matchedTerms",
    ],
    properties: {
      id: string("Entity id; section ids are heading anchors."),
      kind: {
        type: "string",
        enum: ["error", "flow", "article", "section"],
        description: "What the hit is.",
      },
      title: string("Title."),
      codes: strings("Codes of an error as printed."),
      url: string("Site path."),
      score: { type: "number", description: "Ranking score, comparable within one response." },
      locale,
      article: string("Id of the article the entity belongs to."),
      product: string("Product of that article, e.g. `Azure Files` (empty when the article names none)."),
      otherLanguage: {
        type: "boolean",
        enum: [true],
        description:
          "Present (true) when the entity has no version in the requested locale and is shown in its own: that locale had no good match.",
      },
      snippet: string("Text to show under the title."),
      matchedTerms: strings("Index words the entity matched."),
      matchedCode: string("The code that matched, when the hit came from a code."),
      codeMatch: {
        type: "string",
        enum: ["exact", "family", "fuzzy", "prefix"],
        description:
          "How `matchedCode` met the query: the code as typed (any notation), another form of it (`0x80070005` for `5`), a close spelling, or a code being typed.",
      },
    },
  },
  ProductFacet: closedObject("A product among the matches.", {
    product: string("The product as its articles name it, e.g. `Azure Files`."),
    count: { type: "integer", description: "Matches of the query in it (before `product` narrows them)." },
  }),
  CodeClash: closedObject(
    "Errors of several products carry a code the query names, and nothing else in the query chose one.",
    {
      code: string("The code as the query gives it, e.g. `112`."),
      groups: {
        type: "array",
        description: "The candidates grouped by product, in result order.",
        items: closedObject("The candidates of one product.", {
          product: string("The product."),
          results: { type: "array", items: ref("SearchResult"), description: "Its errors with the code." },
        }),
      },
    },
  ),
  SearchResponse: {
    type: "object",
    description: "The answer to one query.",
    required: ["query", "understood", "results", "match", "suggestions", "products"],
    properties: {
      query: string("The query as searched (after truncation)."),
      understood: {
        type: "object",
        description: "How the query was read.",
        required: ["codes", "truncated"],
        properties: {
          codes: {
            type: "array",
            description: "Codes the query was understood to contain.",
            items: {
              type: "object",
              required: ["code", "normalized", "description", "known"],
              properties: {
                code: string("The code as printed, or as typed."),
                normalized: string("The normalised key."),
                description: string("How the query was read, in the requested locale (English without one)."),
                known: { type: "boolean", description: "Whether an error with this code exists." },
              },
            },
          },
          truncated: { type: "boolean", description: "Whether the query was cut." },
          message: string("Why there are no results, when there is something to say."),
        },
      },
      results: { type: "array", items: ref("SearchResult"), description: "Hits, best first." },
      match: {
        type: "string",
        enum: ["good", "weak", "none"],
        description:
          "How well the first result matches: `weak` when it holds less than half of the query (say that nothing matched well, offer suggestions and products first), `none` without results.",
      },
      suggestions: strings("Close codes, codes that look similar (on a weak match) and corrected words."),
      products: {
        type: "array",
        items: ref("ProductFacet"),
        description: "Products among the matches, most first: the product facet.",
      },
      product: string("The product the results were narrowed to, as the catalog spells it (with `product`)."),
      clash: ref("CodeClash"),
    },
  },
  OEmbed: closedObject("An oEmbed 1.0 `rich` response.", {
    version: { type: "string", enum: ["1.0"], description: "oEmbed version." },
    type: { type: "string", enum: ["rich"], description: "Always `rich`: an iframe." },
    provider_name: { type: "string", enum: ["Fixpath"], description: "Provider name." },
    provider_url: string("Provider URL."),
    title: string("Title of the embedded page."),
    html: string("The iframe to insert."),
    width: { type: "integer", description: "Width in pixels, at most maxwidth." },
    height: { type: "integer", description: "Height in pixels, at most maxheight." },
    cache_age: { type: "integer", description: "Seconds the response may be cached." },
  }),
};

const localeParameter = {
  name: "locale",
  in: "query",
  required: false,
  description:
    "A locale the portal serves, e.g. `en` or `sv`; any other answers 400 naming the served ones. Lists return every locale without it; single entities prefer `en`, then the other locales in order.",
  schema: localeForm,
};
const idParameter = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  description: `Id of the ${what}: lower-case words joined by hyphens, at most 200 characters.`,
  schema: { type: "string", maxLength: 200 },
});

const json = (description: string, schema: string) => ({
  description,
  content: { "application/json": { schema: ref(schema) } },
});
const notModified = { description: "Not modified: the `If-None-Match` ETag matches." };
const badRequest = json("Bad request (for example an unknown locale).", "ApiError");
const notFound = (what: string) => json(`No ${what} with this id.`, "ApiError");

function getOperation(
  operationId: string,
  tag: string,
  summary: string,
  description: string,
  parameters: unknown[],
  ok: ReturnType<typeof json>,
  extra: Record<string, unknown> = {},
) {
  return {
    get: {
      operationId,
      tags: [tag],
      summary,
      description,
      parameters,
      responses: { "200": ok, "304": notModified, "400": badRequest, ...extra },
    },
  };
}

/** The document; `serverUrl` is the origin it is served from. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fixpath API",
      version: "1.0.0",
      description:
        "Read-only JSON API of Fixpath: errors with their codes, messages, causes and fix steps; guided fix flows; articles; search. " +
        "Every GET answer carries an `ETag` (send it back in `If-None-Match` for a 304), `Cache-Control: public, max-age=300` " +
        'and `Access-Control-Allow-Origin: *`. Errors are JSON: `{ "error": { "status", "message" } }`.',
    },
    servers: [{ url: serverUrl, description: "This Fixpath instance." }],
    security: [],
    tags: [
      { name: "errors", description: "Errors, their codes, causes and fixes." },
      { name: "flows", description: "Guided fix procedures as graphs." },
      { name: "articles", description: "The troubleshooting articles." },
      { name: "search", description: "Search by code or message." },
      { name: "embed", description: "Embedding in other sites (oEmbed)." },
      ...feedbackTags,
    ],
    paths: {
      "/api/v1/errors": getOperation(
        "listErrors",
        "errors",
        "List errors",
        "Every error, in catalog order.",
        [localeParameter],
        json("The errors.", "ErrorList"),
      ),
      "/api/v1/errors/{id}": getOperation(
        "getError",
        "errors",
        "Get an error",
        "One error with its message, causes, actions and steps.",
        [idParameter("error"), localeParameter],
        json("The error.", "Error"),
        { "404": notFound("error") },
      ),
      "/api/v1/codes/{code}": getOperation(
        "findErrorsByCode",
        "errors",
        "Find errors by code",
        "The errors that print a code, written any way (`0x1FC07`, `130055`, `SalLowDiskSpace`).",
        [
          {
            name: "code",
            in: "path",
            required: true,
            description: "An error code as typed.",
            schema: { type: "string", maxLength: 120 },
          },
          localeParameter,
        ],
        json("The matching errors.", "CodeMatch"),
        { "404": json("No error prints this code.", "ApiError") },
      ),
      "/api/v1/search": getOperation(
        "search",
        "search",
        "Search",
        "Search errors, flows and articles by code or text (the same answer as `/api/search`).",
        [
          {
            name: "q",
            in: "query",
            required: false,
            description: "The query: a code or pasted message.",
            schema: { type: "string" },
          },
          localeParameter,
          {
            name: "limit",
            in: "query",
            required: false,
            description: `Most results (1 to ${MAX_RESULT_LIMIT}, default ${DEFAULT_RESULT_LIMIT}); any other value is a 400.`,
            schema: { type: "integer", minimum: 1, maximum: MAX_RESULT_LIMIT },
          },
          {
            name: "product",
            in: "query",
            required: false,
            description:
              "Only results of this product (compared without case or extra spaces), e.g. `Azure Files`; `products` still counts all.",
            schema: { type: "string", maxLength: MAX_PRODUCT_PARAM_LENGTH },
          },
          {
            name: "context",
            in: "query",
            required: false,
            description:
              "The product the visitor is in: a code that several products use is decided in its favour.",
            schema: { type: "string", maxLength: MAX_PRODUCT_PARAM_LENGTH },
          },
        ],
        json("The search answer.", "SearchResponse"),
        {
          "400": json(
            "A parameter is present but not valid (locale, limit, product or context); `/api/search` refuses the same.",
            "ApiError",
          ),
        },
      ),
      "/api/v1/flows/{id}": getOperation(
        "getFlow",
        "flows",
        "Get a flow",
        "An authored flow, or the guided fix derived from the error with this id, as nodes and edges.",
        [idParameter("flow or error"), localeParameter],
        json("The flow.", "Flow"),
        { "404": notFound("flow or error") },
      ),
      "/api/flows/{id}": getOperation(
        "getFlowUnversioned",
        "flows",
        "Get a flow (unversioned path)",
        "The same answer as `/api/v1/flows/{id}`.",
        [idParameter("flow or error"), localeParameter],
        json("The flow.", "Flow"),
        { "404": notFound("flow or error") },
      ),
      "/api/v1/articles": getOperation(
        "listArticles",
        "articles",
        "List articles",
        "Every article.",
        [localeParameter],
        json("The articles.", "ArticleList"),
      ),
      "/api/v1/articles/{id}": getOperation(
        "getArticle",
        "articles",
        "Get an article",
        "One article's summary, error and flow ids, and sections.",
        [idParameter("article"), localeParameter],
        json("The article.", "Article"),
        { "404": notFound("article") },
      ),
      "/api/oembed": {
        get: {
          operationId: "oembed",
          tags: ["embed"],
          summary: "oEmbed provider",
          description:
            "oEmbed 1.0: a `rich` iframe for an error page, an error's guided fix or a flow of this site. JSONP `callback` is ignored.",
          parameters: [
            {
              name: "url",
              in: "query",
              required: true,
              description:
                "A page of this site, e.g. `/sv/errors/<id>` as an absolute URL (at most 2,000 characters).",
              schema: { type: "string", maxLength: 2000 },
            },
            {
              name: "format",
              in: "query",
              required: false,
              description: "Only `json`.",
              schema: { type: "string", enum: ["json", "xml"] },
            },
            {
              name: "maxwidth",
              in: "query",
              required: false,
              description: "Largest width in pixels.",
              schema: { type: "integer", minimum: 1 },
            },
            {
              name: "maxheight",
              in: "query",
              required: false,
              description: "Largest height in pixels.",
              schema: { type: "integer", minimum: 1 },
            },
          ],
          responses: {
            "200": json("The embed.", "OEmbed"),
            "304": notModified,
            "400": json("Missing, malformed or overlong url.", "ApiError"),
            "404": json("Not a page of this site that can be embedded.", "ApiError"),
            "501": json("Format not implemented (xml).", "ApiError"),
          },
        },
      },
      ...feedbackPaths,
    },
    components: { schemas: { ...schemas, ...feedbackSchemas }, securitySchemes: feedbackSecuritySchemes },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** Documented GET paths with a JSON answer, for tests and the API page: `[path, schema name of the 200 answer]`. */
export function listDocumentedOperations(
  document: OpenApiDocument,
): Array<{ path: string; schema: string; summary: string }> {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const get = (item as { get?: { summary: string; responses: Record<string, unknown> } }).get;
    const ok = get?.responses["200"] as
      { content?: { "application/json"?: { schema?: { $ref?: string } } } } | undefined;
    const schema = ok?.content?.["application/json"]?.schema?.$ref?.split("/").pop();
    return get && schema ? [{ path, schema, summary: get.summary }] : [];
  });
}
