/**
 * The pieces of a code between which a line may break, so a long code wraps at a word of its name rather than
 * mid-word: `SalChecksumStoreInitializationFailed` → `Sal|Checksum|Store|Initialization|Failed`,
 * `ERROR_DISK_FULL` → `ERROR_|DISK_|FULL`. Joined, the pieces are the code exactly.
 */
export function splitCodeAtWords(code: string): string[] {
  return code.split(/(?<=[a-z])(?=[A-Z])|(?<=[_\-./])(?=.)/);
}
