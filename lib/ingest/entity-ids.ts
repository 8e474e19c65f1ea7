// Stable ids for causes and actions, derived from their content so that re-importing, reordering or editing a
// neighbour leaves them unchanged. Placeholder until the entity model's own derivation lands on main; the
// importer calls only these two functions, so switching is one import.
import { normalizeId } from "./make-id";

const MAX_WORDS = 8;

/** FNV-1a of a text as 6 base-36 characters: short, stable, and the same in every runtime. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(6, "0").slice(-6);
}

function wordsId(text: string): string {
  return normalizeId(text.split(/\s+/).slice(0, MAX_WORDS).join(" "));
}

/** Id of a cause from its title, e.g. `the-kek-file-is-missing`; non-Latin titles get `cause-<hash>`. */
export function deriveCauseId(title: string): string {
  return wordsId(title) || `cause-${shortHash(title)}`;
}

/** Id of an action from the plain text of its steps, e.g. `fix-1k3x9a`. */
export function deriveActionId(stepsText: string): string {
  return `fix-${shortHash(stepsText)}`;
}

/** Ids taken within one error; repeats get `-2`, `-3`… (the next suffix is remembered, so many repeats stay cheap). */
export class IdClaims {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  claim(id: string): string {
    let unique = id;
    let n = this.next.get(id) ?? 2;
    while (this.taken.has(unique)) unique = `${id}-${n++}`;
    this.next.set(id, n);
    this.taken.add(unique);
    return unique;
  }
}
