import { describe, expect, it } from "vitest";
import { getFeedbackStrings } from "./feedback-strings";
import { getFlowStrings } from "../flows/flow-strings";

// Completeness and placeholders of every table are checked in lib/i18n/translation.test.ts.
describe("the feedback strings", () => {
  it("ask the guided fix's own question, in the reader's language", () => {
    expect(getFeedbackStrings("de").didThisFix).toBe(getFlowStrings("de").didThisFix);
    expect(getFeedbackStrings("sv").no).toBe("Nej");
  });

  it("fall back to the primary language, then to English", () => {
    expect(getFeedbackStrings("sv").confirmYes).toBe("Ja, nu fungerar det");
    expect(getFeedbackStrings("pt-br").yes).toBe("Yes");
    expect(getFeedbackStrings("fr-ca").commentSend).toBe("Envoyer");
  });
});
