/**
 * Which searches answered in the browser (as-you-type results, from the prebuilt index or the API) count as
 * searches: not every keystroke, only a query whose results the reader opened, looked at for a while before
 * typing something else, or left on screen when the page went away. A query sent on to the search page is
 * not reported here: that page records it itself. Browser-safe: no Node APIs; the sender is injected.
 */

/** How long results must have been on screen before a replaced query counts as a search of its own. */
export const SEARCH_SETTLE_MS = 2_000;

export type SearchSender = (report: { locale: string; query: string; source: "palette" }) => void;

export class SearchReporter {
  private pending: { query: string; shownAt: number } | undefined;
  private lastReported: string | undefined;

  constructor(
    private readonly locale: string,
    private readonly send: SearchSender,
    private readonly now: () => number = Date.now,
  ) {}

  /** Results for `query` are on screen; a settled earlier query is reported as its own search. */
  shown(query: string): void {
    const text = query.trim();
    if (!text || text === this.pending?.query) return;
    if (this.pending && this.now() - this.pending.shownAt >= SEARCH_SETTLE_MS)
      this.report(this.pending.query);
    this.pending = { query: text, shownAt: this.now() };
  }

  /** The reader opened a result of `query`. */
  opened(query: string): void {
    this.report(query.trim());
    this.pending = undefined;
  }

  /** The query went on to the search page, which records it. */
  submitted(): void {
    this.pending = undefined;
  }

  /** The page is going away: the query on screen was the reader's last search. */
  flush(): void {
    if (this.pending) this.report(this.pending.query);
    this.pending = undefined;
  }

  private report(query: string) {
    if (!query || query === this.lastReported) return;
    this.lastReported = query;
    this.send({ locale: this.locale, query, source: "palette" });
  }
}
