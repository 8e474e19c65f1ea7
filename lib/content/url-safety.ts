/**
 * The one rule for URLs that could run code when a reader clicks or loads them, shared by the importer (which
 * removes such links) and `check` (which rejects them). A browser decodes character references and ignores
 * whitespace and control characters inside a scheme (`jav&#x09;ascript:`, `java\nscript:`), so the scheme is
 * read the way the browser reads it before it is compared.
 */
import { decodeNamedCharacterReference } from "decode-named-character-reference";

/** Schemes that run script or smuggle a whole document: `javascript:`, `vbscript:`, `data:`. */
const SCRIPT_CAPABLE_SCHEMES = new Set(["javascript", "vbscript", "data"]);

/** `&#106;` `&#x6A;` `&colon;` `&Tab;` (the `;` is optional in browsers for numeric references). */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));?/g;

/** Whitespace, C0/C1 controls and invisible format characters, which browsers skip or readers cannot see. */
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

/** Decodes HTML character references; unknown names stay as written. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded;
    }
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/**
 * The script-capable scheme `url` uses (`"javascript"`), after decoding character references and dropping
 * whitespace and control characters; undefined for a safe URL (https:, mailto:, a path, an anchor).
 */
export function scriptCapableScheme(url: string): string | undefined {
  const decoded = decodeCharacterReferences(url).replace(IGNORED_IN_SCHEME, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1]?.toLowerCase();
  return scheme && SCRIPT_CAPABLE_SCHEMES.has(scheme) ? scheme : undefined;
}
