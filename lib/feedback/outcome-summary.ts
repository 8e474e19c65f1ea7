/**
 * Back into the product: "Fixed it for 83 % of 120 people" next to a cause once it has enough answers, and
 * the ranking policy a guided fix may use to offer the causes that work most often first.
 */
import type { Cause } from "../schema/entities";
import { fillTemplate } from "../i18n/fill-template";
import { wilsonInterval } from "./wilson";

/** Answers a cause needs before its success rate is shown or used for ranking: fewer would be noise. */
export const MIN_ANSWERS_TO_SHOW = 20;

/** What readers reported for one cause (or the error as a whole when `causeId` is ''), all locales together. */
export interface CauseSuccess {
  causeId: string;
  fixed: number;
  answers: number;
}

/** The causes of an error that have enough answers to show, e.g. `[{ causeId: "cause-1", fixed: 99, answers: 120 }]`. */
export function successToShow(
  totals: ReadonlyArray<{ errorId: string; causeId: string; fixed: number; notFixed: number }>,
  errorId: string,
): CauseSuccess[] {
  return totals
    .filter((t) => t.errorId === errorId && t.fixed + t.notFixed >= MIN_ANSWERS_TO_SHOW)
    .map((t) => ({ causeId: t.causeId, fixed: t.fixed, answers: t.fixed + t.notFixed }))
    .sort((a, b) => (a.causeId < b.causeId ? -1 : a.causeId > b.causeId ? 1 : 0));
}

/** "Fixed it for 83 % of 120 people" in the reader's language; `template` has `{percent}` and `{count}`. */
export function describeSuccess(template: string, locale: string, success: CauseSuccess): string {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(
    success.fixed / success.answers,
  );
  const count = new Intl.NumberFormat(locale).format(success.answers);
  return fillTemplate(template, { percent, count });
}

/**
 * A cause whose success rate is, with 95 % confidence, at least this is offered first (best first):
 * it fixes the problem for most people who try it.
 */
export const PROMOTE_MIN_LOWER_BOUND = 0.5;
/** A cause whose success rate is, with 95 % confidence, below this is offered last: it rarely helps. */
export const DEMOTE_MAX_UPPER_BOUND = 0.2;

/**
 * The causes in the order a guided fix offers them when its article asks for `causeOrder: success`:
 * proven causes first (by Wilson lower bound, best first), then the rest in document order, then the
 * causes that rarely help (worst last). A cause with fewer than `MIN_ANSWERS_TO_SHOW` answers keeps its
 * place among the rest, so new content is never buried by old statistics.
 */
export function orderCausesBySuccess<T extends Pick<Cause, "id">>(
  causes: readonly T[],
  success: readonly CauseSuccess[],
): T[] {
  const byId = new Map(success.filter((s) => s.answers >= MIN_ANSWERS_TO_SHOW).map((s) => [s.causeId, s]));
  const ranked = causes.map((cause, position) => {
    const stats = byId.get(cause.id);
    const interval = stats ? wilsonInterval(stats.fixed, stats.answers) : undefined;
    const tier = !interval
      ? 1
      : interval.lower >= PROMOTE_MIN_LOWER_BOUND
        ? 0
        : interval.upper < DEMOTE_MAX_UPPER_BOUND
          ? 2
          : 1;
    return { cause, position, tier, lower: interval?.lower ?? 0 };
  });
  return ranked
    .sort((a, b) => a.tier - b.tier || (a.tier === 1 ? 0 : b.lower - a.lower) || a.position - b.position)
    .map((r) => r.cause);
}
