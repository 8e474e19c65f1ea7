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
  locale: string;
  product: string;
  /** Shown in its own language: the visitor's had no good match. */
  otherLanguage?: true;
}

/** What a box shows for one query: the hits, how well the first matches, and whether a code stays ambiguous. */
export interface InstantAnswer {
  hits: InstantHit[];
  /** `weak`: nothing matched well (Enter opens the search page with suggestions, not the first hit). */
  match: "good" | "weak" | "none";
  /** The query names a code several products use: Enter opens the search page's chooser. */
  clash: boolean;
}

const EMPTY: InstantAnswer = { hits: [], match: "none", clash: false };

interface SearchContext {
  locale: string;
  limit: number;
  /** The product of the page the box is on, if any. */
  contextProduct?: string;
}

interface EngineResponse {
  results?: InstantHit[];
  match?: InstantAnswer["match"];
  clash?: unknown;
}

function toAnswer(response: EngineResponse): InstantAnswer {
  return { hits: response.results ?? [], match: response.match ?? "none", clash: Boolean(response.clash) };
}

type LocalSearch = (query: string, context: SearchContext) => InstantAnswer;
let localSearch: Promise<LocalSearch | null> | undefined;

/** Loads the engine and the index once per page; resolves to null when the browser index is not available. */
function loadLocalSearch(): Promise<LocalSearch | null> {
  localSearch ??= Promise.all([import("@/lib/search/search-engine"), fetch("/api/search-index")])
    .then(async ([engine, response]) => {
      if (!response.ok) return null;
      const index = engine.loadSearchIndex(await response.json());
      return (query: string, { locale, limit, contextProduct }: SearchContext) =>
        toAnswer(
          engine.search(index, query, {
            locale,
            limit,
            ...(contextProduct ? { contextProduct } : {}),
          }),
        );
    })
    .catch(() => null);
  return localSearch;
}

async function askServer(
  query: string,
  { locale, limit, contextProduct }: SearchContext,
): Promise<InstantAnswer> {
  // instant=1: the server does not count keystrokes as searches; the box reports settled searches itself.
  const params = new URLSearchParams({ q: query, locale, limit: String(limit), instant: "1" });
  if (contextProduct) params.set("context", contextProduct);
  const response = await fetch(`/api/search?${params}`);
  return toAnswer(response.ok ? ((await response.json()) as EngineResponse) : {});
}

/** `browserIndex`: the catalog is small enough to search in the browser (decided by the server). */
export function useInstantSearch(locale: string, browserIndex: boolean, limit = 8, contextProduct?: string) {
  const [answer, setAnswer] = useState<InstantAnswer>(EMPTY);
  const latest = useRef<{ query: string; answer: Promise<InstantAnswer> } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [reporter] = useState(() => new SearchReporter(locale, sendSearchReport));

  const fetchAnswer = useCallback(
    (query: string): Promise<InstantAnswer> => {
      if (latest.current?.query === query) return latest.current.answer;
      const context: SearchContext = { locale, limit, ...(contextProduct ? { contextProduct } : {}) };
      const found = (browserIndex ? loadLocalSearch() : Promise.resolve(null))
        .then((local) => (local ? local(query, context) : askServer(query, context)))
        .catch(() => EMPTY);
      latest.current = { query, answer: found };
      found.then((next) => {
        if (latest.current?.query !== query) return;
        setAnswer(next);
        reporter.shown(query);
      });
      return found;
    },
    [locale, limit, browserIndex, contextProduct, reporter],
  );

  const update = useCallback(
    (query: string) => {
      window.clearTimeout(timer.current);
      if (!query.trim()) {
        latest.current = null;
        setAnswer(EMPTY);
        return;
      }
      timer.current = window.setTimeout(() => void fetchAnswer(query), INSTANT_SEARCH_DEBOUNCE_MS);
    },
    [fetchAnswer],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // The query on screen when the page goes away was the reader's last search.
  useEffect(() => {
    const flush = () => reporter.flush();
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [reporter]);

  /** The answer for exactly `query`, fetching now if the debounce has not fired yet. */
  const answerFor = useCallback((query: string) => fetchAnswer(query), [fetchAnswer]);

  /** Tell the gap report what became of a query: a result was opened, or it went on to the search page. */
  const reportOpened = useCallback((query: string) => reporter.opened(query), [reporter]);
  const reportSubmitted = useCallback(() => reporter.submitted(), [reporter]);

  return { answer, update, answerFor, reportOpened, reportSubmitted };
}
