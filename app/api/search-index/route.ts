// GET /api/search-index: the compact search index for browsers, built once per catalog at build time.
// Only served while the catalog is small (BROWSER_INDEX_MAX_ERRORS); larger catalogs search through /api/search.
import { getCatalog } from "@/lib/content/source.server";
import { getSearchIndex } from "@/lib/site/search-service.server";
import { serializeSearchIndex } from "@/lib/search/search-index";
import { BROWSER_INDEX_MAX_ERRORS } from "@/lib/search/ranking";

export const dynamic = "force-static";

export async function GET() {
  const catalog = await getCatalog();
  if (catalog.errors.length > BROWSER_INDEX_MAX_ERRORS) {
    return Response.json(
      { error: { status: 404, message: "catalog too large for a browser index; use /api/search" } },
      { status: 404 },
    );
  }
  return Response.json(serializeSearchIndex(await getSearchIndex()), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
