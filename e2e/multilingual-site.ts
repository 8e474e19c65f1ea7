// The four-language fixture site (en, fr, ja, sv: test-fixtures/multilingual-content), built into its own
// dist folder by `npm run build:multilingual` and served beside the main build for the language journeys.
// Its content folder also gives it its own catalog file (resolveCatalogFile), so the two never mix.

export const MULTILINGUAL_SITE = {
  contentDir: "test-fixtures/multilingual-content",
  distDir: ".fixpath/next-multilingual",
} as const;

/** The environment that builds and serves the fixture site. */
export function multilingualSiteEnv(): Record<string, string> {
  return { FIXPATH_CONTENT_DIR: MULTILINGUAL_SITE.contentDir, FIXPATH_DIST_DIR: MULTILINGUAL_SITE.distDir };
}
