// Stable ids for articles, sections and errors: slugs like Microsoft Docs makes them, made valid for IdSchema.

/**
 * The anchor a *source* document's site gives a heading (Microsoft Docs: lower case, punctuation dropped, spaces
 * to hyphens, letters of any script kept), used only as an alias to resolve the source's own `#links`. It is not
 * Fixpath's heading anchor: the portal's anchors are lib/content/slugify-heading.ts, made when the MDX is read.
 */
export function slugifySourceAnchor(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** Makes any anchor or slug a valid id (`[a-z0-9]` words joined by single hyphens); empty when nothing is left. */
export function normalizeId(anchor: string): string {
  return anchor
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/g, "");
}

/** Ids already used elsewhere in the catalog. */
export interface TakenIds {
  has(id: string): boolean;
}

/**
 * Hands out unique ids within one article, suffixing repeats with `-2`, `-3`… An id that another article of the
 * catalog already uses (`taken`) is qualified with the article id (`basic-troubleshooting` →
 * `troubleshoot-mars-agent-basic-troubleshooting`), so ids stay unique per locale and never depend on the order
 * articles are imported in later.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next suffix to try per base, so a base repeated thousands of times stays cheap. */
  private readonly next = new Map<string, number>();

  constructor(
    private readonly taken: TakenIds = new Set(),
    private readonly scope = "",
  ) {}

  allocate(wanted: string, fallback: string): string {
    const plain = normalizeId(wanted) || normalizeId(fallback) || "section";
    const base = this.taken.has(plain) && this.scope ? normalizeId(`${this.scope}-${plain}`) : plain;
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id) || this.taken.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
