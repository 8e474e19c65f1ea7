/**
 * Query expansion: each query word becomes a concept with weighted alternatives found in the index
 * vocabulary: the word itself, its å/ä/ö fold, compound splits and joins, a shared stem, or typo corrections.
 */
import { analyzeText, foldDiacritics, joinCompound, splitCompound, stemTerm } from "./analyze-text";
import { boundedEditDistance } from "./edit-distance";

import { SYNONYM_GROUPS } from "./synonyms";
import {
  ACRONYM_PART_WEIGHT,
  COMMON_TERM_MAX_DF_SHARE,
  COMMON_TERM_MIN_OTHER_TERMS,
  COMMON_TERM_MIN_RECORDS,
  COMPOUND_TERM_WEIGHT,
  SYNONYM_TERM_WEIGHT,
  EXACT_TERM_WEIGHT,
  FOLDED_TERM_WEIGHT,
  FUZZY_MAX_CANDIDATES,
  FUZZY_MAX_DISTANCE_SHORT,
  FUZZY_MIN_WORD_LENGTH,
  FUZZY_TERM_WEIGHT,
  FUZZY_TWO_EDITS_MIN_LENGTH,
  MAX_QUERY_TERMS,
  MIN_COMPOUND_PART_LENGTH,
  PHRASE_PAIR_WEIGHT,
  PREFIX_MAX_EXPANSIONS,
  PREFIX_MAX_QUERY_TERMS,
  PREFIX_MIN_LENGTH,
  PREFIX_TERM_WEIGHT,
  STEM_TERM_WEIGHT,
} from "./ranking";
import { findByPrefix } from "./prefix-match";
import {
  describePairTerm,
  describeTypoBucket,
  findPosting,
  inverseDocumentFrequency,
  type SearchIndex,
} from "./search-index";

/** One way to match a query word: index words that must all be present (several for a split compound). */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** A query word and the ways it can match. */
export interface Concept {
  term: string;
  alternatives: Alternative[];
  /** Inverse document frequency of its best alternative: how much matching it tells. */
  idf: number;
  /** A pair of adjacent query words: adds phrase evidence but does not count towards coverage. */
  pair?: boolean;
}

export interface ExpandedQuery {
  concepts: Concept[];
  /** Typo corrections made: typed word → index word. */
  corrections: Map<string, string>;
}

/** BM25 inverse document frequency of a word in the index. */
export function computeIdf(index: SearchIndex, term: string): number {
  return inverseDocumentFrequency(index, index.postings.get(term)?.docs.length ?? 0);
}

/** The fuzzy edit budget for a word of this length. */
export function maxTypoDistance(length: number): number {
  if (length < FUZZY_MIN_WORD_LENGTH) return 0;
  return length >= FUZZY_TWO_EDITS_MIN_LENGTH ? 2 : FUZZY_MAX_DISTANCE_SHORT;
}

/**
 * Index words within the typo budget of `term`, closest and most common first. Only words that start with the
 * same letter, or with its second letter (a swap of the first two), are tried: first letters are rarely mistyped,
 * and this keeps correction cheap in a vocabulary of hundreds of thousands of words.
 */
export function findCloseWords(
  index: SearchIndex,
  term: string,
  max = maxTypoDistance(term.length),
): string[] {
  if (max === 0) return [];
  const found: { word: string; distance: number; df: number }[] = [];
  const firstLetters = [...new Set([term[0]!, term[1] ?? term[0]!])];
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const first of firstLetters) {
      for (const word of index.wordsByLength.get(describeTypoBucket(first, length)) ?? []) {
        const distance = boundedEditDistance(term, word, max);
        if (distance <= max) found.push({ word, distance, df: index.postings.get(word)?.docs.length ?? 0 });
      }
    }
  }
  found.sort((a, b) => a.distance - b.distance || b.df - a.df || (a.word < b.word ? -1 : 1));
  return found.slice(0, FUZZY_MAX_CANDIDATES).map((entry) => entry.word);
}

/**
 * Catalog words that start with a word still being typed, the most common first (`säkerhetskop` →
 * `säkerhetskopiering`). Typed without å/ä/ö, the completion also weighs as a fold. None for a catalog word.
 */
export function findPrefixWords(index: SearchIndex, term: string): Alternative[] {
  if (term.length < PREFIX_MIN_LENGTH || index.postings.has(term)) return [];
  const found = findByPrefix(index.wordPrefixes, foldDiacritics(term)).map(({ value: word }) => ({
    word,
    df: index.postings.get(word)?.docs.length ?? 0,
  }));
  found.sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1));
  return found.slice(0, PREFIX_MAX_EXPANSIONS).map(({ word }) => ({
    terms: [word],
    weight: word.startsWith(term) ? PREFIX_TERM_WEIGHT : PREFIX_TERM_WEIGHT * FOLDED_TERM_WEIGHT,
  }));
}

function addAlternative(list: Alternative[], terms: string[], weight: number): void {
  const key = terms.join(" ");
  const existing = list.find((alternative) => alternative.terms.join(" ") === key);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else list.push({ terms, weight });
}

function expandWord(index: SearchIndex, term: string): Alternative[] {
  const isKnown = (word: string) => index.postings.has(word);
  const alternatives: Alternative[] = [];
  if (isKnown(term)) addAlternative(alternatives, [term], EXACT_TERM_WEIGHT);
  const folded = foldDiacritics(term);
  if (folded !== term && isKnown(folded)) addAlternative(alternatives, [folded], FOLDED_TERM_WEIGHT);
  for (const word of index.foldMap.get(folded) ?? []) {
    if (word !== term) addAlternative(alternatives, [word], FOLDED_TERM_WEIGHT);
  }
  for (const word of index.stemMap.get(stemTerm(folded)) ?? []) {
    if (word !== term) addAlternative(alternatives, [word], STEM_TERM_WEIGHT);
  }
  // A word that is only part of an acronym run in a code (`po` of `SQLPO`) reaches the run.
  if (!isKnown(term)) {
    for (const run of index.acronymParts.get(term) ?? [])
      addAlternative(alternatives, [run], ACRONYM_PART_WEIGHT);
  }
  if (term.length >= MIN_COMPOUND_PART_LENGTH * 2) {
    const exactParts = splitCompound(term, (word) => (isKnown(word) ? word : undefined));
    if (exactParts) addAlternative(alternatives, exactParts, COMPOUND_TERM_WEIGHT);
    // Typed without å/ä/ö: parts resolve through the fold map and weigh as both a split and a fold.
    const foldedParts = exactParts
      ? undefined
      : splitCompound(folded, (word) => (isKnown(word) ? word : index.foldMap.get(word)?.[0]));
    if (foldedParts) addAlternative(alternatives, foldedParts, COMPOUND_TERM_WEIGHT * FOLDED_TERM_WEIGHT);
  }
  return alternatives;
}

function addJoinAlternatives(index: SearchIndex, terms: string[], alternatives: Alternative[][]): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    for (const joined of joinCompound(terms[i]!, terms[i + 1]!)) {
      if (!index.postings.has(joined)) continue;
      addAlternative(alternatives[i]!, [joined], COMPOUND_TERM_WEIGHT);
      addAlternative(alternatives[i + 1]!, [joined], COMPOUND_TERM_WEIGHT);
    }
  }
}

const SYNONYM_PHRASES = SYNONYM_GROUPS.map((group) => group.map((phrase) => analyzeText(phrase)));

/** Where a synonym phrase occurs in the query, every word of it may also match the group's other phrases. */
function addSynonymAlternatives(index: SearchIndex, terms: string[], alternatives: Alternative[][]): void {
  for (const group of SYNONYM_PHRASES) {
    for (const phrase of group) {
      for (let start = 0; start + phrase.length <= terms.length; start++) {
        if (!phrase.every((word, offset) => terms[start + offset] === word)) continue;
        for (const other of group) {
          if (other === phrase || !other.every((word) => index.postings.has(word))) continue;
          for (let offset = 0; offset < phrase.length; offset++)
            addAlternative(alternatives[start + offset]!, other, SYNONYM_TERM_WEIGHT);
        }
      }
    }
  }
}

const MAX_PAIR_SIDE_ALTERNATIVES = 3;

/** Phrase concepts: adjacent query positions whose single-word alternatives occur as an indexed pair. */
function buildPairConcepts(index: SearchIndex, terms: string[], alternatives: Alternative[][]): Concept[] {
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const singles = (list: Alternative[]) =>
    list
      .filter((alternative) => alternative.terms.length === 1)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_PAIR_SIDE_ALTERNATIVES);
  for (let i = 0; i + 1 < terms.length; i++) {
    const pairAlternatives: Alternative[] = [];
    for (const left of singles(alternatives[i]!)) {
      for (const right of singles(alternatives[i + 1]!)) {
        const pair = describePairTerm(left.terms[0]!, right.terms[0]!);
        if (findPosting(index, pair))
          addAlternative(pairAlternatives, [pair], PHRASE_PAIR_WEIGHT * left.weight * right.weight);
      }
    }
    const key = describePairTerm(terms[i]!, terms[i + 1]!);
    if (pairAlternatives.length === 0 || seen.has(key)) continue;
    seen.add(key);
    concepts.push({ term: key, alternatives: pairAlternatives, idf: 0, pair: true });
  }
  return concepts;
}

/** Drops words found almost everywhere from long queries (see COMMON_TERM_MAX_DF_SHARE). */
export function dropCommonConcepts(index: SearchIndex, concepts: Concept[]): Concept[] {
  if (index.records.length < COMMON_TERM_MIN_RECORDS) return concepts;
  const maxDf = COMMON_TERM_MAX_DF_SHARE * index.records.length;
  const isCommon = (concept: Concept) =>
    concept.alternatives.every((alternative) =>
      alternative.terms.some((term) => (findPosting(index, term)?.docs.length ?? 0) > maxDf),
    );
  const rare = concepts.filter((concept) => !isCommon(concept));
  return rare.length >= COMMON_TERM_MIN_OTHER_TERMS ? rare : concepts;
}

function computeConceptIdf(index: SearchIndex, alternatives: Alternative[]): number {
  let best = 0;
  for (const alternative of alternatives) {
    const idfs = alternative.terms.map((term) => computeIdf(index, term));
    best = Math.max(best, idfs.reduce((sum, idf) => sum + idf, 0) / idfs.length);
  }
  return best;
}

/** Expands the query words (in order, duplicates allowed) into at most `MAX_QUERY_TERMS` concepts. */
export function expandQuery(index: SearchIndex, terms: string[]): ExpandedQuery {
  const alternatives = terms.map((term) => expandWord(index, term));
  addJoinAlternatives(index, terms, alternatives);
  addSynonymAlternatives(index, terms, alternatives);
  const corrections = new Map<string, string>();
  const byTerm = new Map<string, Concept>();
  terms.forEach((term, position) => {
    const list = alternatives[position]!;
    const matchedAsTyped = list.length > 0;
    const beingTyped = position === terms.length - 1 && terms.length <= PREFIX_MAX_QUERY_TERMS;
    const completions = beingTyped ? findPrefixWords(index, term) : [];
    for (const completion of completions) addAlternative(list, completion.terms, completion.weight);
    if (!matchedAsTyped) {
      for (const word of findCloseWords(index, term)) {
        addAlternative(list, [word], FUZZY_TERM_WEIGHT);
        // A word being completed is not reported as corrected: the typing is not wrong, only unfinished.
        if (completions.length === 0 && !corrections.has(term)) corrections.set(term, word);
      }
    }
    const concept = byTerm.get(term);
    if (concept)
      for (const alternative of list)
        addAlternative(concept.alternatives, alternative.terms, alternative.weight);
    else byTerm.set(term, { term, alternatives: list, idf: 0 });
  });
  let concepts = [...byTerm.values()].filter((concept) => concept.alternatives.length > 0);
  for (const concept of concepts) concept.idf = computeConceptIdf(index, concept.alternatives);
  concepts = dropCommonConcepts(index, concepts);
  if (concepts.length > MAX_QUERY_TERMS) {
    concepts.sort((a, b) => b.idf - a.idf || (a.term < b.term ? -1 : 1));
    concepts.length = MAX_QUERY_TERMS;
  }
  const pairs = dropCommonConcepts(index, buildPairConcepts(index, terms, alternatives)).slice(
    0,
    MAX_QUERY_TERMS,
  );
  return { concepts: [...concepts, ...pairs], corrections };
}
