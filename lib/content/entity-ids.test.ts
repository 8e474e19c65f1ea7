import { describe, expect, it } from "vitest";
import { IdSchema } from "@/lib/schema/entities";
import {
  claimEntityId,
  deriveActionId,
  deriveCauseId,
  hashContent,
  MAX_CAUSE_SLUG_CHARS,
} from "./entity-ids";

describe("deriveCauseId", () => {
  it("is the slug of a short Latin title, folded to ASCII", () => {
    expect(deriveCauseId("The OnlineBackup.KEK file is missing")).toBe(
      "the-onlinebackup-kek-file-is-missing",
    );
    expect(deriveCauseId("Scratch-mappen är för liten")).toBe("scratch-mappen-ar-for-liten");
    expect(deriveCauseId("Der Schlüssel ist ungültig")).toBe("der-schlussel-ist-ungultig");
  });

  it("gives a title in a script that does not fold to Latin a hash, and different titles different ids", () => {
    const missing = deriveCauseId("キー ファイルがありません");
    const corrupt = deriveCauseId("キー ファイルが破損しています");
    expect(missing).toMatch(/^cause-[0-9a-f]{6}$/);
    expect(corrupt).toMatch(/^cause-[0-9a-f]{6}$/);
    expect(missing).not.toBe(corrupt);
    expect(deriveCauseId("Файл ключа отсутствует")).toMatch(/^cause-[0-9a-f]{6}$/);
  });

  it("appends the hash when only a small part of the title is Latin", () => {
    const id = deriveCauseId("OnlineBackup.KEK ファイルがありませんでした。確認してください");
    expect(id).toMatch(/^onlinebackup-kek-[0-9a-f]{6}$/);
  });

  it("cuts a long title at a word and appends the hash, so titles that start alike stay apart", () => {
    const start = "The proxy server or the firewall blocks the registration of the server with the vault";
    const first = deriveCauseId(`${start} because of a rule`);
    const second = deriveCauseId(`${start} because there is no internet`);
    expect(first).not.toBe(second);
    expect(first.length).toBeLessThanOrEqual(MAX_CAUSE_SLUG_CHARS + 7);
    expect(first).toMatch(/^the-proxy-server-or-the-firewall-blocks-[a-z-]*[0-9a-f]{6}$/);
  });

  it("always gives a valid id, for any title", () => {
    for (const title of ["", "!!!", "1", "Ошибка", "错误", "x".repeat(500), "  --  "]) {
      expect(IdSchema.safeParse(deriveCauseId(title)).success, title).toBe(true);
    }
  });
});

describe("deriveActionId", () => {
  it("hashes the steps' text, ignoring case and how the text is wrapped", () => {
    const id = deriveActionId(["Restart the server.", "Retry the backup."]);
    expect(id).toMatch(/^fix-[0-9a-f]{6}$/);
    expect(deriveActionId(["Restart  the\nserver.", "retry the backup."])).toBe(id);
    expect(deriveActionId(["Restart the server."])).not.toBe(id);
  });
});

describe("claimEntityId", () => {
  it("keeps a free id and numbers repeats", () => {
    const taken = new Set<string>(["cause-1"]);
    expect(claimEntityId("disk-full", taken)).toBe("disk-full");
    expect(claimEntityId("disk-full", taken)).toBe("disk-full-2");
    expect(claimEntityId("cause-1", taken)).toBe("cause-1-2");
  });
});

describe("hashContent", () => {
  it("is six hex digits and the same for the same text", () => {
    expect(hashContent("abc")).toMatch(/^[0-9a-f]{6}$/);
    expect(hashContent("abc")).toBe(hashContent(" ABC "));
    expect(hashContent("abc")).not.toBe(hashContent("abd"));
  });
});
