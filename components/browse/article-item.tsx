// An article in a listing: its title as a link, its summary, and its fix procedures when it has any.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import { articlePath, flowPath } from "@/lib/site/urls";

export function ArticleItem({
  locale,
  article,
  flows,
  procedures,
}: {
  locale: Locale;
  article: { id: string; title: string; description: string };
  flows: readonly { id: string; title: string }[];
  procedures: string;
}) {
  return (
    <li>
      <Link href={articlePath(locale, article.id)} className="font-semibold text-accent underline">
        {article.title}
      </Link>
      <p className="text-sm text-muted">{article.description}</p>
      {flows.length > 0 && (
        <>
          <h3 className="mt-2 text-sm font-semibold">{procedures}</h3>
          <ul className="mt-1 list-disc space-y-1 ps-6 text-sm leading-6">
            {flows.map((flow) => (
              <li key={flow.id}>
                <Link href={flowPath(locale, flow.id)} className="text-accent underline">
                  {flow.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
