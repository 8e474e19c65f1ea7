/**
 * Code clashes: a code the query names that several errors carry (`112` is "disk full" in Windows and "Host is
 * down" in Azure Files). The rest of the query decides when it clearly favours one (CLASH_DECISION_RATIO), and
 * so does the visitor's product; otherwise the visitor chooses (the response groups the candidates by product).
 */
import { CLASH_DECISION_RATIO } from "./ranking";
import type { CodeHit } from "./resolve-codes";
import type { SearchIndex } from "./search-index";

interface ClashCandidate {
  doc: number;
  textScore: number;
  code?: CodeHit;
}

/** An undecided code and its candidates, in result order. */
export interface DetectedClash<T> {
  code: string;
  candidates: T[];
}

/**
 * The first code of the query (in result order) whose exact hits stay undecided, or undefined. `ordered` is the
 * ranked list; `contextProduct` a product key (see describeProductKey) that decides for its single candidate.
 */
export function detectCodeClash<T extends ClashCandidate>(
  index: SearchIndex,
  ordered: readonly T[],
  contextProduct?: string,
): DetectedClash<T> | undefined {
  const byCode = new Map<string, T[]>();
  for (const candidate of ordered) {
    if (candidate.code?.match !== "exact") continue;
    const list = byCode.get(candidate.code.typed);
    if (list) list.push(candidate);
    else byCode.set(candidate.code.typed, [candidate]);
  }
  for (const [code, candidates] of byCode) {
    if (candidates.length < 2) continue;
    const [first, second] = [...candidates].sort((a, b) => b.textScore - a.textScore);
    if (first!.textScore > 0 && first!.textScore >= CLASH_DECISION_RATIO * second!.textScore) continue;
    const productKey = (candidate: T) => index.products[index.productOf[candidate.doc]!]!.key;
    if (contextProduct && candidates.filter((c) => productKey(c) === contextProduct).length === 1) continue;
    return { code, candidates };
  }
  return undefined;
}
