// Links to errors that share codes, causes or an article section with this one.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import type { ErrorSummary } from "@/lib/site/error-view";
import { errorPath } from "@/lib/site/urls";

export function RelatedErrors({
  errors,
  locale,
  heading,
}: {
  errors: ErrorSummary[];
  locale: Locale;
  heading: string;
}) {
  if (errors.length === 0) return null;
  return (
    <nav aria-labelledby="related-heading" className="no-print mt-8">
      <h2 id="related-heading" className="text-lg font-bold">
        {heading}
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((e) => (
          <li key={e.id}>
            <Link href={errorPath(locale, e.id)} className="text-accent underline">
              {e.title}
            </Link>
            {e.codes.length > 0 && (
              <span className="ml-2 font-mono text-sm text-muted">{e.codes.join(", ")}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
