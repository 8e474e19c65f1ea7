// sitemap.xml: every article, error and flow page in every language, with its other-language twin.
import type { MetadataRoute } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { buildSitemap } from "@/lib/site/build-sitemap";
import { siteOrigin } from "@/lib/site/urls";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(await getCatalog(), siteOrigin());
}
