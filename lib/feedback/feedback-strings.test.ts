import { describe, expect, it } from "vitest";
import { ENGLISH_FEEDBACK_STRINGS, FEEDBACK_STRING_TABLES, getFeedbackStrings } from "./feedback-strings";

describe("the feedback strings", () => {
  it("translate every English key in every table, with the same placeholders", () => {
    for (const [locale, table] of Object.entries(FEEDBACK_STRING_TABLES)) {
      expect(Object.keys(table).sort(), locale).toEqual(Object.keys(ENGLISH_FEEDBACK_STRINGS).sort());
      expect(table.successNote, locale).toContain("{percent}");
      expect(table.successNote, locale).toContain("{count}");
    }
  });

  it("fall back to the primary language, then to English", () => {
    expect(getFeedbackStrings("sv").yes).toBe("Ja");
    expect(getFeedbackStrings("pt-br").yes).toBe("Yes");
    expect(getFeedbackStrings("fr-ca").yes).toBe("Oui");
  });
});
