// Where a page sits: home, article, error, and the page itself (not a link), e.g. Fixpath › Article › Error.
import Link from "next/link";
import type { Crumb } from "@/lib/site/page-trails";

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  if (items.length < 2) return null;
  return (
    <nav aria-label={label} className="no-print text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5 [overflow-wrap:anywhere]">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="inline-flex min-w-0 items-center gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="text-accent underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
