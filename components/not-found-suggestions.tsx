"use client";
// On a 404, searches for the words of the missing address and lists what matches.
import { useEffect, useState } from "react";
import { wordsFromPath } from "@/lib/site/words-from-path";

interface Hit {
  id: string;
  title: string;
  url: string;
  codes: string[];
}

interface Found {
  query: string;
  hits: Hit[];
}

async function searchWords(words: string, locale: string, signal: AbortSignal): Promise<Hit[]> {
  if (!words) return [];
  const url = `/api/search?q=${encodeURIComponent(words)}&locale=${encodeURIComponent(locale)}&limit=5`;
  const response = await fetch(url, { signal });
  const body = (response.ok ? await response.json() : {}) as { results?: Hit[] };
  return body.results ?? [];
}

export function NotFoundSuggestions({ locale, emptyText }: { locale: string; emptyText: string }) {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const words = wordsFromPath(window.location.pathname);
    const controller = new AbortController();
    searchWords(words, locale, controller.signal)
      .then((hits) => setFound({ query: words, hits }))
      .catch(() => setFound({ query: words, hits: [] }));
    return () => controller.abort();
  }, [locale]);

  if (found === null) return null;
  const { query, hits } = found;
  return (
    <div data-testid="not-found-suggestions">
      {query && (
        <p className="text-sm text-muted">
          <q>{query}</q>
        </p>
      )}
      {hits.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url} className="text-accent underline">
                {hit.title}
              </a>
              {hit.codes.length > 0 && (
                <span className="ml-2 font-mono text-sm text-muted">{hit.codes.join(", ")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
