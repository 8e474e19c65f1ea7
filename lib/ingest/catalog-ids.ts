// The ids a content folder's articles already use, so an import allocates new ones that clash with none of them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TakenIds } from "./make-id";

/** `id` props of the components that own a page or an anchor: errors, flows and sections. */
const OWNED_ID = /<(?:Error|Flow|Section)\s[^>]*?\bid=(?:"([^"]+)"|'([^']+)'|\{\s*"([^"]+)"\s*\})/g;

/** The error, flow and section ids an MDX article defines, in order. */
export function readDefinedIds(mdx: string): string[] {
  return [...mdx.matchAll(OWNED_ID)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter(Boolean);
}

/**
 * Which article uses which id, across every locale of a content folder. Ids are compared across locales on
 * purpose: an article and its twins in other locales (same article id) must qualify the same anchors, or the
 * twins would no longer find each other.
 */
export class CatalogIds {
  /** id → ids of the articles that define it. */
  private readonly owners = new Map<string, Set<string>>();
  /** article id → the ids it defines, in any locale. */
  private readonly byArticle = new Map<string, Set<string>>();

  /** Reads every `<locale>/<article>.mdx` of a content folder; a missing folder is an empty catalog. */
  static read(contentDir: string): CatalogIds {
    const ids = new CatalogIds();
    if (!existsSync(contentDir)) return ids;
    for (const locale of readdirSync(contentDir, { withFileTypes: true })) {
      if (!locale.isDirectory() || locale.name.startsWith(".")) continue;
      const folder = path.join(contentDir, locale.name);
      for (const name of readdirSync(folder).filter((n) => n.endsWith(".mdx"))) {
        ids.add(name.slice(0, -".mdx".length), readDefinedIds(readFileSync(path.join(folder, name), "utf8")));
      }
    }
    return ids;
  }

  /** Records the ids an article defines (call again after importing it). */
  add(articleId: string, ids: Iterable<string>): void {
    let mine = this.byArticle.get(articleId);
    if (!mine) this.byArticle.set(articleId, (mine = new Set()));
    for (const id of ids) {
      mine.add(id);
      let owners = this.owners.get(id);
      if (!owners) this.owners.set(id, (owners = new Set()));
      owners.add(articleId);
    }
  }

  /** The ids taken for `articleId`: those any other article defines (its own earlier import's ids are free). */
  takenFor(articleId: string): TakenIds {
    return {
      has: (id) => {
        const owners = this.owners.get(id);
        if (!owners) return false;
        return owners.size > 1 || !owners.has(articleId);
      },
    };
  }
}
