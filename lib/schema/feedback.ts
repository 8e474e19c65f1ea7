/**
 * The feedback contract: what a reader may send ("did this fix it?", a guided-fix step reached, a search
 * answered in the browser) and what maintainers read back (insights). Zod is the truth; the API, the
 * forms, the store and the OpenAPI document derive from these schemas.
 */
import { z } from "zod";
import { FlowStepIdSchema, IdSchema, LocaleSchema } from "./entities";

import { MAX_COMMENT_CHARS } from "./feedback-limits";

export { MAX_COMMENT_CHARS };

/**
 * What the reader reports: `fixed` (Yes / "Yes, it works now"), `not-fixed` (No) or `reached` (a guided-fix
 * step, or one of its ends, was shown to them), e.g. `not-fixed`.
 */
export const FeedbackOutcomeSchema = z.enum(["fixed", "not-fixed", "reached"]);
export type FeedbackOutcome = z.infer<typeof FeedbackOutcomeSchema>;

/** Counts code points, so that `👍` is one character as a reader sees it, not two UTF-16 units. */
const countChars = (text: string) => [...text].length;

/**
 * The body of `POST /api/v1/feedback`, e.g.
 * `{"locale":"sv","errorId":"sal-low-disk-space","causeId":"cause-1","outcome":"not-fixed","comment":"Disken är tom"}`.
 * Unknown fields are refused (a typo must not silently drop an answer).
 */
export const FeedbackRequestSchema = z
  .object({
    /** Locale of the page the answer was given on, e.g. `sv`. */
    locale: LocaleSchema,
    /** The error the answer is about, e.g. `sal-low-disk-space`; required unless `flowId` names an authored flow. */
    errorId: IdSchema.optional(),
    /** The cause under which Yes/No was pressed, e.g. `cause-2`; absent for an error without causes. */
    causeId: IdSchema.optional(),
    /** The guided fix: the error's id for an error's guided fix, or an authored flow's id, e.g. `troubleshoot-restore-problems`. */
    flowId: IdSchema.optional(),
    /**
     * The step shown or confirmed: an authored flow's step id (`step-3`); in an error's guided fix an action id
     * (`fix-3f9a2c`), `cause.<cause id>` or `error.body` (lib/flows/build-error-flow.ts); `done` / `escalate` for the ends.
     */
    stepId: FlowStepIdSchema.max(200).optional(),
    /** What happened, e.g. `fixed`. */
    outcome: FeedbackOutcomeSchema,
    /** Optional words after a No, at most 1,000 characters, e.g. `The volume has 200 GB free`. */
    comment: z
      .string()
      .transform((text) => text.normalize("NFC").trim())
      .refine((text) => countChars(text) <= MAX_COMMENT_CHARS, {
        message: `at most ${MAX_COMMENT_CHARS} characters`,
      })
      .optional(),
  })
  .strict()
  .superRefine((request, context) => {
    const problem = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    if (!request.errorId && !request.flowId) problem("errorId", "required (or flowId for an authored flow)");
    if (request.outcome === "reached" && !request.stepId) problem("stepId", "required with outcome reached");
    if (request.stepId && !request.flowId) problem("flowId", "required with stepId");
    if (request.comment && request.outcome !== "not-fixed")
      problem("comment", "only taken with outcome not-fixed");
  });
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/** Where a search was made, e.g. `palette`. */
export const SearchSourceSchema = z.enum(["page", "palette", "api", "embed"]);
export type SearchSource = z.infer<typeof SearchSourceSchema>;

/**
 * The body of `POST /api/v1/searches`: a search the browser answered itself (from the prebuilt index, or
 * as-you-type), reported once it settled, e.g. `{"locale":"en","query":"0x1FC07","source":"palette"}`.
 * The server searches again to learn the codes and result count: a report cannot invent a gap.
 */
export const SearchReportSchema = z
  .object({
    /** Locale searched in, e.g. `en`. */
    locale: LocaleSchema,
    /** The query as typed (it is stored only in its privacy-safe form), e.g. `Fel 0x1fc07`. */
    query: z.string().min(1).max(4_000),
    /** Where it was typed, e.g. `palette`. */
    source: SearchSourceSchema,
  })
  .strict();
export type SearchReport = z.infer<typeof SearchReportSchema>;

/** A calendar day in UTC, `YYYY-MM-DD`, e.g. `2025-03-14`. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD")
  .refine((day) => {
    // Zod runs this check even after the pattern failed, so an unparsable day must not throw here.
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, "not a calendar day");

/** A code people searched for that no error in the catalog has. */
export const GapSchema = z.object({
  /** The code as most often typed, e.g. `0x1FC08`. */
  code: z.string(),
  /** The normalised key every spelling shares, e.g. `130056`. */
  normalized: z.string(),
  /** Searches that contained it, e.g. `12`. */
  searches: z.number().int(),
  /** Locale it was searched in most, for the "search for it" link, e.g. `sv`. */
  locale: z.string(),
});

/** A search that found nothing, in its privacy-safe form. */
export const ZeroResultSchema = z.object({
  /** The query's privacy-safe form, e.g. `backup ‹email› quota`. */
  query: z.string(),
  /** How many searches it stands for, e.g. `3`. */
  count: z.number().int(),
  /** Locale it was searched in most, e.g. `en`. */
  locale: z.string(),
});

/** Yes/No answers for one cause of one error (or the error as a whole when `causeId` is null). */
export const CauseOutcomeSchema = z.object({
  /** The error, e.g. `sal-low-disk-space`. */
  errorId: z.string(),
  /** The cause, e.g. `cause-1`; null for answers about an error without causes. */
  causeId: z.string().nullable(),
  /** Answers "yes, it fixed it", e.g. `40`. */
  fixed: z.number().int(),
  /** Answers "no", e.g. `12`. */
  notFixed: z.number().int(),
  /** Wilson score lower bound (95 %) of the success rate, 0 to 1, e.g. `0.63`; the table is sorted by it, worst first. */
  wilsonLower: z.number(),
});

/** How far readers got in one guided fix. */
export const FlowDropOffSchema = z.object({
  /** The flow: an error's id for its guided fix, or an authored flow's id, e.g. `sal-low-disk-space`. */
  flowId: z.string(),
  /** The error of a derived guided fix, or null for an authored flow. */
  errorId: z.string().nullable(),
  /** Steps in flow order: how many readers reached each, and how many left the fix there. */
  steps: z.array(
    z.object({
      /** Step id, e.g. `fix-3f9a2c` or `cause.cause-2`. */
      stepId: z.string(),
      /** Readers who reached it, e.g. `30`. */
      reached: z.number().int(),
      /** Readers for whom it was the last step they saw (not an end), e.g. `4`. */
      left: z.number().int(),
    }),
  ),
  /** Readers who reached the escalation end (no step fixed it), e.g. `5`. */
  escalations: z.number().int(),
  /** Readers who reached the done end, e.g. `21`. */
  done: z.number().int(),
});

/** A reader's comment after a No (spam-scored comments are left out). */
export const CommentSchema = z.object({
  /** Day it was written, e.g. `2025-03-14`. */
  day: z.string(),
  errorId: z.string().nullable(),
  causeId: z.string().nullable(),
  flowId: z.string().nullable(),
  /** The comment, with e-mail addresses and IP addresses masked. */
  text: z.string(),
});

/** One day of activity, for the trend charts. */
export const TrendDaySchema = z.object({
  day: z.string(),
  /** Searches made. */
  searches: z.number().int(),
  /** Searches that found nothing. */
  zeroResults: z.number().int(),
  /** Yes answers. */
  fixed: z.number().int(),
  /** No answers. */
  notFixed: z.number().int(),
  /** Guided fixes that reached escalation. */
  escalations: z.number().int(),
});

/** The answer of `GET /api/v1/insights`: every table of the insights page for one period. */
export const InsightsSchema = z.object({
  /** First day of the period, inclusive, e.g. `2025-03-01`. */
  from: z.string(),
  /** Last day of the period, inclusive, e.g. `2025-03-31`. */
  to: z.string(),
  /** Unknown codes by number of searches, most first. */
  gaps: z.array(GapSchema),
  /** Zero-result searches by count, most first. */
  zeroResults: z.array(ZeroResultSchema),
  /** Causes by Wilson lower bound, worst first. */
  causes: z.array(CauseOutcomeSchema),
  /** Guided fixes with their drop-off per step. */
  flows: z.array(FlowDropOffSchema),
  /** Comments after a No, newest first. */
  comments: z.array(CommentSchema),
  /** One entry per day of the period, oldest first. */
  trend: z.array(TrendDaySchema),
});
export type Insights = z.infer<typeof InsightsSchema>;
export type Gap = z.infer<typeof GapSchema>;
export type ZeroResult = z.infer<typeof ZeroResultSchema>;
export type CauseOutcome = z.infer<typeof CauseOutcomeSchema>;
export type FlowDropOff = z.infer<typeof FlowDropOffSchema>;
export type InsightsComment = z.infer<typeof CommentSchema>;
export type TrendDay = z.infer<typeof TrendDaySchema>;

/** The tables of the insights answer that can be exported one by one (CSV or JSON). */
export const INSIGHTS_TABLES = ["gaps", "zeroResults", "causes", "flows", "comments", "trend"] as const;
export type InsightsTable = (typeof INSIGHTS_TABLES)[number];
