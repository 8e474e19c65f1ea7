"use client";
// On an error page reached by a search that jumped straight to it (one known code, one error): the way back
// to that search's results list. The query comes from the address (`?q=`), shown only as text.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import type { Locale } from "@/lib/schema/entities";
import { FROM_SEARCH_PARAM, searchListPath } from "@/lib/site/search-page-view";
import { MAX_QUERY_LENGTH } from "@/lib/search/ranking";

const subscribe = () => () => {};
const readQuery = () => new URLSearchParams(location.search).get(FROM_SEARCH_PARAM)?.trim() ?? "";

export function BackToResults({ locale, label }: { locale: Locale; label: string }) {
  const query = useSyncExternalStore(subscribe, readQuery, () => "").slice(0, MAX_QUERY_LENGTH);
  if (!query) return null;
  return (
    <p className="no-print text-sm" data-testid="back-to-results">
      <Link href={searchListPath(locale, query)} className="text-accent underline">
        ← {label} <q>{query}</q>
      </Link>
    </p>
  );
}
