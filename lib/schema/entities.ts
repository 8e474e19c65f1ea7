/**
 * The entity model: one Zod schema per entity. Types are inferred from these schemas and never
 * written twice. Everything the site, search, API and CLI read is validated against them at ingest.
 */
import { z } from "zod";

import { LOCALE_FORM_HINT, LOCALE_PATTERN, MAX_LOCALE_LENGTH } from "./locales";

/**
 * A locale in URL and folder form (defined in `./locales.ts`): a lower-case BCP-47 tag, e.g. `en`, `sv`,
 * `ja`, `pt-br`, `zh-hans`. Any such tag is valid; the portal serves the ones `content/` has folders for.
 */
export const LocaleSchema = z
  .string()
  .max(MAX_LOCALE_LENGTH)
  .regex(LOCALE_PATTERN, `a locale is ${LOCALE_FORM_HINT}`);
export type Locale = z.infer<typeof LocaleSchema>;

/** A stable, URL-safe id: lower-case letters, digits and single hyphens, e.g. `invalid-vault-credentials-provided`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "ids are lower-case words joined by hyphens, e.g. `sal-low-disk-space`",
  );

/** A link found in a step, e.g. `{ text: "Sysinternals", href: "https://learn.microsoft.com/sysinternals" }`. */
export const LinkSchema = z.object({
  /** The link text as shown, e.g. `Sysinternals`. */
  text: z.string(),
  /** Absolute URL, site path (`/sv/errors/x`) or in-article anchor (`#x`). */
  href: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

/**
 * Text as written and as plain text, e.g. an error's body:
 * `{ markdown: "Restart the **MARS** service.", text: "Restart the MARS service." }`.
 */
export const RichTextSchema = z.object({
  /**
   * Markdown as written (links, inline code, emphasis, lists, code blocks and tables survive; a `<Callout>`
   * becomes a `> [!NOTE]`-style alert), e.g. `See [the FAQ](https://learn.microsoft.com/x) and run \`vssadmin\`.`
   */
  markdown: z.string().min(1),
  /** Plain text of the same, for search and plain-text readers, e.g. `See the FAQ and run vssadmin.` */
  text: z.string(),
});
export type RichText = z.infer<typeof RichTextSchema>;

/** One step of an action, e.g. "Run `vssadmin List ShadowStorage` from an elevated prompt". */
export const StepSchema = z.object({
  /**
   * The step as written, in Markdown: links, inline code, emphasis and nested sub-items survive, e.g.
   * `Upgrade to the [latest version](https://aka.ms/azurebackup_agent).` or `Do this:\n\n- first\n- second`.
   */
  markdown: z.string().min(1),
  /** Plain text of the step (Markdown stripped), used for search, JSON and HowTo, e.g. `Stäng Internet Explorer.` */
  text: z.string().min(1),
  /** Commands the step asks the reader to run, verbatim, e.g. `["Get-ExecutionPolicy -List"]`. */
  commands: z.array(z.string()),
  /** Links in the step, in order, e.g. `[{ text: "latest version", href: "https://aka.ms/azurebackup_agent" }]`. */
  links: z.array(LinkSchema),
});
export type Step = z.infer<typeof StepSchema>;

/**
 * Something the reader does: an ordered list of steps, for the whole error or for some of its causes.
 * One action list that a document gives for several causes is one action naming them all.
 */
export const ActionSchema = z.object({
  /**
   * Id unique within its error and stable across re-imports: the author's, or derived from the steps' text
   * (lib/content/entity-ids.ts), e.g. `fix-3f9a2c` or `upgrade-agent-and-check-scratch-folder`.
   */
  id: IdSchema,
  /**
   * Ids of the causes this action fixes, in the error's cause order, e.g. `["cause-1", "cause-3"]`;
   * empty when it applies to the error as a whole.
   */
  causes: z.array(IdSchema),
  /** The steps in order; a list gives one step per item, otherwise each paragraph is one step. */
  steps: z.array(StepSchema).min(1),
});
export type Action = z.infer<typeof ActionSchema>;

/** Why an error happens. The actions that fix it are the error's actions that name it. */
export const CauseSchema = z.object({
  /**
   * Id unique within its error and stable across re-imports: the author's (the same in every locale, e.g.
   * `cause-1`), or derived from the title, e.g. `the-onlinebackup-kek-file-is-missing` (lib/content/entity-ids.ts).
   */
  id: IdSchema,
  /** Short name of the cause, e.g. `Autentiseringsuppgifterna för valvet är ogiltiga`. */
  title: z.string().min(1),
  /** Plain-text explanation (may be empty), e.g. `Valvets autentiseringsuppgifter kan vara skadade…`. */
  explanation: z.string(),
  /** The explanation as written, in Markdown (empty when there is none), e.g. `Valvets **autentiseringsuppgifter**…`. */
  explanationMarkdown: z.string(),
});
export type Cause = z.infer<typeof CauseSchema>;

/** Where an entity was written, for located diagnostics and "edit this page" links. */
export const SourceLocationSchema = z.object({
  /** Path relative to the project root, e.g. `content/sv/troubleshoot-mars-agent.mdx`. */
  file: z.string(),
  /** 1-based line. */
  line: z.number().int().min(1),
  /** 1-based column. */
  column: z.number().int().min(1),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/**
 * An error a product reports, with its codes, verbatim message, causes and fixes. An error may have no code (a
 * problem known by its message or symptom) and no fix at all (a reference entry: code and message only).
 */
export const ErrorEntrySchema = z.object({
  /** Stable id, the same in every locale: the source anchor, e.g. `invalid-vault-credentials-provided`. */
  id: IdSchema,
  /** Locale of this version, e.g. `sv`. */
  locale: LocaleSchema,
  /** Id of the article that defines it, e.g. `troubleshoot-mars-agent`. */
  article: IdSchema,
  /** Id of the enclosing article section, if any, e.g. `common-issues`. */
  section: IdSchema.optional(),
  /** Heading of the error, e.g. `Ogiltiga autentiseringsuppgifter för valvet har angetts`. */
  title: z.string().min(1),
  /** Codes exactly as the doc prints them, e.g. `["34513"]`, `["0x1FC07"]`, `["SalLowDiskSpace"]`; may be empty. */
  codes: z.array(z.string().min(1)),
  /** The message the product shows, verbatim (may be empty when the doc gives none). */
  message: z.string(),
  /** Causes in document order (empty when the doc lists actions only), e.g. three for `0x1FC07`. */
  causes: z.array(CauseSchema),
  /**
   * Every action of the error once, in document order; each names the causes it fixes (none: the whole
   * error), e.g. `0x1FC07` has one action for its three causes.
   */
  actions: z.array(ActionSchema),
  /**
   * Everything else the document says inside the error (paragraphs, lists, code, tables, callouts), in
   * order; absent when there is nothing else, e.g. `{ markdown: "Restart the server, then…", text: "…" }`.
   */
  body: RichTextSchema.optional(),
  /** Where the error is written. */
  source: SourceLocationSchema,
});
export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;

/** Id of a flow step: an id, or dotted ids for derived flows, e.g. `step-3` or `cause-2.action-1`. */
export const FlowStepIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/,
    "step ids are lower-case words joined by hyphens or dots, e.g. `step-3`",
  );

/** Where a flow step leads. `done` ends the flow successfully; `escalate` hands over to support. */
export const FlowTargetSchema = z.union([FlowStepIdSchema, z.literal("done"), z.literal("escalate")]);

/** One step of a fix flow: an instruction, optionally a yes/no question with a branch. */
export const FlowStepSchema = z.object({
  /** Id unique within the flow, e.g. `step-3` or `cause-2.action-1` for derived flows. */
  id: FlowStepIdSchema,
  /** Plain-text instruction, e.g. `Gå till Enhetshanteraren > Lagringsstyrenheter…`. */
  text: z.string().min(1),
  /** Markdown of the step as written, for rendering (optional; `text` is the fallback). */
  markdown: z.string().optional(),
  /** Commands the step asks the reader to run, verbatim. */
  commands: z.array(z.string()).default([]),
  /** Yes/no question asked after the instruction, e.g. `Hittade du Microsoft iSCSI Initiator?` */
  question: z.string().optional(),
  /** Next step when there is no question (default: the following step, or `done` for the last). */
  next: FlowTargetSchema.optional(),
  /** Target on "yes" (only with `question`). */
  yes: FlowTargetSchema.optional(),
  /** Target on "no" (only with `question`). */
  no: FlowTargetSchema.optional(),
  /** Where the step is written (authored flows), for located flow diagnostics. */
  source: SourceLocationSchema.optional(),
});
export type FlowStep = z.infer<typeof FlowStepSchema>;

/** A step-by-step procedure or checklist, authored in MDX or derived from an error. */
export const FlowSchema = z.object({
  /** Stable id, the same in every locale, e.g. `troubleshoot-restore-problems`. */
  id: IdSchema,
  /** Locale of this version. */
  locale: LocaleSchema,
  /** Id of the article that defines it. */
  article: IdSchema,
  /** Title, e.g. `Felsöka återställningsproblem`. */
  title: z.string().min(1),
  /** `procedure` (ordered, may branch) or `checklist` (independent checks). */
  kind: z.enum(["procedure", "checklist"]),
  /** Plain-text introduction (may be empty). */
  intro: z.string().default(""),
  /** Steps in document order; the first is the start. */
  steps: z.array(FlowStepSchema).min(1),
  /** Where the flow is written. */
  source: SourceLocationSchema,
});
export type Flow = z.infer<typeof FlowSchema>;

/** A heading of an article, for its table of contents. */
export const TocEntrySchema = z.object({
  /** Anchor id, e.g. `common-issues`. */
  id: z.string(),
  /** Heading text. */
  title: z.string(),
  /** Heading depth, 2 to 4. */
  depth: z.number().int().min(1).max(6),
  /** Plain text under this heading up to the next heading, for section-level search. */
  text: z.string().default(""),
});
export type TocEntry = z.infer<typeof TocEntrySchema>;

/** A place to ask for help, e.g. `{ title: "Ask on Microsoft Q&A", url: "https://learn.microsoft.com/answers/" }`. */
export const SupportContactSchema = z.object({
  /** What the link does, as a call to action, e.g. `Open a support request in the Azure portal`. */
  title: z.string().min(1),
  /** Absolute `https:` or `http:` address, e.g. `https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade`. */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
});
export type SupportContact = z.infer<typeof SupportContactSchema>;

/** What a reader no fix helped should gather, and where to ask: shown at the end of a guided fix. */
export const SupportSchema = z.object({
  /**
   * Product-specific things to collect (Markdown, one line each), besides the error and the time, e.g.
   * ``The CBEngine logs in `C:\Program Files\Microsoft Azure Recovery Services Agent\Temp`.``
   */
  collect: z.array(z.string().min(1)).default([]),
  /** Where to ask, in order of preference. */
  contacts: z.array(SupportContactSchema).default([]),
});
export type Support = z.infer<typeof SupportSchema>;

/** One troubleshooting article in one locale. */
export const ArticleSchema = z.object({
  /** Stable id, the same in every locale: the file name, e.g. `troubleshoot-mars-agent`. */
  id: IdSchema,
  /** Locale, e.g. `sv`. */
  locale: LocaleSchema,
  /** Title, e.g. `Felsöka Azure Backup-agenten`. */
  title: z.string().min(1),
  /** One-sentence summary for listings and meta tags. */
  description: z.string().min(1),
  /**
   * Product the article is about, as its locale names it, e.g. `Azure Backup MARS agent`: the products file's
   * name when it lists the product (content/products.yaml, lib/schema/products.ts), else the front matter's text.
   */
  product: z.string().min(1),
  /**
   * The product's URL segment from the products file, the same in every locale, e.g. `azure-backup-mars-agent`;
   * absent without a products file entry, when the slug is derived from `product` (lib/site/browse.ts).
   */
  productSlug: IdSchema.optional(),
  /** The product's one-sentence description from the products file, in the article's locale, if it has one. */
  productDescription: z.string().optional(),
  /** Date of the last content change, ISO `YYYY-MM-DD`. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Path of the MDX file relative to the project root, e.g. `content/sv/troubleshoot-mars-agent.mdx`. */
  sourcePath: z.string(),
  /** Where the text came from (URL or repository path), if imported. */
  origin: z.string().optional(),
  /** Ids of its errors in document order. */
  errors: z.array(IdSchema),
  /** Ids of its flows in document order. */
  flows: z.array(IdSchema),
  /** Headings for the table of contents, each with the text of its section. */
  toc: z.array(TocEntrySchema),
  /** Plain text of the whole body, for full-text search. */
  text: z.string(),
  /** Ids of every anchor the article defines (headings, errors, causes, flows, steps), for link checks. */
  anchors: z.array(z.string()),
  /**
   * Error and flow ids of this article that another article defined first, so the catalog serves them under
   * `<article>-<id>` (MDX id → served id), e.g. `{ "basic-troubleshooting": "rust-e0308-basic-troubleshooting" }`.
   */
  renamedIds: z.record(z.string(), IdSchema).default({}),
  /**
   * Links of an imported article whose target does not exist (a warning in `check`, upstream's problem),
   * shown as their text so readers never follow them, e.g. `["#section-that-was-removed"]`.
   */
  brokenLinks: z.array(z.string()).default([]),
  /** What to collect and where to ask when no fix helps (from the front matter), if the article says. */
  support: SupportSchema.optional(),
  /** Order of causes in its guided fixes: `document` (absent) or `success` (readers' answers, see lib/feedback/outcome-summary.ts). */
  causeOrder: z.enum(["document", "success"]).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A problem found in content, located in its file. */
export const DiagnosticSchema = z.object({
  /** File path relative to the project root (or as given on the command line). */
  file: z.string(),
  /** 1-based line. */
  line: z.number().int().min(1),
  /** 1-based column. */
  column: z.number().int().min(1),
  /** `error` fails `check` and the production build; `warning` and `info` are reported only. */
  severity: z.enum(["error", "warning", "info"]),
  /** What is wrong and what to do, e.g. `unclosed <li> in a table cell: close it or use a Markdown list`. */
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** Everything built from `content/`: the only data routes, search and API read. */
export const CatalogSchema = z.object({
  /** Articles, sorted by locale then id. */
  articles: z.array(ArticleSchema),
  /** Errors, sorted by locale, article, then document order. */
  errors: z.array(ErrorEntrySchema),
  /** Authored flows, sorted by locale, article, then document order. */
  flows: z.array(FlowSchema),
  /** Problems found while building (warnings only in a valid catalog). */
  diagnostics: z.array(DiagnosticSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;
