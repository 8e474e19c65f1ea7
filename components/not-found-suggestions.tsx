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

export function NotFoundSuggestions({ locale, emptyText }: { locale: string; emptyText: string }) {
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [query, setQuery] = useState("");

  useEffect(() => {
    const words = wordsFromPath(window.location.pathname);
    setQuery(words);
    if (!words) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    fetch(`/api/search?q=${encodeURIComponent(words)}&locale=${encodeURIComponent(locale)}&limit=5`, {
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { results: [] }))
      .then((body: { results?: Hit[] }) => setHits(body.results ?? []))
      .catch(() => setHits([]));
    return () => controller.abort();
  }, [locale]);

  if (hits === null) return null;
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
