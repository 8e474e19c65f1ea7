// The search box's words, picked from the UI strings of a locale.
import type { UiStrings } from "@/lib/i18n/ui-strings";
import type { SearchBoxLabels } from "./search-box";

export function searchBoxLabels(t: UiStrings): SearchBoxLabels {
  return {
    label: t.searchLabel,
    placeholder: t.searchPlaceholder,
    button: t.searchButton,
    noResults: t.searchNoResults,
    weakMatch: t.searchPaletteWeak,
    clash: t.searchPaletteClash,
    onlyIn: t.searchOnlyIn,
  };
}
