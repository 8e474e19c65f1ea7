// What the cluster fault test (scripts/cluster-fault-test.ts) promises, as a pure judgement of what it saw:
// tested on its own (scripts/cluster-fault-verdict.test.ts), so each promise is known to fail when broken.

/** One page request of the load. */
export interface PageResult {
  /** What the request stands for, e.g. `guided fix`. */
  kind: string;
  /** The path asked for, e.g. `/en/errors/x/fix`. */
  path: string;
  /** Milliseconds since the load started, when the answer (or the failure) came. */
  at: number;
  /** The HTTP status, when an answer came. */
  status?: number;
  /** What went wrong on the connection, e.g. `fetch failed: other side closed`, or an answer cut off. */
  error?: string;
}

/** The answer to one feedback post: a status line of 202 counts as accepted even if the body was cut off. */
export interface PostAnswer {
  status?: number;
  error?: string;
}

/** What the load saw, through nginx. */
export interface LoadTally {
  pages: PageResult[];
  /** Comment markers of the posts answered 202. */
  accepted: Set<string>;
  /** When each accepted post was answered, ms since the load started. */
  acceptedAt: number[];
  /** Every other answer to a post, by status (or what went wrong on the connection). */
  otherAnswers: Map<string, number>;
  posted: number;
}

/** What was seen around the load, times in ms since it started. */
export interface FaultObservations {
  /** When instance A was killed. */
  killedAt: number;
  /** When the restarted instance A answered again. */
  servingAt: number;
  /** How many rows hold each of this run's markers. */
  stored: Map<string, number>;
  /** Lines of nginx's error log about instance A. */
  upstreamErrors: string[];
  /** A page asked of the restarted instance directly. */
  directPage: Omit<PageResult, "at">;
  /** A feedback post sent to the restarted instance directly, and its marker. */
  directPost: PostAnswer;
  directMarker: string;
}

/** Failed requests listed one by one in a verdict; the rest are counted. */
const MAX_LISTED_FAILURES = 10;

/** A page answered in full with 2xx or 3xx. */
export const isPageServed = (page: Pick<PageResult, "status" | "error">) =>
  page.error === undefined && page.status !== undefined && page.status >= 200 && page.status < 400;

/** Every way the run fell short of the cluster's promises; empty when it passed. */
export function judgeFaultRun(tally: LoadTally, observed: FaultObservations): string[] {
  const problems: string[] = [];
  const failed = tally.pages.filter((p) => !isPageServed(p));
  if (failed.length > 0) {
    problems.push(
      `${failed.length} of ${tally.pages.length} page requests failed:`,
      ...failed
        .slice(0, MAX_LISTED_FAILURES)
        .map(
          (p) =>
            `  ${p.at - observed.killedAt} ms after the kill: ${p.kind} ${p.path}: ${p.error ?? p.status}`,
        ),
    );
  }
  const lost = [...tally.accepted].filter((marker) => !observed.stored.has(marker));
  if (lost.length > 0)
    problems.push(`${lost.length} feedback posts answered 202 are not in PostgreSQL, e.g. "${lost[0]}"`);
  const twice = [...observed.stored].filter(([, count]) => count > 1);
  if (twice.length > 0) problems.push(`${twice.length} feedback posts are stored more than once`);
  const whileDown = tally.pages.filter((p) => p.at > observed.killedAt && p.at < observed.servingAt);
  if (whileDown.length === 0)
    problems.push("no page was requested while instance A was down: nothing was tested");
  if (observed.upstreamErrors.length === 0)
    problems.push(
      "nginx never met the dead instance (no upstream error in its log): the retry was not tested",
    );
  if (!tally.acceptedAt.some((at) => at > observed.servingAt))
    problems.push("no feedback post was accepted through nginx after the restart");
  const page = observed.directPage;
  if (page.error !== undefined || page.status !== 200)
    problems.push(`the restarted instance answered ${page.error ?? page.status} for ${page.path}`);
  const post = observed.directPost;
  if (post.status !== 202)
    problems.push(`the restarted instance answered ${post.error ?? post.status} to a feedback post`);
  else if (observed.stored.get(observed.directMarker) !== 1)
    problems.push("the feedback post the restarted instance accepted is not stored");
  return problems;
}
