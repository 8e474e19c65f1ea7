"use client";
// Instant results for a search box, newest answer wins, with a way to wait for the answer to what is typed
// right now (so Enter never opens a stale result). A small catalog is searched in the browser: the engine
// and the prebuilt index load on first use (a separate chunk, never on page load); otherwise, or if that
// fails, each query goes to /api/search.
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

type LocalSearch = (query: string) => InstantHit[];
let localSearch: Promise<LocalSearch | null> | undefined;

/** Loads the engine and the index once per page; resolves to null when the browser index is not available. */
function loadLocalSearch(locale: string, limit: number): Promise<LocalSearch | null> {
  localSearch ??= Promise.all([import("@/lib/search/search-engine"), fetch("/api/search-index")])
    .then(async ([engine, response]) => {
      if (!response.ok) return null;
      const index = engine.loadSearchIndex(await response.json());
      return (query: string) => engine.search(index, query, { locale, limit }).results;
    })
    .catch(() => null);
  return localSearch;
}

async function askServer(query: string, locale: string, limit: number): Promise<InstantHit[]> {
  const url = `/api/search?q=${encodeURIComponent(query)}&locale=${encodeURIComponent(locale)}&limit=${limit}`;
  const response = await fetch(url);
  const body = (response.ok ? await response.json() : {}) as { results?: InstantHit[] };
  return body.results ?? [];
}

/** `browserIndex`: the catalog is small enough to search in the browser (decided by the server). */
export function useInstantSearch(locale: string, browserIndex: boolean, limit = 8) {
  const [hits, setHits] = useState<InstantHit[]>([]);
  const latest = useRef<{ query: string; answer: Promise<InstantHit[]> } | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const fetchHits = useCallback(
    (query: string): Promise<InstantHit[]> => {
      if (latest.current?.query === query) return latest.current.answer;
      const answer = (browserIndex ? loadLocalSearch(locale, limit) : Promise.resolve(null))
        .then((local) => (local ? local(query) : askServer(query, locale, limit)))
        .catch(() => [] as InstantHit[]);
      latest.current = { query, answer };
      answer.then((found) => {
        if (latest.current?.query === query) setHits(found);
      });
      return answer;
    },
    [locale, limit, browserIndex],
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
