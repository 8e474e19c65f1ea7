/**
 * Searches are recorded off the request path: `add` only appends to memory, and a timer writes the batch.
 * A page never waits for the database. When the database is down the batch is kept (up to a bound; the oldest
 * are dropped first) and retried with back-off. Searches not yet written when the process dies are lost:
 * they were never acknowledged to anyone.
 */
import type { SearchRecord } from "./search-record";

/** Wait after the first search of a batch before writing it. */
export const SEARCH_FLUSH_DELAY_MS = 250;
/** Searches held while the database is unreachable; older ones are dropped beyond this. */
export const MAX_PENDING_SEARCHES = 10_000;
/** Longest wait between retries while the database is down. */
export const MAX_RETRY_DELAY_MS = 60_000;

export type SearchBatchWriter = (batch: Array<{ record: SearchRecord; at: number }>) => Promise<void>;

export class SearchQueue {
  private pending: Array<{ record: SearchRecord; at: number }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private failures = 0;
  /** Searches dropped because the database stayed down too long. */
  dropped = 0;

  constructor(
    private readonly write: SearchBatchWriter,
    private readonly options: { now?: () => number; flushDelayMs?: number; maxPending?: number } = {},
  ) {}

  /** Queues a search; never throws and never waits. */
  add(record: SearchRecord): void {
    this.pending.push({ record, at: (this.options.now ?? Date.now)() });
    const max = this.options.maxPending ?? MAX_PENDING_SEARCHES;
    if (this.pending.length > max) {
      this.dropped += this.pending.length - max;
      this.pending.splice(0, this.pending.length - max);
    }
    this.schedule(this.options.flushDelayMs ?? SEARCH_FLUSH_DELAY_MS);
  }

  /** Writes what is pending now (tests, shutdown). Resolves even when the write fails; the batch is kept. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.write(batch)
      .then(() => {
        this.failures = 0;
      })
      .catch(() => {
        this.pending = [...batch, ...this.pending];
        this.failures += 1;
        this.schedule(Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** this.failures));
      })
      .finally(() => {
        this.writing = undefined;
      });
    await this.writing;
  }

  get size(): number {
    return this.pending.length;
  }

  private schedule(delay: number) {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
    // A pending write must not keep a finished process (a test, a CLI) alive.
    this.timer.unref?.();
  }
}
