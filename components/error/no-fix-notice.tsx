// Said plainly when the documentation gives an error no fix: better than a guided fix that leads nowhere.
import Link from "next/link";
import type { UiStrings } from "@/lib/i18n/ui-strings";

export function NoFixNotice({ searchHref, t }: { searchHref: string; t: UiStrings }) {
  return (
    <div className="rounded-md border border-warn p-4" role="note" data-testid="no-fix">
      <p className="font-semibold">{t.noFixDocumented}</p>
      <p className="mt-1">
        {t.noFixAdvice}{" "}
        <Link href={searchHref} className="text-accent underline">
          {t.notFoundSearch}
        </Link>
      </p>
    </div>
  );
}
