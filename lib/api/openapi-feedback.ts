/**
 * The feedback and insights part of the OpenAPI document. Request and answer schemas are generated from the
 * Zod schemas in lib/schema/feedback.ts, so the document cannot drift from what the server accepts.
 */
import { z } from "zod";
import {
  FeedbackRequestSchema,
  INSIGHTS_TABLES,
  InsightsSchema,
  SearchReportSchema,
} from "../schema/feedback";
import { MIN_ANSWERS_TO_SHOW } from "../feedback/outcome-summary";

type Schema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of a Zod schema, as the client sends it. */
function fromZod(schema: z.ZodType, description: string): Schema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
  }) as Schema;
  void _dialect;
  return { ...json, description };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: string) => ({
  description,
  content: { "application/json": { schema: ref(schema) } },
});

export const feedbackSchemas: Record<string, Schema> = {
  FeedbackRequest: fromZod(
    FeedbackRequestSchema,
    "An answer: `errorId` (or `flowId` alone for an authored flow) names what it is about; `causeId` the cause under which Yes/No was pressed; " +
      "`flowId` + `stepId` a guided-fix step (`done`/`escalate` for the ends). `stepId` needs `flowId`, `reached` needs `stepId`, " +
      "and `comment` (at most 1,000 characters) is only taken with `not-fixed`. Unknown fields are refused.",
  ),
  FeedbackAccepted: {
    type: "object",
    description: "The answer was stored.",
    properties: { accepted: { type: "boolean", enum: [true], description: "Always true." } },
    required: ["accepted"],
    additionalProperties: false,
  },
  FieldError: {
    type: "object",
    description: "A request that names something wrong or unknown, with the field to fix.",
    properties: {
      error: {
        type: "object",
        description: "What went wrong.",
        properties: {
          status: { type: "integer", description: "The HTTP status, repeated." },
          message: { type: "string", description: "`<field>: what to fix`, in English." },
          field: { type: "string", description: "The request field at fault, e.g. `outcome` or `causeId`." },
        },
        required: ["status", "message", "field"],
        additionalProperties: false,
      },
    },
    required: ["error"],
    additionalProperties: false,
  },
  SearchReport: fromZod(
    SearchReportSchema,
    "A search the browser answered itself. The server searches again to learn its codes and result count.",
  ),
  Outcomes: {
    type: "object",
    description: `Success rates of an error's causes, pooled over its locales, for causes with at least ${MIN_ANSWERS_TO_SHOW} answers.`,
    properties: {
      errorId: { type: "string", description: "The error." },
      minimumAnswers: { type: "integer", description: "Answers a cause needs before it is listed." },
      causes: {
        type: "array",
        description: "Causes with enough answers.",
        items: {
          type: "object",
          description: "One cause (null: the error as a whole).",
          properties: {
            causeId: { type: ["string", "null"], description: "The cause." },
            fixed: { type: "integer", description: "Answers that it fixed the error." },
            answers: { type: "integer", description: "All Yes/No answers." },
          },
          required: ["causeId", "fixed", "answers"],
          additionalProperties: false,
        },
      },
    },
    required: ["errorId", "minimumAnswers", "causes"],
    additionalProperties: false,
  },
  Insights: fromZod(
    InsightsSchema,
    "Every table of the insights for one period: `gaps` (unknown codes by searches), `zeroResults`, `causes` (worst Wilson lower bound first), " +
      "`flows` (reached and left per step, escalations), `comments`, `trend` (one entry per day).",
  ),
};

const day = (name: "from" | "to", description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", format: "date" },
});
const errorBody = (description: string) => json(description, "ApiError");

export const feedbackTags = [
  { name: "feedback", description: "Did this fix it? Answers, steps reached and searches." },
  {
    name: "insights",
    description: "What readers found and missed, for maintainers (needs FIXPATH_ADMIN_TOKEN).",
  },
];

export const feedbackPaths = {
  "/api/v1/feedback": {
    post: {
      operationId: "postFeedback",
      tags: ["feedback"],
      summary: "Send an answer",
      description:
        'Records "did this fix it?" (`fixed` / `not-fixed`) for a cause or a whole error, a guided-fix step shown (`reached`), or the ' +
        "confirmation at a guided fix's end. One answer per reader, cause (or step) and day counts; a later one replaces it. " +
        "Also takes the same fields as an HTML form (`application/x-www-form-urlencoded`, plus `return`: a path of this site), answered with 303 back to it. " +
        "No IP address, user agent or cookie value is stored.",
      security: [],
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: ref("FeedbackRequest") },
          "application/x-www-form-urlencoded": { schema: ref("FeedbackRequest") },
        },
      },
      responses: {
        "202": json(
          "Stored. A first answer also sets the `fixpath_voter` cookie (a random token).",
          "FeedbackAccepted",
        ),
        "303": { description: "A form post: back to `return` with `#<control>-thanks|comment|failed|busy`." },
        "400": json("Invalid: the message and `field` name the field to fix.", "FieldError"),
        "403": errorBody("Sent by a page of another site."),
        "404": json("An id that the catalog does not have (in that locale); `field` names it.", "FieldError"),
        "413": errorBody("Body over 16 KiB."),
        "415": errorBody("Neither JSON nor a form."),
        "429": errorBody(
          "Too many answers from this address (FIXPATH_FEEDBACK_RATE per minute); see Retry-After.",
        ),
        "503": errorBody("The database is unavailable: nothing was stored, try again later."),
      },
    },
  },
  "/api/v1/searches": {
    post: {
      operationId: "reportSearch",
      tags: ["feedback"],
      summary: "Report a search answered in the browser",
      description:
        "Sent with `navigator.sendBeacon` by the portal's search box. Stored as normalised codes and a privacy-safe form of the words.",
      security: [],
      requestBody: { required: true, content: { "application/json": { schema: ref("SearchReport") } } },
      responses: {
        "202": json("Recorded (written shortly after).", "FeedbackAccepted"),
        "400": json("Invalid: `field` names the field to fix.", "FieldError"),
        "403": errorBody("Sent by a page of another site."),
        "429": errorBody("Too many reports from this address."),
      },
    },
  },
  "/api/v1/errors/{id}/outcomes": {
    get: {
      operationId: "getOutcomes",
      tags: ["feedback"],
      summary: "Success rates of an error's causes",
      description: `How often each cause fixed the error, for causes with at least ${MIN_ANSWERS_TO_SHOW} answers (what error pages show as "Fixed it for 83 % of 120 people").`,
      security: [],
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          description: "Id of the error.",
          schema: { type: "string", maxLength: 200 },
        },
        {
          name: "locale",
          in: "query",
          required: false,
          description:
            "Only answer when the error exists in this locale (rates are pooled over every locale).",
          schema: { type: "string" },
        },
      ],
      responses: {
        "200": json("The success rates.", "Outcomes"),
        "404": errorBody("No error with this id."),
      },
    },
  },
  "/api/v1/insights": {
    get: {
      operationId: "getInsights",
      tags: ["insights"],
      summary: "Insights for a period",
      description:
        "Knowledge gaps, zero-result searches, fixes that fail, comments, guided-fix drop-off and the daily trend. Needs " +
        "`Authorization: Bearer <FIXPATH_ADMIN_TOKEN>` (or the insights page's session cookie); the endpoint does not exist (404) " +
        "when no token is configured. `table` + `format` export one table as CSV or JSON.",
      security: [{ adminToken: [] }],
      parameters: [
        day("from", "First day, inclusive (UTC, YYYY-MM-DD); default 29 days before `to`."),
        day("to", "Last day, inclusive (UTC, YYYY-MM-DD); default today."),
        {
          name: "table",
          in: "query",
          required: false,
          description: "Export only this table.",
          schema: { type: "string", enum: [...INSIGHTS_TABLES] },
        },
        {
          name: "format",
          in: "query",
          required: false,
          description: "`json` (default) or `csv` (needs `table`).",
          schema: { type: "string", enum: ["json", "csv"] },
        },
      ],
      responses: {
        "200": {
          description: "The insights (or one table of them).",
          content: {
            "application/json": { schema: ref("Insights") },
            "text/csv": {
              schema: { type: "string", description: "One table, RFC 4180, with a header row." },
            },
          },
        },
        "400": json("A bad period, table or format; `field` names it.", "FieldError"),
        "401": errorBody("No token, or a wrong one."),
        "404": errorBody("Insights are off: FIXPATH_ADMIN_TOKEN is not set."),
        "503": errorBody("The database is unavailable."),
      },
    },
  },
};

export const feedbackSecuritySchemes = {
  adminToken: {
    type: "http",
    scheme: "bearer",
    description: "The value of FIXPATH_ADMIN_TOKEN.",
  },
};
