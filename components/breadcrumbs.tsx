// The breadcrumb trail at the top of a page (built by lib/site/breadcrumbs.ts); the last crumb is the page.
import Link from "next/link";
import type { Crumb } from "@/lib/site/breadcrumbs";

export function Breadcrumbs({ crumbs, label }: { crumbs: readonly Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 [overflow-wrap:anywhere]">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-center gap-x-1">
            {index > 0 && (
              <span aria-hidden="true" className="text-muted">
                ›
              </span>
            )}
            {crumb.href ? (
              <Link href={crumb.href} className="truncate text-accent underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="truncate">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
