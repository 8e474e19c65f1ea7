// GET /api/search?q=&locale=&limit=&product=&context= : the search engine as JSON (CORS-open for wikis and tools).
// The portal's own search box calls it; parameters are read and refused exactly as /api/v1/search reads them.
import { type NextRequest } from "next/server";
import { listLocales } from "@/lib/content/source.server";
import { readSearchRequest } from "@/lib/api/api-query";
import { searchContent } from "@/lib/site/search-service.server";
import { recordSearch } from "@/lib/feedback/feedback-service.server";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const read = readSearchRequest(params, await listLocales());
  if (!read.ok) {
    return Response.json(
      { error: { status: 400, message: read.message } },
      { status: 400, headers: HEADERS },
    );
  }
  const response = await searchContent(read.query, read.options);
  // `instant=1`: an as-you-type request of the portal's own search box; the box reports the search once it
  // settles (POST /api/v1/searches), so every keystroke does not count as a search.
  if (params.get("instant") !== "1") recordSearch(response, read.options.locale ?? "", "api");
  return Response.json(response, { headers: HEADERS });
}
