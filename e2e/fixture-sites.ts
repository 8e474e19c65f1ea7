// The fixture sites the browser tests run on beside the main site: each is built from its own content folder
// into its own dist folder by `npm run build:fixtures`, served by scripts/serve.mjs on the main port plus its
// offset, and walked by the specs in its folder under e2e/. Their content folders also give each its own
// catalog file (resolveCatalogFile), so no two sites mix.

export interface FixtureSite {
  /** The Playwright project's name and the folder of its specs under e2e/, e.g. `multilingual`. */
  name: string;
  /** What the site holds that the bundled content does not. */
  purpose: string;
  contentDir: string;
  /**
   * When set, `contentDir` is made by `npm run build:fixtures` (and not tracked): this tracked folder's content
   * plus the article of the sync journey (scripts/sync-journey.ts), imported, edited by hand and synced.
   */
  seedContentDir?: string;
  distDir: string;
  /** Port above the main site's. */
  portOffset: number;
}

export const FIXTURE_SITES: readonly FixtureSite[] = [
  {
    name: "multilingual",
    purpose: "four languages (en, fr, ja, sv), an error and a flow in some of them only",
    contentDir: "test-fixtures/multilingual-content",
    distDir: ".fixpath/next-multilingual",
    portOffset: 1,
  },
  {
    name: "content-site",
    purpose:
      "content shapes the bundled articles lack: a fix given only as a body, a reference entry; an article synced after a hand edit",
    contentDir: ".fixpath/e2e-content",
    seedContentDir: "test-fixtures/e2e-content",
    distDir: ".fixpath/next-e2e-content",
    portOffset: 2,
  },
  {
    name: "search-fixture",
    purpose: "several products and two languages: codes two products share, facets, weak matches",
    contentDir: "test-fixtures/search-content",
    distDir: ".fixpath/next-search",
    portOffset: 3,
  },
];

/** The environment that builds and serves a fixture site. */
export function fixtureSiteEnv(site: FixtureSite): Record<string, string> {
  return { FIXPATH_CONTENT_DIR: site.contentDir, FIXPATH_DIST_DIR: site.distDir };
}
