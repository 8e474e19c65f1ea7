// Error codes as pills linking to their error pages; a long code wraps at a word of its name, never widening the page.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import type { CodeEntry } from "@/lib/site/browse";
import { errorPath } from "@/lib/site/urls";
import { splitCodeAtWords } from "@/lib/site/code-breaks";
import { Fragment } from "react";

export function CodePills({ locale, codes }: { locale: Locale; codes: readonly CodeEntry[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {codes.map((entry) => (
        <li key={`${entry.errorId}-${entry.code}`} className="min-w-0">
          <Link
            href={errorPath(locale, entry.errorId)}
            title={entry.title}
            className="inline-block max-w-full rounded-full border border-line bg-card px-3 py-1 font-mono text-sm [overflow-wrap:anywhere] hover:border-accent"
          >
            {splitCodeAtWords(entry.code).map((piece, index) => (
              <Fragment key={index}>
                {index > 0 && <wbr />}
                {piece}
              </Fragment>
            ))}
          </Link>
        </li>
      ))}
    </ul>
  );
}
