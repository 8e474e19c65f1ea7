// Structured data for search engines. Serialised with `<` escaped, so content cannot break out of the tag.
import { serializeJsonLd } from "@/lib/site/structured-data";

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
