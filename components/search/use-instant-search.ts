"use client";
// Instant results for a search box: debounced calls to /api/search, newest answer wins, and a way to
// wait for the answer to what is typed right now (so Enter never opens a stale result).
import { useCallback, useEffect, useRef, useState } from "react";

/** Pause after the last keystroke before asking the server. */
export const INSTANT_SEARCH_DEBOUNCE_MS = 120;

export interface InstantHit {
  id: string;
  kind: string;
  title: string;
  codes: string[];
  url: string;
  snippet?: string;
}

export function useInstantSearch(locale: string, limit = 8) {
  const [hits, setHits] = useState<InstantHit[]>([]);
  const latest = useRef<{ query: string; answer: Promise<InstantHit[]> } | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const fetchHits = useCallback(
    (query: string): Promise<InstantHit[]> => {
      if (latest.current?.query === query) return latest.current.answer;
      const url = `/api/search?q=${encodeURIComponent(query)}&locale=${encodeURIComponent(locale)}&limit=${limit}`;
      const answer = fetch(url)
        .then((r) => (r.ok ? r.json() : { results: [] }))
        .then((body: { results?: InstantHit[] }) => body.results ?? [])
        .catch(() => []);
      latest.current = { query, answer };
      answer.then((found) => {
        if (latest.current?.query === query) setHits(found);
      });
      return answer;
    },
    [locale, limit],
  );

  const update = useCallback(
    (query: string) => {
      window.clearTimeout(timer.current);
      if (!query.trim()) {
        latest.current = null;
        setHits([]);
        return;
      }
      timer.current = window.setTimeout(() => void fetchHits(query), INSTANT_SEARCH_DEBOUNCE_MS);
    },
    [fetchHits],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  /** The results for exactly `query`, fetching now if the debounce has not fired yet. */
  const resultsFor = useCallback((query: string) => fetchHits(query), [fetchHits]);

  return { hits, update, resultsFor };
}
