/**
 * The words of the feedback controls in one locale, from the portal's translation tables
 * (lib/i18n/languages/*.ts, English for any key a language lacks). The question and its Yes/No are the guided
 * fix's own, so a cause on the error page and a step of its guided fix ask in the same words.
 */
import type { Locale } from "../schema/entities";
import { getTranslation, type Translation } from "../i18n/translation";

export type FeedbackStrings = Translation["feedback"] &
  Pick<Translation["flow"], "didThisFix" | "yes" | "no">;

export function getFeedbackStrings(locale: Locale): FeedbackStrings {
  const { feedback, flow } = getTranslation(locale);
  return { ...feedback, didThisFix: flow.didThisFix, yes: flow.yes, no: flow.no };
}
