/**
 * The search index: one record per searchable entity (error, flow, section, article) in each locale, an
 * inverted index of exact words with field-weighted frequencies, an exact code index, and vocabulary maps
 * (folded, stemmed, by length) that let the query side reach split compounds, missing diacritics and typos
 * without storing extra postings. Serialises to the records alone; loading rebuilds the rest.
 */
import type { Catalog, ErrorEntry, Flow, Locale } from "../schema/entities";
import { analyzeText, foldDiacritics, stemTerm } from "./analyze-text";
import { normalizeCode, parseNumericCode, type CodeKey } from "./normalize-code";
import {
  buildPairPostings,
  collectPairs,
  createPairCollector,
  findPairPosting,
  hashPair,
  type PairPostings,
} from "./pair-postings";
import { buildPrefixList, type PrefixList } from "./prefix-match";
import { FIELD_WEIGHTS, PHRASE_FIELDS, type FieldName } from "./ranking";
import type { SearchResultKind } from "./search-types";

/** One searchable entity in one locale: what is indexed and what a result shows. */
export interface IndexRecord {
  kind: SearchResultKind;
  id: string;
  locale: Locale;
  article: string;
  title: string;
  codes: string[];
  url: string;
  /** Text shown under the title (an error's message). */
  snippet: string;
  /** Text in which adjacent query words earn the phrase bonus (title and message). */
  phrase: string;
  /** Searchable text per field. */
  fields: Partial<Record<FieldName, string>>;
}

/** Postings of one word: record numbers in ascending order and their field-weighted frequencies. */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
}

/** A code as printed, with the errors that carry it, for suggestions and fuzzy code matching. */
export interface CodeEntry {
  code: string;
  lower: string;
  symbolic: boolean;
  docs: number[];
}

export interface SearchIndex {
  records: IndexRecord[];
  /** Postings of single words. */
  postings: Map<string, Posting>;
  /** Postings of adjacent word pairs of titles and messages (see PHRASE_FIELDS), reached through `findPosting`. */
  pairs: PairPostings;
  docLengths: Float32Array;
  averageDocLength: number;
  codeIndex: Map<CodeKey, number[]>;
  codeList: CodeEntry[];
  /** Folded spelling (`sakerhet`) → index words with that folding (`säkerhet`). */
  foldMap: Map<string, string[]>;
  /** Light stem of the folded word → index words with that stem (so stems meet with or without å/ä/ö). */
  stemMap: Map<string, string[]>;
  /** Words without digits by first letter and length (`s:9`), for typo correction. */
  wordsByLength: Map<string, string[]>;
  /** Every word by its å/ä/ö-folded spelling, sorted, for as-you-type word completion. */
  wordPrefixes: PrefixList<string>;
  /** Every code by its typed form (`sallowdiskspace`, `34513`, `0x1fc07` and `130055`), sorted, for code completion. */
  codePrefixes: PrefixList<CodeEntry>;
  errorCount: number;
  /** Entity key (`kind/article/id`) → its records in every locale. */
  entityVersions: Map<string, number[]>;
}

/** The key that is the same for an entity in every locale. */
export function describeEntityKey(record: IndexRecord): string {
  return `${record.kind}/${record.article}/${record.id}`;
}

/** The compact, JSON-safe form shipped to the browser: records only. */
export interface SerializedSearchIndex {
  version: 1;
  records: IndexRecord[];
}

function joinText(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join("\n");
}

function describeErrorRecord(error: ErrorEntry): IndexRecord {
  const causeText = joinText(error.causes.flatMap((cause) => [cause.title, cause.explanation]));
  // Fix text the importer could not structure (the body) is fix text all the same: it counts like steps.
  const stepText = joinText([
    ...error.actions.flatMap((action) => action.steps.flatMap((step) => [step.text, ...step.commands])),
    error.body?.text,
  ]);
  return {
    kind: "error",
    id: error.id,
    locale: error.locale,
    article: error.article,
    title: error.title,
    codes: error.codes,
    url: `/${error.locale}/errors/${error.id}`,
    snippet: error.message || error.causes[0]?.title || error.body?.text.split("\n")[0] || "",
    phrase: joinText([error.title, error.message]),
    fields: {
      title: error.title,
      codes: error.codes.join(" "),
      message: error.message,
      cause: causeText,
      step: stepText,
    },
  };
}

function describeFlowRecord(flow: Flow): IndexRecord {
  const stepText = joinText(flow.steps.flatMap((step) => [step.text, step.question, ...step.commands]));
  return {
    kind: "flow",
    id: flow.id,
    locale: flow.locale,
    article: flow.article,
    title: flow.title,
    codes: [],
    url: `/${flow.locale}/flows/${flow.id}`,
    snippet: flow.intro || flow.steps[0]?.text || "",
    phrase: joinText([flow.title, flow.intro]),
    fields: { title: flow.title, intro: flow.intro, step: stepText },
  };
}

/** Turns a catalog into index records. Sections that are also an error or a flow are left out: the entity covers them. */
export function describeCatalogRecords(catalog: Catalog): IndexRecord[] {
  const records: IndexRecord[] = [];
  const entityIds = new Set(
    [...catalog.errors, ...catalog.flows].map((entity) => `${entity.locale}/${entity.article}/${entity.id}`),
  );
  records.push(...catalog.errors.map(describeErrorRecord), ...catalog.flows.map(describeFlowRecord));
  for (const article of catalog.articles) {
    for (const entry of article.toc) {
      if (entityIds.has(`${article.locale}/${article.id}/${entry.id}`)) continue;
      records.push({
        kind: "section",
        id: entry.id,
        locale: article.locale,
        article: article.id,
        title: entry.title,
        codes: [],
        url: `/${article.locale}/articles/${article.id}#${entry.id}`,
        snippet: entry.text,
        phrase: joinText([entry.title, entry.text.slice(0, 600)]),
        fields: { title: entry.title, body: entry.text },
      });
    }
    records.push({
      kind: "article",
      id: article.id,
      locale: article.locale,
      article: article.id,
      title: article.title,
      codes: [],
      url: `/${article.locale}/articles/${article.id}`,
      snippet: article.description,
      phrase: joinText([article.title, article.description]),
      fields: { title: article.title, intro: article.description },
    });
  }
  return records;
}

function countWeightedTerms(record: IndexRecord): {
  counts: Map<string, number>;
  pairs: Map<number, number>;
  length: number;
} {
  const counts = new Map<string, number>();
  const pairs = new Map<number, number>();
  let length = 0;
  for (const [field, text] of Object.entries(record.fields) as [FieldName, string | undefined][]) {
    if (!text) continue;
    const weight = FIELD_WEIGHTS[field];
    const terms = analyzeText(text);
    for (const term of terms) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      length += weight;
    }
    if (!PHRASE_FIELDS.includes(field)) continue;
    for (let i = 0; i + 1 < terms.length; i++) {
      const pair = hashPair(terms[i]!, terms[i + 1]!);
      pairs.set(pair, (pairs.get(pair) ?? 0) + weight);
    }
  }
  return { counts, pairs, length };
}

/** The index term of two adjacent words (a space never occurs inside a word term). */
export function describePairTerm(left: string, right: string): string {
  return `${left} ${right}`;
}

/** The postings of a word or of a pair term (`describePairTerm`), or undefined when no record has it. */
export function findPosting(index: SearchIndex, term: string): Posting | undefined {
  const space = term.indexOf(" ");
  if (space < 0) return index.postings.get(term);
  return findPairPosting(index.pairs, hashPair(term.slice(0, space), term.slice(space + 1)));
}

/** The typo-correction bucket of words starting with `first` and `length` long. */
export function describeTypoBucket(first: string, length: number): string {
  return `${first}:${length}`;
}

function addToListMap(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildVocabularyMaps(
  terms: Iterable<string>,
): Pick<SearchIndex, "foldMap" | "stemMap" | "wordsByLength" | "wordPrefixes"> {
  const foldMap = new Map<string, string[]>();
  const stemMap = new Map<string, string[]>();
  const wordsByLength = new Map<string, string[]>();
  const prefixPairs: [string, string][] = [];
  for (const term of terms) {
    if (term.includes(" ")) continue;
    const folded = foldDiacritics(term);
    prefixPairs.push([folded, term]);
    if (folded !== term) addToListMap(foldMap, folded, term);
    addToListMap(stemMap, stemTerm(folded), term);
    if (!/\p{N}/u.test(term)) addToListMap(wordsByLength, describeTypoBucket(term[0]!, term.length), term);
  }
  return { foldMap, stemMap, wordsByLength, wordPrefixes: buildPrefixList(prefixPairs) };
}

function buildCodeIndex(
  records: readonly IndexRecord[],
): Pick<SearchIndex, "codeIndex" | "codeList" | "codePrefixes"> {
  const codeIndex = new Map<CodeKey, number[]>();
  const byCode = new Map<string, CodeEntry>();
  records.forEach((record, doc) => {
    for (const code of record.codes) {
      for (const key of normalizeCode(code)) {
        const docs = codeIndex.get(key);
        if (!docs) codeIndex.set(key, [doc]);
        else if (docs.at(-1) !== doc) docs.push(doc);
      }
      const entry = byCode.get(code) ?? {
        code,
        lower: code.toLowerCase(),
        symbolic: /[g-z]/i.test(code),
        docs: [],
      };
      entry.docs.push(doc);
      byCode.set(code, entry);
    }
  });
  const codeList = [...byCode.values()];
  return { codeIndex, codeList, codePrefixes: buildPrefixList(codeList.flatMap(describeTypedCodeForms)) };
}

/** The forms a code is typed in, letters and digits only: `SalLowDiskSpace` → `sallowdiskspace`; `0x1FC07` → `0x1fc07`, `130055`. */
function describeTypedCodeForms(entry: CodeEntry): [string, CodeEntry][] {
  const numeric = parseNumericCode(entry.lower);
  if (!numeric) return [[entry.lower.replace(/[^\p{L}\p{N}]+/gu, ""), entry]];
  const decimal = String(numeric.value);
  return decimal === entry.lower
    ? [[decimal, entry]]
    : [
        [entry.lower, entry],
        [decimal, entry],
      ];
}

/** Groups occurrences (in ascending record order) into per-term postings: views of two shared typed arrays. */
function groupPostings(
  termIds: Map<string, number>,
  terms: readonly number[],
  docs: readonly number[],
  weights: readonly number[],
): Map<string, Posting> {
  const starts = new Int32Array(termIds.size + 1);
  for (const term of terms) starts[term + 1]!++;
  for (let id = 0; id < termIds.size; id++) starts[id + 1]! += starts[id]!;
  const next = starts.slice(0, termIds.size);
  const allDocs = new Int32Array(terms.length);
  const allWeights = new Float32Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const at = next[terms[i]!]!++;
    allDocs[at] = docs[i]!;
    allWeights[at] = weights[i]!;
  }
  const postings = new Map<string, Posting>();
  for (const [term, id] of termIds) {
    const start = starts[id]!;
    const end = starts[id + 1]!;
    postings.set(term, { docs: allDocs.subarray(start, end), weights: allWeights.subarray(start, end) });
  }
  return postings;
}

/** Builds the index from records (the catalog's, or those of a serialized index). */
export function buildIndexFromRecords(records: IndexRecord[]): SearchIndex {
  // Occurrences are collected flat (term number, record, weight) and grouped per term with a counting sort into
  // two shared typed arrays: no growing array per term, which at 100,000 records was most of the build time.
  const termIds = new Map<string, number>();
  const occurrenceTerms: number[] = [];
  const occurrenceDocs: number[] = [];
  const occurrenceWeights: number[] = [];
  const pairCollector = createPairCollector();
  const docLengths = new Float32Array(records.length);
  let totalLength = 0;
  records.forEach((record, doc) => {
    const { counts, pairs, length } = countWeightedTerms(record);
    collectPairs(pairCollector, doc, pairs);
    docLengths[doc] = length;
    totalLength += length;
    for (const [term, weight] of counts) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      occurrenceTerms.push(id);
      occurrenceDocs.push(doc);
      occurrenceWeights.push(weight);
    }
  });
  const postings = groupPostings(termIds, occurrenceTerms, occurrenceDocs, occurrenceWeights);
  const entityVersions = new Map<string, number[]>();
  records.forEach((record, doc) => {
    const key = describeEntityKey(record);
    entityVersions.set(key, [...(entityVersions.get(key) ?? []), doc]);
  });
  return {
    records,
    postings,
    pairs: buildPairPostings(pairCollector),
    docLengths,
    averageDocLength: records.length ? totalLength / records.length : 1,
    ...buildCodeIndex(records),
    ...buildVocabularyMaps(postings.keys()),
    errorCount: records.filter((record) => record.kind === "error").length,
    entityVersions,
  };
}

/** Builds the search index of a catalog; build it once per catalog and reuse it for every query. */
export function buildSearchIndex(catalog: Catalog): SearchIndex {
  return buildIndexFromRecords(describeCatalogRecords(catalog));
}

/** The compact JSON form of an index for the browser (records only; `loadSearchIndex` rebuilds postings). */
export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return { version: 1, records: index.records };
}

/** Rebuilds an index from `serializeSearchIndex` output (an object or its JSON text). */
export function loadSearchIndex(json: SerializedSearchIndex | string): SearchIndex {
  const data = typeof json === "string" ? (JSON.parse(json) as SerializedSearchIndex) : json;
  if (data.version !== 1 || !Array.isArray(data.records))
    throw new Error("search index: unsupported format (expected version 1 with records)");
  return buildIndexFromRecords(data.records);
}

/** True when the record has the word (binary search in the word's postings). */
export function recordHasTerm(index: SearchIndex, term: string, doc: number): boolean {
  const docs = index.postings.get(term)?.docs;
  if (!docs) return false;
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle]!;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
