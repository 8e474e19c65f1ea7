/**
 * Server-only: the feedback store of this process, configured from the environment, and everything routes
 * need from it. The database is opened (and migrated) at start and on first use; when it cannot be reached
 * every call fails fast with `FeedbackUnavailableError`, pages keep rendering, and the next call tries again.
 *
 * Environment: `DATABASE_URL` (see lib/db/database-url.ts), `FIXPATH_FEEDBACK_RATE` (answers per client per
 * minute), `FIXPATH_FEEDBACK_RETENTION_DAYS`, `FIXPATH_TRUSTED_PROXY_HOPS`, `FIXPATH_ADMIN_TOKEN`.
 */
import { describeDatabaseTarget, parseDatabaseUrl } from "../db/database-url";
import { openDatabase, type OpenDatabase } from "../db/open-database";
import type { Catalog, ErrorEntry, Flow } from "../schema/entities";
import type { FeedbackRequest } from "../schema/feedback";
import type { SearchResponse } from "../search/search-types";
import type { SearchSource } from "../schema/feedback";
import { clientAddress, readTrustedHops } from "./client-address";
import { toFeedbackEventRow, voterSubjectOf } from "./feedback-event";
import { FeedbackStore, type OutcomeTotal } from "./feedback-store";
import { orderCausesBySuccess, successToShow, type CauseSuccess } from "./outcome-summary";
import { createRateLimiter, readFeedbackRate } from "./rate-limit";
import { readRetentionDays, retentionCutoff } from "./roll-up";
import { buildSearchRecord } from "./search-record";
import { buildInsights } from "./insights";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import type { Insights } from "../schema/feedback";
import { SearchQueue } from "./search-queue";
import { DailySalt, hashVoter } from "./voter";

/** The database could not take or give data right now; the caller says so instead of failing the page. */
export class FeedbackUnavailableError extends Error {}

/** Wait after a failed open before the next call tries again. */
const REOPEN_DELAY_MS = 5_000;
/** How often the success rates shown on pages are re-read. */
const SUMMARY_REFRESH_MS = 60_000;
/** How often old days are rolled up. */
const ROLL_UP_EVERY_MS = 6 * 60 * 60 * 1000;

interface Service {
  store: Promise<FeedbackStore>;
  opened?: OpenDatabase;
}

// One per process, kept on globalThis so that every route bundle (and dev reloads) share it.
const globalKey = Symbol.for("fixpath.feedback");
interface ProcessState {
  service?: Service;
  failedAt?: number;
  salt?: DailySalt;
  queue?: SearchQueue;
  limiter?: ReturnType<typeof createRateLimiter>;
  summary?: { totals: OutcomeTotal[]; readAt: number; refreshing?: Promise<void> };
  timers?: boolean;
}
const state: ProcessState = ((globalThis as Record<symbol, ProcessState>)[globalKey] ??= {});

/** The store, opened and migrated once per process; throws FeedbackUnavailableError while it cannot be. */
export async function getFeedbackStore(): Promise<FeedbackStore> {
  if (!state.service) {
    if (state.failedAt !== undefined && Date.now() - state.failedAt < REOPEN_DELAY_MS)
      throw new FeedbackUnavailableError("the feedback database is unavailable");
    state.service = { store: openStore() };
  }
  return state.service.store;
}

async function openStore(): Promise<FeedbackStore> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  try {
    if (target.dialect === "invalid") throw new Error(target.message);
    const opened = await openDatabase(target, process.cwd());
    if (state.service) state.service.opened = opened;
    state.failedAt = undefined;
    return new FeedbackStore(opened.db, opened.dialect);
  } catch (error) {
    state.service = undefined;
    state.failedAt = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`fixpath: feedback store unavailable (${describeDatabaseTarget(target)}): ${reason}`);
    throw new FeedbackUnavailableError("the feedback database is unavailable");
  }
}

/** Runs a store call, turning any database failure into FeedbackUnavailableError (logged once per call). */
async function withStore<T>(work: (store: FeedbackStore) => Promise<T>): Promise<T> {
  const store = await getFeedbackStore();
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof FeedbackUnavailableError) throw error;
    console.error(`fixpath: feedback store error: ${error instanceof Error ? error.message : String(error)}`);
    throw new FeedbackUnavailableError("the feedback database could not save this");
  }
}

function dailySalt(): DailySalt {
  state.salt ??= new DailySalt({
    readSalt: (day) => withStore((s) => s.readSalt(day)),
    insertSaltIfAbsent: (day, salt) => withStore((s) => s.insertSaltIfAbsent(day, salt)),
    deleteSaltsBefore: (day) => withStore((s) => s.deleteSaltsBefore(day)),
  });
  return state.salt;
}

/** Stores one answer durably (resolves only after the commit); throws FeedbackUnavailableError otherwise. */
export async function submitFeedback(request: FeedbackRequest, voterToken: string): Promise<void> {
  const { salt } = await dailySalt().current();
  const row = toFeedbackEventRow(request, hashVoter(salt, voterToken, voterSubjectOf(request)), Date.now());
  await withStore((store) => store.recordFeedback(row));
}

/** Whether this client may send another answer or search report now (in-memory, per address). */
export function takeFeedbackToken(headers: Headers): { ok: true } | { ok: false; retryAfter: number } {
  state.limiter ??= createRateLimiter({ perMinute: readFeedbackRate(process.env.FIXPATH_FEEDBACK_RATE) });
  const key = clientAddress(headers, readTrustedHops(process.env.FIXPATH_TRUSTED_PROXY_HOPS));
  return state.limiter.take(key)
    ? { ok: true }
    : { ok: false, retryAfter: state.limiter.retryAfterSeconds(key) };
}

/** Records an answered search without waiting (and without ever throwing into the page). */
export function recordSearch(response: SearchResponse, locale: string, source: SearchSource): void {
  try {
    if (!response.query.trim()) return;
    state.queue ??= new SearchQueue((batch) => withStore((store) => store.recordSearches(batch)));
    state.queue.add(buildSearchRecord(response, locale, source));
  } catch (error) {
    console.error(`fixpath: search not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The all-time Yes/No totals as last read (at most SUMMARY_REFRESH_MS old). Never waits for the database:
 * a stale or empty answer is returned at once and a refresh starts in the background.
 */
function outcomeTotals(): OutcomeTotal[] {
  const summary = state.summary;
  const stale = summary === undefined || Date.now() - summary.readAt > SUMMARY_REFRESH_MS;
  if (stale && state.summary?.refreshing === undefined) {
    const refreshing = withStore((store) => store.readOutcomeTotals())
      .then((totals) => {
        state.summary = { totals, readAt: Date.now() };
      })
      .catch(() => {
        state.summary = { totals: state.summary?.totals ?? [], readAt: Date.now() };
      });
    state.summary = { totals: summary?.totals ?? [], readAt: summary?.readAt ?? 0, refreshing };
  }
  return state.summary?.totals ?? [];
}

function readingSummary(): Promise<void> | undefined {
  return state.summary?.refreshing;
}

/** The success rates of an error's causes that have enough answers to show (may lag by a minute). */
export async function readCauseSuccess(errorId: string): Promise<CauseSuccess[]> {
  // The first call of a process waits for the first read, so a fresh server does not answer "no data".
  const first = state.summary === undefined;
  const totals = outcomeTotals();
  if (!first) return successToShow(totals, errorId);
  await readingSummary();
  return successToShow(outcomeTotals(), errorId);
}

/** `error` with its causes in the order its guided fix offers them (its article's `causeOrder`). */
export function orderCausesForGuidedFix(error: ErrorEntry, catalog: Catalog): ErrorEntry {
  const article = catalog.articles.find((a) => a.locale === error.locale && a.id === error.article);
  if (article?.causeOrder !== "success") return error;
  return { ...error, causes: orderCausesBySuccess(error.causes, successToShow(outcomeTotals(), error.id)) };
}

/** The insights of `from`..`to`, with guided-fix steps in the order the catalog gives them. */
export async function readInsights(
  period: { from: string; to: string },
  catalog: Catalog,
): Promise<Insights> {
  const counts = await withStore((store) => store.readInsightsCounts(period.from, period.to));
  return buildInsights(counts, period, ({ errorId, flowId }) => {
    // Every locale's version: derived action ids come from each language's words, so versions may differ.
    const stepIds = (flow: Flow) => flow.steps.map((step) => step.id);
    if (errorId)
      return catalog.errors
        .filter((e) => e.id === errorId)
        .map((error) => stepIds(buildErrorFlow(error, getFlowStrings(error.locale))));
    return catalog.flows.filter((f) => f.id === flowId).map(stepIds);
  });
}

/** Rolls up days older than the retention; returns the days rolled up. */
export async function rollUpOldDays(now = Date.now()): Promise<string[]> {
  const cutoff = retentionCutoff(now, readRetentionDays(process.env.FIXPATH_FEEDBACK_RETENTION_DAYS));
  return withStore((store) => store.rollUp(cutoff));
}

/** At server start: open and migrate the store, roll up, and schedule the roll-up. Never throws. */
export async function startFeedbackService(): Promise<void> {
  if (!state.timers) {
    state.timers = true;
    setInterval(() => void rollUpOldDays().catch(() => undefined), ROLL_UP_EVERY_MS).unref();
  }
  try {
    await getFeedbackStore();
    await rollUpOldDays();
  } catch {
    // Logged where it failed; pages render without the database and the next use tries again.
  }
}

/** Writes queued searches now (tests, shutdown). */
export async function flushSearches(): Promise<void> {
  await state.queue?.flush();
}
