/** Front matter of a Fixpath MDX article, validated at ingest. */
import { z } from "zod";
import { LocaleSchema, SupportSchema } from "./entities";

export const FrontMatterSchema = z
  .object({
    /** Title shown on the page and in search, e.g. `Felsöka Azure Backup-agenten`. */
    title: z.string().min(1),
    /** One-sentence summary for listings and meta descriptions. */
    description: z.string().min(1),
    /** Product the article covers, e.g. `Azure Backup MARS agent`. */
    product: z.string().min(1),
    /** Date of the last content change, `YYYY-MM-DD` (YAML dates are accepted and normalised). */
    updated: z.union([
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      z.date().transform((d) => d.toISOString().slice(0, 10)),
    ]),
    /** Locale; must match the folder (`content/sv/…` is `sv`). Optional: the folder decides. */
    locale: LocaleSchema.optional(),
    /** Where the text came from, e.g. `MicrosoftDocs/azure-docs: articles/backup/backup-azure-mars-troubleshoot.md`. */
    origin: z.string().optional(),
    /**
     * What to collect and where to ask when no fix helps, e.g.
     * `{ collect: ["The agent version (About in the console)."], contacts: [{ title: "Ask on Q&A", url: "https://…" }] }`.
     */
    support: SupportSchema.optional(),
    /**
     * How guided fixes of this article order causes: `document` (default, as written) or `success` (causes
     * that readers report fixed their problem first, once enough have answered), e.g. `success`.
     */
    causeOrder: z.enum(["document", "success"]).optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
