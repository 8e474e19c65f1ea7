/**
 * The products file (`content/products.yaml`, lib/schema/products.ts): read with located errors, and the one
 * place a product written in an article (its slug, a name or an alias such as an `ms.service` value) is
 * resolved to the product's slug and its name in a locale.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, LineCounter, type Document } from "yaml";
import type { Diagnostic, Locale } from "../schema/entities";
import { ProductsFileSchema, type Product, type ProductsFile } from "../schema/products";
import { parseYamlSafely } from "./safe-yaml";

/** The products file's name inside the content folder. */
export const PRODUCTS_FILE = "products.yaml";

/** A product as one locale shows it. */
export interface ResolvedProduct {
  /** The URL segment, the same in every locale. Example: `azure-backup-mars-agent`. */
  slug: string;
  /** The name in the locale. Example: `Azure Backup MARS agent`. */
  name: string;
  description?: string;
}

/** The products of a content folder; `undefined` products when it has no products file. */
export function readProductsFile(
  contentDir: string,
  root: string,
): { products?: ProductsFile; diagnostics: Diagnostic[] } {
  const absolutePath = path.join(contentDir, PRODUCTS_FILE);
  if (!existsSync(absolutePath)) return { diagnostics: [] };
  const file = path.relative(root, absolutePath).split(path.sep).join("/");
  return parseProductsFile(readFileSync(absolutePath, "utf8"), file);
}

/** Parses the products file's text; `file` is the path diagnostics name. */
export function parseProductsFile(
  text: string,
  file: string,
): { products?: ProductsFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const yaml = parseYamlSafely(text, lineCounter);
  const at = (offset: number, message: string): Diagnostic => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, severity: "error", message };
  };
  if (yaml.problem)
    return {
      diagnostics: [at(yaml.problem.offset, `the products file is not valid YAML: ${yaml.problem.message}`)],
    };
  const parsed = ProductsFileSchema.safeParse(yaml.value ?? {});
  if (!parsed.success)
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
        const keys = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
        const isKey = issue.code === "invalid_key" || unknownKey !== undefined;
        const missing = !isKey && yaml.document?.hasIn(keys as unknown[]) === false;
        const message = missing ? `${String(keys[keys.length - 1])} is missing` : issue.message;
        return at(offsetOf(yaml.document, keys, isKey), describeIssue(keys, message, issue.code));
      }),
    };
  const clashes = findAliasClashes(parsed.data).map((message) => at(0, message));
  return clashes.length ? { diagnostics: clashes } : { products: parsed.data, diagnostics: [] };
}

/**
 * Where the value at `keys` starts (or its key, for a wrong key), else its nearest parent that exists: a
 * missing key points at the map it is missing from.
 */
function offsetOf(
  document: Document.Parsed | undefined,
  keys: readonly PropertyKey[],
  atKey: boolean,
): number {
  if (atKey && keys.length > 0) {
    const parent = document?.getIn(keys.slice(0, -1) as unknown[], true);
    const last = keys[keys.length - 1];
    const pair = isMap(parent)
      ? parent.items.find((p) => isScalar(p.key) && p.key.value === last)
      : undefined;
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    if (range) return range[0];
  }
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = document?.getIn(keys.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

function describeIssue(keys: readonly PropertyKey[], message: string, code: string): string {
  const where = keys.length ? `products.yaml ${keys.map(String).join(".")}` : "products.yaml";
  const fix =
    code === "invalid_key"
      ? "a product's slug is its URL segment: lower-case letters and digits joined by hyphens, e.g. azure-backup"
      : "a product is written e.g. azure-backup: { name: { en: Azure Backup }, description: { en: … }, aliases: [backup] }";
  return `${where}: ${message} (${fix})`;
}

/** Every name or alias that two products claim: an article naming it could not be placed. */
function findAliasClashes(products: ProductsFile): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [slug, product] of Object.entries(products)) {
    for (const alias of new Set(namesOf(slug, product).map(foldName))) {
      const other = owner.get(alias);
      if (other && other !== slug)
        clashes.push(
          `products.yaml: "${alias}" names both ${other} and ${slug}: keep it on one product only`,
        );
      else owner.set(alias, slug);
    }
  }
  return clashes;
}

function namesOf(slug: string, product: Product): string[] {
  const names = typeof product.name === "string" ? [product.name] : Object.values(product.name);
  return [slug, ...names, ...product.aliases];
}

function foldName(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}

/** Finds products by any of their names; built once per catalog. */
export class ProductIndex {
  private readonly bySlug = new Map<string, string>();

  constructor(private readonly products: ProductsFile) {
    for (const [slug, product] of Object.entries(products))
      for (const name of namesOf(slug, product)) this.bySlug.set(foldName(name), slug);
  }

  /** The slug of the product an article names (slug, name in any locale or alias), or undefined. */
  slugOf(written: string): string | undefined {
    return this.bySlug.get(foldName(written));
  }

  /** The product an article names, as `locale` shows it, or undefined when the file does not list it. */
  resolve(written: string, locale: Locale): ResolvedProduct | undefined {
    const slug = this.slugOf(written);
    const product = slug ? this.products[slug] : undefined;
    if (!slug || !product) return undefined;
    // A name falls back to another language (a page needs one); a description does not (better none than a foreign one).
    const description = product.description && inLocale(product.description, locale, false);
    return { slug, name: inLocale(product.name, locale), ...(description ? { description } : {}) };
  }
}

/** A text in `locale`, else its language (`pt` for `pt-br`), else (with `fallBack`) English, else the first given. */
function inLocale(text: string | Record<string, string>, locale: Locale, fallBack: false): string | undefined;
function inLocale(text: string | Record<string, string>, locale: Locale): string;
function inLocale(
  text: string | Record<string, string>,
  locale: Locale,
  fallBack = true,
): string | undefined {
  if (typeof text === "string") return text;
  const own = text[locale] ?? text[locale.split("-")[0]!];
  return own ?? (fallBack ? (text.en ?? Object.values(text)[0]) : undefined);
}
