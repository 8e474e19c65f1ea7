/** Reads one content file as UTF-8 text, turning unreadable, binary, non-UTF-8 and empty files into diagnostics. */
import { readFile } from "node:fs/promises";
import type { Diagnostic } from "@/lib/schema/entities";

export type ContentFileText =
  { text: string; diagnostics: [] } | { text?: undefined; diagnostics: Diagnostic[] };

/** `file` is the path shown in diagnostics; `absolutePath` is where it is read from. */
export async function readContentFile(absolutePath: string, file: string): Promise<ContentFileText> {
  const problem = (message: string): ContentFileText => ({
    diagnostics: [{ file, line: 1, column: 1, severity: "error", message }],
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return problem(`cannot read the file (${code}): check that it exists and is readable`);
  }
  return decodeContent(bytes, file);
}

/** Decodes file bytes; exported for tests that build content in memory. */
export function decodeContent(bytes: Uint8Array, file: string): ContentFileText {
  const problem = (message: string): ContentFileText => ({
    diagnostics: [{ file, line: 1, column: 1, severity: "error", message }],
  });
  // A NUL byte never occurs in text; it marks an image or archive saved with a .mdx name.
  if (bytes.includes(0))
    return problem("this is a binary file, not MDX text: save the article as UTF-8 text or remove the file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return problem("the file is not valid UTF-8: save it with UTF-8 encoding");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return problem(
      "the file is empty: an article needs front matter (title, description, product, updated) and a body",
    );
  }
  return { text, diagnostics: [] };
}
