// Specifications of the vocabulary data and the language-independent matching over it.
import { describe, expect, it } from "vitest";
import {
  VOCABULARIES,
  findJumpToStep,
  isNavigationHeading,
  namesFailure,
  normalizeLabel,
  readLabel,
  type LabelRole,
} from "./index";

const REQUIRED = "en sv de fr es it pt nl da nb fi pl cs hu tr ru ja ko zh-hans zh-hant".split(" ");
const ROLES: LabelRole[] = ["code", "message", "cause", "action", "symptom", "step", "note"];

describe("the vocabulary data", () => {
  it("has every language Microsoft Learn publishes troubleshooting in, each with every kind of word", () => {
    expect(VOCABULARIES.map((v) => v.language).sort()).toEqual([...REQUIRED].sort());
    for (const vocabulary of VOCABULARIES) {
      for (const role of [
        ...ROLES,
        "error",
        "none",
        "navigation",
        "failure",
        "jumpToStep",
        "ifFound",
      ] as const)
        expect(vocabulary[role].length, `${vocabulary.language} ${role}`).toBeGreaterThan(0);
      for (const template of vocabulary.jumpToStep) expect(template).toContain("{n}");
    }
  });

  it("never gives one label two roles, across all languages", () => {
    const seen = new Map<string, string>();
    for (const vocabulary of VOCABULARIES) {
      for (const role of ROLES) {
        for (const word of vocabulary[role]) {
          const key = normalizeLabel(word);
          const earlier = seen.get(key);
          if (earlier) expect(`${key}: ${earlier}`).toBe(`${key}: ${role}`);
          seen.set(key, role);
        }
      }
    }
  });
});

describe("matching words in any language", () => {
  it("reads labels whatever their case, emphasis, colon, number or CJK spacing", () => {
    expect(readLabel("**Mögliche Ursachen**")).toEqual({ role: "cause" });
    expect(readLabel("Orsak 2:")).toEqual({ role: "cause", number: 2 });
    expect(readLabel("エラー コード")).toEqual({ role: "code" });
    expect(readLabel("Krok 3")).toEqual({ role: "step", number: 3 });
    expect(readLabel("Additional recommendations")).toBeUndefined();
    expect(readLabel("Description")).toBeUndefined();
    expect(readLabel("Description", true)).toEqual({ role: "message" });
  });

  it("knows headings that name a failure, and the word 'error' alone only when asked", () => {
    expect(namesFailure("Backups fail after the upgrade")).toBe(true);
    expect(namesFailure("La sauvegarde a échoué")).toBe(true);
    expect(namesFailure("マウントが失敗する")).toBe(true);
    expect(namesFailure("Move your settings to a new computer")).toBe(false);
    expect(namesFailure("Felsöka återställningsproblem")).toBe(false);
    expect(namesFailure("Class: Error", false)).toBe(false);
    expect(namesFailure("Class: Error")).toBe(true);
  });

  it("finds 'go to step N' in several languages, and no step in other text", () => {
    expect(findJumpToStep("If you locate it, go directly to step 7.")?.target).toBe(7);
    expect(findJumpToStep("Om du hittar den går du direkt till steg 7.")?.target).toBe(7);
    expect(findJumpToStep("見つかった場合は、下の手順 7. に進みます。")?.target).toBe(7);
    expect(findJumpToStep("Si vous le trouvez, passez directement à l’étape 5.")?.target).toBe(5);
    expect(findJumpToStep("Restart the service in step order.")).toBeUndefined();
  });

  it("knows sections that only point elsewhere", () => {
    expect(isNavigationHeading("Next steps")).toBe(true);
    expect(isNavigationHeading("Vous avez besoin d’aide ? Contacter le support technique")).toBe(true);
    expect(isNavigationHeading("Sync fails after sign-in")).toBe(false);
  });
});
