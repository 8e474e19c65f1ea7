// GET /api/oembed?url=&format=json&maxwidth=&maxheight= : oEmbed 1.0 provider for error pages, guided fixes
// and flows of this site. The url is matched by parsing (lib/api/oembed.ts), never fetched; JSONP is not offered.
import type { NextRequest } from "next/server";
import { getError, getFlow } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { responseOrigin, siteOrigin } from "@/lib/site/urls";
import { requestOrigin } from "@/lib/api/request-origin";
import {
  buildOembedResponse,
  fitEmbedSize,
  matchOembedUrl,
  parsePixels,
  type EmbedTarget,
} from "@/lib/api/oembed";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

/**
 * Origins whose pages we describe: the one this request reached, and the public origin (FIXPATH_SITE_URL),
 * which is what the prerendered pages' discovery links name.
 */
function ownOrigins(request: NextRequest): string[] {
  return [
    requestOrigin(request.headers, request.nextUrl),
    request.nextUrl.origin,
    new URL(siteOrigin()).origin,
  ];
}

async function titleOf(target: EmbedTarget): Promise<string | undefined> {
  if (target.kind === "flow") return (await getFlow(target.locale, target.id))?.title;
  const error = await getError(target.locale, target.id);
  if (!error) return undefined;
  return target.kind === "error-fix"
    ? `${getUiStrings(target.locale).guidedFix}: ${error.title}`
    : error.title;
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get("format") ?? "json";
  if (format !== "json") return sendError(501, "only format=json is implemented");
  const match = matchOembedUrl(params.get("url"), ownOrigins(request));
  if (!match.ok) return sendError(match.status, match.message);
  const title = await titleOf(match.target);
  if (title === undefined) return sendError(404, "no embeddable Fixpath page at this url");
  const size = fitEmbedSize(
    match.target.kind,
    parsePixels(params.get("maxwidth")),
    parsePixels(params.get("maxheight")),
  );
  // The iframe points at the configured public origin, never at whatever Host the request carried.
  const { origin, variesByHost } = responseOrigin(requestOrigin(request.headers, request.nextUrl));
  return sendJson(request, buildOembedResponse(origin, match.target, title, size), { variesByHost });
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
