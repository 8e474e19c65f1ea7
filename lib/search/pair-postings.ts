/**
 * Compact postings of adjacent word pairs (phrase evidence): a catalog has about as many distinct pairs as it
 * has title and message words, so instead of one map entry and two arrays per pair, every pair lives in four
 * flat typed arrays keyed by a 32-bit hash of the pair, sorted once with a native sort.
 */

/** Pair postings in compressed-row form: `docs[offsets[k]…offsets[k+1]]` hold the pair hashed to `keys[k]`. */
export interface PairPostings {
  keys: Uint32Array;
  offsets: Uint32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/** Pair occurrences collected while records are indexed, in ascending record order. */
export interface PairCollector {
  hashes: number[];
  docs: number[];
  weights: number[];
}

/**
 * 32-bit FNV-1a of `left`, a space and `right`, with a final avalanche (murmur3 fmix32). Two pairs that share a
 * hash (about one pair in a thousand at a million distinct pairs) only share phrase evidence, which never makes
 * a record match on its own: pairs do not count towards coverage.
 */
export function hashPair(left: string, right: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < left.length; i++) hash = Math.imul(hash ^ left.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 0x20, 0x01000193);
  for (let i = 0; i < right.length; i++) hash = Math.imul(hash ^ right.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function createPairCollector(): PairCollector {
  return { hashes: [], docs: [], weights: [] };
}

/** Adds one record's pairs (hash → field-weighted count); records must be added in ascending order. */
export function collectPairs(collector: PairCollector, doc: number, pairs: Map<number, number>): void {
  for (const [hash, weight] of pairs) {
    collector.hashes.push(hash);
    collector.docs.push(doc);
    collector.weights.push(weight);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Sorts the collected occurrences by hash. Each is packed into one 64-bit integer (hash high, occurrence number
 * low) so the engine's native typed-array sort does the work; the occurrence number keeps records ascending.
 */
export function buildPairPostings(collector: PairCollector): PairPostings {
  const count = collector.hashes.length;
  const packed = new BigUint64Array(count);
  const halves = new Uint32Array(packed.buffer);
  const [low, high] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  for (let i = 0; i < count; i++) {
    halves[2 * i + low] = i;
    halves[2 * i + high] = collector.hashes[i]!;
  }
  packed.sort();
  const keys: number[] = [];
  const offsets: number[] = [];
  const docs = new Int32Array(count);
  const weights = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    const occurrence = halves[2 * k + low]!;
    const hash = halves[2 * k + high]!;
    if (keys.length === 0 || keys[keys.length - 1] !== hash) {
      keys.push(hash);
      offsets.push(k);
    }
    docs[k] = collector.docs[occurrence]!;
    weights[k] = collector.weights[occurrence]!;
  }
  offsets.push(count);
  return { keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), docs, weights };
}

/** The records holding the pair (views into the shared arrays), or undefined when none does. */
export function findPairPosting(
  pairs: PairPostings,
  hash: number,
): { docs: Int32Array; weights: Float32Array } | undefined {
  let lowIndex = 0;
  let highIndex = pairs.keys.length - 1;
  while (lowIndex <= highIndex) {
    const middle = (lowIndex + highIndex) >> 1;
    const key = pairs.keys[middle]!;
    if (key === hash) {
      const start = pairs.offsets[middle]!;
      const end = pairs.offsets[middle + 1]!;
      return { docs: pairs.docs.subarray(start, end), weights: pairs.weights.subarray(start, end) };
    }
    if (key < hash) lowIndex = middle + 1;
    else highIndex = middle - 1;
  }
  return undefined;
}
