import { describe, expect, it } from "vitest";
import {
  errorFixPath,
  flowPath,
  legacyFlowStepRedirect,
  localeOfPrerenderedPage,
  missingPagePath,
  searchPath,
  withLanguageChoice,
  withoutLanguageChoice,
} from "./urls";

describe("localeOfPrerenderedPage", () => {
  it("names the locale of error, guided-fix, article and flow pages, and nothing else", () => {
    expect(localeOfPrerenderedPage("/sv/errors/x")).toBe("sv");
    expect(localeOfPrerenderedPage("/sv/errors/x/fix")).toBe("sv");
    expect(localeOfPrerenderedPage("/sv/errors/x/fix/step-2")).toBe("sv");
    expect(localeOfPrerenderedPage("/sv/flows/x")).toBe("sv");
    expect(localeOfPrerenderedPage("/ja/flows/x/done")).toBe("ja");
    expect(localeOfPrerenderedPage("/en/articles/troubleshoot-mars-agent/")).toBe("en");
    expect(localeOfPrerenderedPage("/pt-br/errors/x")).toBe("pt-br");
    const others = [
      "/sv/errors/x/edit",
      "/sv/errors/x/fix/step/more",
      "/sv/errors/code/34513",
      "/sv/flows/x/step/more",
      "/EN/errors/x",
      "/../errors/x",
      "/sv",
    ];
    for (const path of others) expect(localeOfPrerenderedPage(path), path).toBeUndefined();
  });

  it("sends an unknown id to a path no route claims, in its language", () => {
    expect(missingPagePath("sv")).toBe("/sv/missing");
  });
});

describe("withLanguageChoice", () => {
  it("adds the choice to a query that is already there, instead of starting a second one", () => {
    expect(withLanguageChoice(searchPath("sv", "scratch"), "sv")).toBe("/sv/search?q=scratch&lang=sv");
    expect(withLanguageChoice("/sv", "sv")).toBe("/sv?lang=sv");
    expect(withLanguageChoice("/sv/errors/x/fix?step=a&trail=b,c", "sv")).toBe(
      "/sv/errors/x/fix?step=a&trail=b,c&lang=sv",
    );
  });
  it("keeps a fragment at the end", () => {
    expect(withLanguageChoice("/ja/articles/a#cause-2", "ja")).toBe("/ja/articles/a?lang=ja#cause-2");
  });
});

describe("withoutLanguageChoice", () => {
  it("drops the choice and keeps every other parameter byte for byte", () => {
    expect(withoutLanguageChoice("?q=scratch&lang=sv")).toBe("?q=scratch");
    expect(withoutLanguageChoice("?lang=sv&step=cause-2&trail=cause-1,cause-1.action-1")).toBe(
      "?step=cause-2&trail=cause-1,cause-1.action-1",
    );
    expect(withoutLanguageChoice("?q=s%C3%A4kerhet+kopia%20x&lang=sv")).toBe("?q=s%C3%A4kerhet+kopia%20x");
    expect(withoutLanguageChoice("?lang=sv")).toBe("");
  });
  it("keeps a search for the words lang=sv, and drops every spelling of the parameter", () => {
    expect(withoutLanguageChoice("?q=lang%3Dsv&lang=en")).toBe("?q=lang%3Dsv");
    expect(withoutLanguageChoice("?la%6Eg=sv&q=x&lang=<script>")).toBe("?q=x");
    expect(withoutLanguageChoice("?%E0%A4%A=1&lang=sv")).toBe("?%E0%A4%A=1");
  });
});

describe("guided-fix step pages", () => {
  it("give each step a path of its own, the first at the fix's own address", () => {
    expect(errorFixPath("sv", "x")).toBe("/sv/errors/x/fix");
    expect(errorFixPath("sv", "x", "cause-2.action-1")).toBe("/sv/errors/x/fix/cause-2.action-1");
    expect(flowPath("en", "restore", "done")).toBe("/en/flows/restore/done");
  });

  it("redirect an old ?step= link to the step's page, keeping the trail and every other parameter", () => {
    expect(legacyFlowStepRedirect("/en/flows/restore", "?step=step-7&trail=step-1,step-3")).toBe(
      "/en/flows/restore/step-7?trail=step-1,step-3",
    );
    expect(legacyFlowStepRedirect("/sv/errors/x/fix/", "?trail=a&step=done&utm_source=mail")).toBe(
      "/sv/errors/x/fix/done?trail=a&utm_source=mail",
    );
    expect(legacyFlowStepRedirect("/sv/errors/x/fix", "?st%65p=escalate")).toBe("/sv/errors/x/fix/escalate");
  });

  it("send a hostile or empty step to the fix's start, and leave other paths and queries alone", () => {
    expect(legacyFlowStepRedirect("/en/flows/restore", "?step=%3Cscript%3E")).toBe("/en/flows/restore");
    expect(legacyFlowStepRedirect("/en/flows/restore", "?step=../../admin")).toBe("/en/flows/restore");
    expect(legacyFlowStepRedirect("/en/flows/restore", "?step=")).toBe("/en/flows/restore");
    expect(legacyFlowStepRedirect("/en/flows/restore", "?trail=step-1")).toBeUndefined();
    expect(legacyFlowStepRedirect("/en/flows/restore/step-3", "?step=step-4")).toBeUndefined();
    expect(legacyFlowStepRedirect("/en/errors/x", "?step=done")).toBeUndefined();
  });
});
