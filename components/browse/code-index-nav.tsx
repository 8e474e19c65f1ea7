// The A–Z code index's navigation: one link per page of codes (`0–9`, `A`, `A 2`, …, other), the current marked.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import type { CodeIndexPage } from "@/lib/site/browse";
import { codeIndexPath } from "@/lib/site/urls";

/** How a page of the index is named in its link: its group (`0–9`, `A`, other) and its number after the first. */
export function codeIndexPageLabel(page: Pick<CodeIndexPage, "group" | "page">, otherLabel: string): string {
  const group = page.group === "other" ? otherLabel : page.group === "0-9" ? "0–9" : page.group.toUpperCase();
  return page.page > 1 ? `${group} ${page.page}` : group;
}

export function CodeIndexNav({
  locale,
  pages,
  current,
  label,
  otherLabel,
}: {
  locale: Locale;
  pages: readonly CodeIndexPage[];
  current?: string;
  label: string;
  otherLabel: string;
}) {
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-1">
        {pages.map((page) => (
          <li key={page.segment}>
            <Link
              href={codeIndexPath(locale, page.segment)}
              aria-current={page.segment === current ? "page" : undefined}
              className="inline-block min-w-9 rounded border border-line px-2 py-1 text-center font-mono text-sm hover:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {codeIndexPageLabel(page, otherLabel)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
