/** The portal's page words (chrome, search, error and flow pages) in one locale; see `./translation.ts`. */
import type { Locale } from "../schema/entities";
import { getTranslation, type Translation } from "./translation";

export type UiStrings = Translation["ui"];

/** The words for `locale`, English for any key (or any language) without its own. */
export function getUiStrings(locale: Locale): UiStrings {
  return getTranslation(locale).ui;
}
