// Specifications of the shapes the importer reads, in many languages, on small fixtures written for these tests:
// each rule with a case it must recognise and one it must not (incidental codes are not errors).
import { describe, expect, it } from "vitest";
import { COMPONENTS } from "../content/component-spec";
import { extractArticle } from "../content/extract-article";
import { importMsDocs } from "./import-msdocs";

function importFixture(markdown: string, file = "fixture.md", locale?: string) {
  const imported = importMsDocs(markdown, { file, articleId: "fixture", locale });
  const extracted = extractArticle(imported.mdx, {
    file: `content/${imported.locale}/fixture.mdx`,
    locale: imported.locale,
    articleId: "fixture",
  });
  expect(extracted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { imported, extracted, codes: extracted.errors.flatMap((e) => e.codes) };
}

describe("error tables are read by their headers in any language", () => {
  it("reads German headers with one shared list of actions for several causes", () => {
    const { extracted, imported } = importFixture(
      [
        "# Fehler",
        "",
        "## Sicherung schlägt fehl",
        "",
        "| Fehlerdetails | Mögliche Ursachen | Empfohlene Aktionen |",
        "| --- | --- | --- |",
        "| Die Sicherung ist fehlgeschlagen. (ID: 4711) | <li>Der Datenträger ist voll.<li>Der Dienst läuft nicht. | <li>Platz schaffen.<li>Dienst neu starten. |",
        "",
      ].join("\n"),
    );
    const error = extracted.errors[0];
    expect(error?.codes).toEqual(["4711"]);
    expect(error?.causes.map((c) => c.title)).toEqual([
      "Der Datenträger ist voll.",
      "Der Dienst läuft nicht.",
    ]);
    const printed = imported.mdx.match(/Platz schaffen/g) ?? [];
    // One list for both causes once the format has `causes=`; until then each cause carries a copy.
    expect(printed).toHaveLength("causes" in COMPONENTS.Action.props ? 1 : 2);
  });

  it("reads a Japanese reference table of codes and messages as one error per row", () => {
    const { extracted } = importFixture(
      "# 参照\n\n## エラー\n\n| エラー コード | 説明 |\n| --- | --- |\n| 0x80070005 | アクセスが拒否されました。 |\n| 0x80070002 | ファイルが見つかりません。 |\n",
    );
    expect(extracted.errors.map((e) => [e.codes, e.message])).toEqual([
      [["0x80070005"], "アクセスが拒否されました。"],
      [["0x80070002"], "ファイルが見つかりません。"],
    ]);
  });

  it("finds the code column by its content when the header says nothing, and keeps other columns", () => {
    const { extracted } = importFixture(
      "# R\n\n## Codes\n\n| Valeur | Signification | Lien |\n| --- | --- | --- |\n|\tE1001 | Le disque est plein. | [Voir](https://example.com/e1001) |\n|\tE1002 | Le réseau est coupé. | |\n",
    );
    expect(extracted.errors.map((e) => e.codes)).toEqual([["E1001"], ["E1002"]]);
    expect(extracted.errors[0]?.message).toBe("Le disque est plein.");
  });

  it("does not take a table of named metrics for a table of codes", () => {
    const { extracted } = importFixture(
      "# R\n\n## Metrics\n\n| Metrics | Description |\n| --- | --- |\n| TotalTokenCalls | Calls made. |\n| BlockedCalls | Calls blocked. |\n",
    );
    expect(extracted.errors).toEqual([]);
  });
});

describe("one heading per error, with label lines and labelled parts in any language", () => {
  it("reads French labels written with a space before the colon", () => {
    const { extracted } = importFixture(
      "# F\n\n## Échec de la sauvegarde\n\n**Code d’erreur** : BackupFailedError <br>\n**Message d’erreur** : La sauvegarde a échoué.\n\nVérifiez le réseau.\n",
    );
    expect(extracted.errors[0]).toMatchObject({
      codes: ["BackupFailedError"],
      message: "La sauvegarde a échoué.",
    });
  });

  it("reads Russian label lines and a Polish step label", () => {
    const ru = importFixture(
      "# F\n\n## Сбой\n\nКод ошибки: DiskFullError\n\nСообщение об ошибке: Диск заполнен.\n",
    );
    expect(ru.extracted.errors[0]).toMatchObject({ codes: ["DiskFullError"], message: "Диск заполнен." });
    const pl = importFixture(
      "# F\n\n## Błąd\n\nKod błędu: QuotaExceededError\n\n**Krok 1**: Usuń stare pliki.\n",
    );
    expect(pl.extracted.errors[0]?.actions[0]?.steps[0]?.text).toContain("Usuń stare pliki.");
  });

  it("makes Spanish ### Causa / ### Solución sub-sections the error's cause and action", () => {
    const { extracted } = importFixture(
      "# F\n\n## “No se puede montar el recurso compartido”\n\n### Causa\n\nEl puerto 445 está bloqueado.\n\n### Solución\n\nAbra el puerto 445 en el firewall.\n",
    );
    const error = extracted.errors[0];
    expect(error?.causes[0]?.title).toBe("El puerto 445 está bloqueado.");
    expect(JSON.stringify(error)).toContain("Abra el puerto 445 en el firewall.");
    expect(error?.codes).toEqual([]);
  });

  it("reads Dutch bold labels in a coded section", () => {
    const { extracted } = importFixture(
      "# F\n\n## SyncTimeoutError - Synchronisatie mislukt\n\n**Oorzaak**\n\nDe server reageert niet.\n\n**Oplossing**\n\nStart de server opnieuw op.\n",
    );
    const error = extracted.errors[0];
    expect(error?.codes).toEqual(["SyncTimeoutError"]);
    expect(error?.causes[0]?.title).toBe("De server reageert niet.");
    expect(error?.actions[0]?.steps[0]?.text).toBe("Start de server opnieuw op.");
  });

  it("pulls a shared cause section that a 'Cause 1:' line links to into the error", () => {
    const { extracted } = importFixture(
      [
        "# F",
        "",
        "## AgentDownError - Agenten svarar inte",
        "",
        "**Felkod**: AgentDownError",
        "",
        "Gör så här:<br>",
        "**Orsak 1: [Agenten är gammal](#agenten-ar-gammal)**",
        "",
        "## Orsaker",
        "",
        "### Agenten är gammal",
        "",
        "Agenten har inte uppdaterats.",
        "",
        "#### Lösning",
        "",
        "1. Hämta den senaste agenten.",
        "2. Installera den.",
        "",
      ].join("\n"),
    );
    expect(extracted.errors).toHaveLength(1);
    expect(extracted.errors[0]?.causes[0]?.title).toBe("Agenten är gammal");
    expect(JSON.stringify(extracted.errors[0])).toContain("Hämta den senaste agenten.");
  });
});

describe("code headings, man-page headings, definition lists and lists of codes", () => {
  it("reads `ERR_X` headings with anchors, and not property headings", () => {
    const { codes } = importFixture(
      '# E\n\n## Codes\n\n<a id="ERR_DISK_FULL"></a>\n\n### `ERR_DISK_FULL`\n\nThe disk is full.\n\n### `error.code`\n\nA string.\n\n### `new Error(message[, options])`\n\nMakes one.\n',
    );
    expect(codes).toEqual(["ERR_DISK_FULL"]);
  });

  it("reads `NAME (value)` headings as two codes of one error", () => {
    const { extracted } = importFixture("# M\n\n## ENOSPC (28)\n\nNo space left on device.\n");
    expect(extracted.errors[0]?.codes).toEqual(["ENOSPC", "28"]);
  });

  it("reads a definition list: name, value line with decimal and hex, message", () => {
    const { extracted } = importFixture(
      [
        "# Codes",
        "",
        "**Note**",
        "",
        "Read this first.",
        "",
        "<dl> <dt>",
        "",
        '<span id="DEMO_BUSY"></span>**DEMO\\_BUSY**',
        "</dt> <dd> <dl> <dt>",
        "",
        "170 (0xAA)",
        "</dt> <dt>",
        "",
        "The resource is busy.",
        "",
        "</dt> </dl> </dd> <dt>",
        "",
        "**DEMO\\_GONE**",
        "</dt> <dd>",
        "",
        "171 (0xAB)",
        "",
        "The resource is gone. Try again later.",
        "",
        "</dd> </dl>",
        "",
      ].join("\n"),
    );
    expect(extracted.errors.map((e) => [e.codes, e.message])).toEqual([
      [["DEMO_BUSY", "170", "0xAA"], "The resource is busy."],
      [["DEMO_GONE", "171", "0xAB"], "The resource is gone. Try again later."],
    ]);
  });

  it("reads a bullet list of codes, and not a list of property names", () => {
    const { codes } = importFixture(
      "# S\n\n## System errors\n\n* `EBUSY` (Resource busy): The file is in use.\n* `ENOENT` (No such file): The path does not exist.\n\n## Object\n\n* `code`: A string.\n* `message`: A text.\n",
    );
    expect(codes).toEqual(["EBUSY", "ENOENT"]);
  });

  it("makes a heading-less compiler page one error tagged by its fences, and a page without a tag none", () => {
    const tagged = importFixture(
      "Borrowed twice.\n\n```compile_fail,E0999\nlet a = 1;\n```\n\nBorrow once.\n",
      "notes.md",
    );
    expect(tagged.extracted.errors[0]?.codes).toEqual(["E0999"]);
    const plain = importFixture("Some notes.\n\n```js\nconst x = 1;\n```\n", "notes.md");
    expect(plain.extracted.errors).toEqual([]);
  });
});

describe("codes inside messages, and incidental codes that are not errors", () => {
  it("reads codes printed in messages in several languages", () => {
    const { codes } = importFixture(
      "# F\n\n## A\n\n| Erreur | Action |\n| --- | --- |\n| Erreur 34001. Échec. | Réessayez. |\n\n## B\n\n| エラー | 推奨アクション |\n| --- | --- |\n| エラー 34002。 失敗しました | 再試行します。 |\n\n## “Mount error(113): No route” when mounting\n\n### Cause\n\nThe route is missing.\n",
    );
    expect(codes).toEqual(["34001", "34002", "113"]);
  });

  it("does not take codes from links, log samples, JSON examples, prose mentions or short numbers", () => {
    const { codes } = importFixture(
      [
        "---",
        "ms.assetid: 4022913",
        "---",
        "# F",
        "",
        "## Received error code 2 from the server",
        "",
        "See [KB4022913](https://support.example.com/kb/4022913) and the Event Viewer error 517.",
        "",
        "```plaintext",
        "fatal: The requested URL returned error: 302",
        "```",
        "",
        '```json\n{ "code": 403001 }\n```',
        "",
        "Unlike CloudQuotaReachedWithRetry, this one needs you to wait.",
        "",
      ].join("\n"),
    );
    expect(codes).toEqual([]);
  });

  it("reads a code named in prose as an error, and not a bold word after other words", () => {
    const hit = importFixture(
      "# F\n\n## Permissions\n\nIf you get the error **UserErrorNoAdminRights**, add the account.\n",
    );
    expect(hit.codes).toEqual(["UserErrorNoAdminRights"]);
    const miss = importFixture(
      "# F\n\n## Portal\n\nYou see an **InvalidDeploymentTemplate** error in the portal.\n",
    );
    expect(miss.codes).toEqual([]);
  });
});

describe("problems without codes", () => {
  it("makes failure headings among problems errors, and keeps navigation and how-to sections as text", () => {
    const { extracted } = importFixture(
      [
        "# Troubleshooting",
        "",
        "## Upload is slow",
        "",
        "Use a wired connection.",
        "",
        "## Sync fails after sign-in",
        "",
        "Sign out and sign in again.",
        "",
        "## Files are missing after restore",
        "",
        "Restore from the recycle bin.",
        "",
        "## Move your settings to a new computer",
        "",
        "Copy the settings folder.",
        "",
        "## Next steps",
        "",
        "Read the FAQ.",
        "",
      ].join("\n"),
    );
    expect(extracted.errors.map((e) => e.title)).toEqual([
      "Upload is slow",
      "Sync fails after sign-in",
      "Files are missing after restore",
    ]);
  });

  it("does not make a lone failure heading an error when its siblings are not problems", () => {
    const { extracted } = importFixture(
      "# Guide\n\n## Install\n\nRun setup.\n\n## Uninstall fails\n\nRun the cleaner.\n\n## Configure\n\nEdit the file.\n",
    );
    expect(extracted.errors).toEqual([]);
  });

  it("makes a procedure under a failure heading (any language) that failure's fix", () => {
    const { extracted } = importFixture(
      "# F\n\n## 復元\n\n### 回復ボリュームのマウントが失敗する\n\n次の手順に従ってください。\n\n1. マウントをキャンセルします。\n2. エージェントを更新します。\n",
    );
    expect(extracted.errors[0]?.title).toBe("回復ボリュームのマウントが失敗する");
    expect(extracted.errors[0]?.actions[0]?.steps.map((s) => s.text)).toEqual([
      "マウントをキャンセルします。",
      "エージェントを更新します。",
    ]);
  });
});

describe("the document's language", () => {
  it("reads any BCP-47 tag from the front matter or --locale and says when the portal does not serve it", () => {
    const fr = importMsDocs("---\nlang: fr-FR\n---\n# T\n\nTexte.\n", { file: "a.md" });
    expect(fr.language).toBe("fr-fr");
    const zh = importMsDocs("# T\n\nText.\n", { file: "a.md", locale: "ZH_hant" });
    expect(zh.language).toBe("zh-hant");
    if (fr.locale === "en")
      expect(fr.diagnostics.map((d) => d.message).join()).toMatch(/does not serve language fr-fr/);
  });

  it("says when a language has no vocabulary, and still imports by structure", () => {
    const result = importFixture(
      "# T\n\n## Eraro\n\n| Kodo | Priskribo |\n| --- | --- |\n| 0x8001 | Io malbonas. |\n| 0x8002 | Alio malbonas. |\n",
      "eo.md",
      "eo",
    );
    expect(result.imported.diagnostics.map((d) => d.message).join()).toMatch(/no vocabulary for language eo/);
    expect(result.codes).toEqual(["0x8001", "0x8002"]);
  });
});
