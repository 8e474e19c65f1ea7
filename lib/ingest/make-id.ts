// Stable ids for articles, sections and errors: slugs like Microsoft Docs makes them, made valid for IdSchema.

/** Slug of a heading the way Microsoft Docs makes anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slugifyHeading(text: string): string {
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

/** Hands out unique ids within one article, suffixing repeats with `-2`, `-3`… */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next suffix to try per base, so a base repeated thousands of times stays cheap. */
  private readonly next = new Map<string, number>();

  allocate(wanted: string, fallback: string): string {
    const base = normalizeId(wanted) || normalizeId(fallback) || "section";
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
