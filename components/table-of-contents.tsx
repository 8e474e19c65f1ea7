// The article's headings as an "on this page" list.
import type { TocEntry } from "@/lib/schema/entities";

export function TableOfContents({ entries, heading }: { entries: TocEntry[]; heading: string }) {
  const shown = entries.filter((e) => e.depth >= 2 && e.depth <= 3);
  if (shown.length === 0) return null;
  return (
    <nav
      aria-labelledby="toc-heading"
      className="no-print rounded-lg border border-line p-4 text-sm [overflow-wrap:anywhere]"
    >
      <h2 id="toc-heading" className="font-bold">
        {heading}
      </h2>
      <ul className="mt-2 space-y-1">
        {shown.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "ps-4" : ""}>
            <a href={`#${entry.id}`} className="text-accent underline">
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
