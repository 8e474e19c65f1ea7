/**
 * The products file, `content/products.yaml`: the catalog's products by slug, with their names in each locale,
 * so product pages are named by people, not derived from file names or a service code. Small and edited by
 * hand; see docs/content-format.md.
 */
import { z } from "zod";
import { IdSchema, LocaleSchema } from "./entities";

/** Text per locale, or one text for every locale. Example: `{ en: "Azure Backup", sv: "Azure Backup" }`. */
const TextPerLocaleSchema = z.union([
  z.string().trim().min(1),
  z.record(LocaleSchema, z.string().trim().min(1)).refine((texts) => Object.keys(texts).length > 0, {
    message: "give the text for at least one locale, e.g. en: Azure Backup",
  }),
]);

export const ProductSchema = z
  .object({
    /**
     * The product's name as pages show it, per locale (a locale without one reads `en`, else the first given).
     * Example: `{ en: "Azure Backup MARS agent", ja: "Azure Backup MARS エージェント" }`.
     */
    name: TextPerLocaleSchema,
    /** One sentence under the product's name on its page, per locale (optional). Example: `{ en: "Backs up files and folders of Windows machines." }`. */
    description: TextPerLocaleSchema.optional(),
    /**
     * Other names articles use for the product: Microsoft Docs `ms.service` values and former `product` texts,
     * compared without case. Example: `["backup", "Azure Backup agent"]`.
     */
    aliases: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();
export type Product = z.infer<typeof ProductSchema>;

/**
 * The whole file: product slug (its URL segment, `/<locale>/products/<slug>`) → product.
 * Example: `{ "azure-backup-mars-agent": { name: { en: "Azure Backup MARS agent" }, aliases: ["backup"] } }`.
 */
export const ProductsFileSchema = z.record(IdSchema, ProductSchema);
export type ProductsFile = z.infer<typeof ProductsFileSchema>;
