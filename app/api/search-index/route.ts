// GET /api/search-index: the compact search index for browsers, built once per catalog at build time.
// Only served while the catalog is small (BROWSER_INDEX_MAX_ERRORS); larger catalogs search through /api/search.
import { getSearchIndex, isBrowserSearchEnabled } from "@/lib/site/search-service.server";
import { serializeSearchIndex } from "@/lib/search/search-index";

export const dynamic = "force-static";

export async function GET() {
  if (!(await isBrowserSearchEnabled())) {
    return Response.json(
      { error: { status: 404, message: "catalog too large for a browser index; use /api/search" } },
      { status: 404 },
    );
  }
  return Response.json(serializeSearchIndex(await getSearchIndex()), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
