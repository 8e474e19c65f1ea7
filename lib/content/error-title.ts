/**
 * Titles of errors. A heading that is only the error's code (`SalLowDiskSpace`, `0x1FC07`) says nothing a
 * reader can recognise and repeats the code badge next to it ("SalLowDiskSpace SalLowDiskSpace" in search
 * results); the message's first sentence is the real title. Used where titles are made (the importer) and
 * by `fixpath check` on authored content.
 */
import type { Diagnostic, ErrorEntry } from "@/lib/schema/entities";

/** Longest derived title; a longer first sentence is cut at a word with an ellipsis. */
export const MAX_DERIVED_TITLE_CHARS = 90;

/** Whether `title` is nothing but one or more of `codes` (in any case, separated by commas or spaces). */
export function isCodeOnlyTitle(title: string, codes: readonly string[]): boolean {
  const known = new Set(codes.map((code) => code.toLowerCase()));
  const words = title.split(/[\s,;/]+/).filter(Boolean);
  return (
    words.length > 0 && words.every((word) => known.has(word.replace(/^[[(]|[\])]$/g, "").toLowerCase()))
  );
}

/**
 * A title from the message: its first sentence that says something besides codes, without the codes'
 * wrappers (`(ID: 34513)`, `[0x1FC07]`, `Error 34506.`), ending without a full stop. Empty when the
 * message has no such sentence.
 */
export function titleFromMessage(message: string, codes: readonly string[]): string {
  const sentences = message
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => stripCodes(sentence, codes));
  const first = sentences.find((sentence) => (sentence.match(/\p{L}{2,}/gu) ?? []).length >= 2) ?? "";
  const trimmed = first.replace(/[\s.:;,]+$/, "");
  return shorten(trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1));
}

/** The title to use: `heading` unless it is only codes and the message gives a better one. */
export function chooseErrorTitle(heading: string, codes: readonly string[], message: string): string {
  if (!isCodeOnlyTitle(heading, codes)) return heading;
  return titleFromMessage(message, codes) || heading;
}

function stripCodes(sentence: string, codes: readonly string[]): string {
  let text = sentence;
  for (const code of codes) {
    const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The code with what usually wraps it: brackets or an "ID:" label. A sentence left with one word
    // ("Error 34506." → "Error .") is skipped by the caller as saying nothing.
    text = text.replace(new RegExp(String.raw`[([]?\s*(?:\p{L}+:\s*)?${escaped}\s*[)\]]?`, "giu"), " ");
  }
  return text.replace(/\s+/g, " ").trim();
}

function shorten(text: string): string {
  if (text.length <= MAX_DERIVED_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_DERIVED_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_DERIVED_TITLE_CHARS * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Warns about errors whose title is only their code, suggesting one from the message. */
export function checkErrorTitles(errors: readonly ErrorEntry[]): Diagnostic[] {
  return errors
    .filter((error) => isCodeOnlyTitle(error.title, error.codes))
    .map((error) => {
      const suggestion = titleFromMessage(error.message, error.codes);
      return {
        ...error.source,
        severity: "warning" as const,
        message: `error "${error.id}" has only its code as its title, which readers see twice (as the title and as the code): give it a title from its message${suggestion ? `, e.g. title="${suggestion}"` : ""}`,
      };
    });
}
