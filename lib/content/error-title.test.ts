import { describe, expect, it } from "vitest";
import type { ErrorEntry } from "@/lib/schema/entities";
import { checkErrorTitles, chooseErrorTitle, isCodeOnlyTitle, titleFromMessage } from "./error-title";

describe("error titles", () => {
  it("knows a title that is only the error's codes", () => {
    expect(isCodeOnlyTitle("SalLowDiskSpace", ["SalLowDiskSpace"])).toBe(true);
    expect(isCodeOnlyTitle("0x80070005, 5", ["5", "0x80070005"])).toBe(true);
    expect(isCodeOnlyTitle("[0x1FC07]", ["0x1FC07"])).toBe(true);
    expect(isCodeOnlyTitle("Invalid vault credentials", ["34513"])).toBe(false);
    expect(isCodeOnlyTitle("", ["34513"])).toBe(false);
  });

  it("takes the message's first sentence that says more than a code", () => {
    expect(titleFromMessage("Error 34506. The passphrase stored on this computer is wrong.", ["34506"])).toBe(
      "The passphrase stored on this computer is wrong",
    );
    expect(titleFromMessage("Åtgärden misslyckades [0x1FC07]. Försök igen.", ["0x1FC07"])).toBe(
      "Åtgärden misslyckades",
    );
    expect(titleFromMessage("failed to read the file (ID: 42)", ["42"])).toBe("Failed to read the file");
    expect(titleFromMessage("(ID: 42)", ["42"])).toBe("");
  });

  it("cuts a long sentence at a word, with an ellipsis", () => {
    const title = titleFromMessage(`${"word ".repeat(40)}end.`, []);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title).toMatch(/word…$/);
  });

  it("keeps a heading that is a real title, and one whose message has nothing better", () => {
    expect(chooseErrorTitle("Disk full", ["112"], "There is not enough space.")).toBe("Disk full");
    expect(
      chooseErrorTitle("SalBitmapError", ["SalBitmapError"], "Unable to find changes in a file. Retry."),
    ).toBe("Unable to find changes in a file");
    expect(chooseErrorTitle("E0277", ["E0277"], "")).toBe("E0277");
  });
});

describe("checkErrorTitles", () => {
  it("warns at the error, with a title taken from its message", () => {
    const error: ErrorEntry = {
      id: "sallowdiskspace",
      locale: "en",
      article: "a",
      title: "SalLowDiskSpace",
      codes: ["SalLowDiskSpace"],
      message: "Backup failed due to insufficient storage.",
      causes: [],
      actions: [],
      source: { file: "content/en/a.mdx", line: 9, column: 1 },
    };
    expect(checkErrorTitles([error, { ...error, title: "Backup failed" }])).toEqual([
      {
        file: "content/en/a.mdx",
        line: 9,
        column: 1,
        severity: "warning",
        message:
          'error "sallowdiskspace" has only its code as its title, which readers see twice (as the title and as the code): give it a title from its message, e.g. title="Backup failed due to insufficient storage"',
      },
    ]);
  });
});
