/**
 * What `fixpath import` records so `fixpath sync` can re-import later without losing hand edits:
 * `content/.fixpath-sync/manifest.json`, one entry per imported article, and beside it the exact MDX each import
 * wrote (the merge base) under `content/.fixpath-sync/base/<locale>/<article-id>.mdx`. See docs/content-format.md.
 */
import { z } from "zod";
import { IdSchema } from "./entities";

/** A path with `/` separators, never empty. */
const PathSchema = z.string().min(1);

export const SyncEntrySchema = z
  .object({
    /** The article, relative to the content folder. Example: `"en/troubleshoot-contoso-sync.mdx"`. */
    article: PathSchema,
    /** Its article id (the file name without `.mdx`), for links between documents. Example: `"troubleshoot-contoso-sync"`. */
    articleId: IdSchema,
    /**
     * The source document: relative to the project root when inside it, else as given on the command line.
     * Example: `"docs/contoso/troubleshoot-sync.md"`.
     */
    source: PathSchema,
    /** The documentation root includes and links resolved in, written like `source`. Example: `"docs/contoso"`. */
    root: PathSchema,
    /** The import options that shape the output, so a re-import writes the same ids and front matter. */
    options: z
      .object({
        /** `--locale`, when given. Example: `"fr-FR"`. */
        locale: z.string().optional(),
        /** `--id`, when given. Example: `"troubleshoot-mars-agent"`. */
        id: z.string().optional(),
        /** `--product`, when given. Example: `"Azure Backup"`. */
        product: z.string().optional(),
        /** `--origin`, when given. Example: `"MicrosoftDocs/azure-docs: articles/backup/x.md"`. */
        origin: z.string().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type SyncEntry = z.infer<typeof SyncEntrySchema>;

export const SyncManifestSchema = z
  .object({
    /** Format version of this file; `1` today. */
    version: z.literal(1),
    /** One entry per imported article, sorted by `article`. */
    articles: z.array(SyncEntrySchema),
  })
  .strict();
export type SyncManifest = z.infer<typeof SyncManifestSchema>;
