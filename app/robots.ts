// robots.txt: everything public may be indexed except the API and embed views; the sitemap is named.
import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site/urls";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/embed/"] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
