// Turns raw input (bytes or text) into clean LF text, reporting empty, binary and badly encoded files.
import { DiagnosticSink } from "./diagnostic";

export interface DecodedInput {
  /** The text with BOM removed and CRLF/CR line ends turned into LF; empty when the input is unusable. */
  text: string;
  /** False when nothing can be imported (empty or binary input). */
  usable: boolean;
}

const REPLACEMENT = "\uFFFD";

/** Decodes the input, reporting problems to `sink`; never throws. */
export function decodeInput(input: string | Uint8Array, sink: DiagnosticSink): DecodedInput {
  const raw = typeof input === "string" ? input : decodeBytes(input, sink);
  if (raw.includes("\u0000")) {
    sink.report(
      locate(raw, raw.indexOf("\u0000")),
      "error",
      "binary file (NUL byte found): import a Markdown text file instead",
    );
    return { text: "", usable: false };
  }
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    sink.report(
      undefined,
      "error",
      "empty file: there is nothing to import; add Markdown content or remove the file",
    );
    return { text: "", usable: false };
  }
  return { text, usable: true };
}

function decodeBytes(bytes: Uint8Array, sink: DiagnosticSink): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const at = text.indexOf(REPLACEMENT);
    sink.report(
      locate(text, Math.max(0, at)),
      "warning",
      "invalid UTF-8: undecodable bytes were replaced with U+FFFD; save the file as UTF-8 and import it again",
    );
    return text;
  }
}

/** 1-based line and column of a character offset. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
