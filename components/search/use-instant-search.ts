"use client";
// Instant results for a search box, newest answer wins, with a way to wait for the answer to what is typed
// right now (so Enter never opens a stale result). A small catalog is searched in the browser: the engine
// and the prebuilt index load on first use (a separate chunk, never on page load); otherwise, or if that
// fails, each query goes to /api/search.
import { useCallback, useEffect, useRef, useState } from "react";
import { SearchReporter } from "@/lib/feedback/search-reporter";
import { sendSearchReport } from "../feedback/send-search-report";

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
  // instant=1: the server does not count keystrokes as searches; the box reports settled searches itself.
  const url = `/api/search?q=${encodeURIComponent(query)}&locale=${encodeURIComponent(locale)}&limit=${limit}&instant=1`;
  const response = await fetch(url);
  const body = (response.ok ? await response.json() : {}) as { results?: InstantHit[] };
  return body.results ?? [];
}

/** `browserIndex`: the catalog is small enough to search in the browser (decided by the server). */
export function useInstantSearch(locale: string, browserIndex: boolean, limit = 8) {
  const [hits, setHits] = useState<InstantHit[]>([]);
  const latest = useRef<{ query: string; answer: Promise<InstantHit[]> } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [reporter] = useState(() => new SearchReporter(locale, sendSearchReport));

  const fetchHits = useCallback(
    (query: string): Promise<InstantHit[]> => {
      if (latest.current?.query === query) return latest.current.answer;
      const answer = (browserIndex ? loadLocalSearch(locale, limit) : Promise.resolve(null))
        .then((local) => (local ? local(query) : askServer(query, locale, limit)))
        .catch(() => [] as InstantHit[]);
      latest.current = { query, answer };
      answer.then((found) => {
        if (latest.current?.query !== query) return;
        setHits(found);
        reporter.shown(query);
      });
      return answer;
    },
    [locale, limit, browserIndex, reporter],
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

  // The query on screen when the page goes away was the reader's last search.
  useEffect(() => {
    const flush = () => reporter.flush();
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [reporter]);

  /** The results for exactly `query`, fetching now if the debounce has not fired yet. */
  const resultsFor = useCallback((query: string) => fetchHits(query), [fetchHits]);

  /** Tell the gap report what became of a query: a result was opened, or it went on to the search page. */
  const reportOpened = useCallback((query: string) => reporter.opened(query), [reporter]);
  const reportSubmitted = useCallback(() => reporter.submitted(), [reporter]);

  return { hits, update, resultsFor, reportOpened, reportSubmitted };
}
