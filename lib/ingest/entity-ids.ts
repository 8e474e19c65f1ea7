// Ids the importer writes for causes and actions: the entity model's own derivation from content
// (lib/content/entity-ids.ts), so re-importing, reordering or editing a neighbour leaves them unchanged.
// Only the claiming of repeats differs: a document may repeat one title thousands of times, so the next
// free suffix is remembered instead of counted up from 2 each time.
export { deriveActionId, deriveCauseId } from "../content/entity-ids";

/** Ids taken within one error; repeats get `-2`, `-3`…, as `claimEntityId` names them. */
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
