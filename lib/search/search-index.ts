/**
 * The search index: one record per searchable entity (error, flow, section, article) in each locale, an
 * inverted index of exact words with field-weighted frequencies, an exact code index, and vocabulary maps
 * (folded, stemmed, by length) that let the query side reach split compounds, missing diacritics and typos
 * without storing extra postings. Serialises to the records alone; loading rebuilds the rest.
 */
import type { Catalog, ErrorEntry, Flow, Locale } from "../schema/entities";
import { analyzeText, foldDiacritics, stemTerm } from "./analyze-text";
import { relateNumericCode } from "./code-families";
import { normalizeCode, parseNumericCode, stripCodeWrappers, type CodeKey } from "./normalize-code";
import {
  buildPairPostings,
  collectPairs,
  createPairCollector,
  findPairPosting,
  hashPair,
  type PairPostings,
} from "./pair-postings";
import { buildPrefixList, type PrefixList } from "./prefix-match";
import { describeProductKey } from "./product-facets";
import { FIELD_WEIGHTS, PHRASE_FIELDS, type FieldName } from "./ranking";
import type { SearchResultKind } from "./search-types";
import { listAcronymParts, splitCodeWords } from "./split-code-words";
import { articlePath, errorPath, flowPath } from "../site/urls";

/** One searchable entity in one locale: what is indexed and what a result shows. */
export interface IndexRecord {
  kind: SearchResultKind;
  id: string;
  locale: Locale;
  article: string;
  /** Product of the article the entity belongs to, e.g. `Azure Backup MARS agent` (empty when unknown). */
  product: string;
  title: string;
  codes: string[];
  url: string;
  /** Text shown under the title (an error's message). */
  snippet: string;
  /** Text in which adjacent query words earn the phrase bonus (title and message). */
  phrase: string;
  /** Searchable text per field (`codeWords` is derived from `codes` when indexing, never stored). */
  fields: Partial<Record<Exclude<FieldName, "codeWords">, string>>;
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
  /** Its normalised keys (normalizeCode), computed once. */
  keys: CodeKey[];
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
  /** A code as printed → its entry. */
  codeEntries: Map<string, CodeEntry>;
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
  /**
   * Forms of one code that a document defines together (`ERROR_ACCESS_DENIED`, `5` and `0x5` on one error):
   * each key → the other keys of its error, so a search for one form also reaches errors printing another.
   */
  codeAliases: Map<CodeKey, CodeKey[]>;
  /**
   * Any code key (in the catalog or not) → the catalog's keys of other forms of that code: its aliases, its family
   * members (code-families.ts), and the aliases of those. Built once, so a query computes no family arithmetic.
   */
  relatedCodes: Map<CodeKey, CodeKey[]>;
  /** A part of an acronym run inside a code (`po`, `sql`) → the runs it is part of (`sqlpo`). */
  acronymParts: Map<string, string[]>;
  errorCount: number;
  /** Entity number of each record: the same for an entity's records in every locale (see describeEntityKey). */
  entityOf: Int32Array;
  /** Entity number → its records in every locale. */
  entityVersions: number[][];
  /** Product number of each record (an index into `products`). */
  productOf: Int32Array;
  /** Products by number: the name as the first record spells it, and its key (see describeProductKey). */
  products: { name: string; key: string }[];
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

function describeErrorRecord(error: ErrorEntry, product: string): IndexRecord {
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
    product,
    title: error.title,
    codes: error.codes,
    url: errorPath(error.locale, error.id),
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

function describeFlowRecord(flow: Flow, product: string): IndexRecord {
  const stepText = joinText(flow.steps.flatMap((step) => [step.text, step.question, ...step.commands]));
  return {
    kind: "flow",
    id: flow.id,
    locale: flow.locale,
    article: flow.article,
    product,
    title: flow.title,
    codes: [],
    url: flowPath(flow.locale, flow.id),
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
  const products = new Map(catalog.articles.map((a) => [`${a.locale}/${a.id}`, a.product]));
  const productOf = (entity: { locale: string; article: string }) =>
    products.get(`${entity.locale}/${entity.article}`) ?? "";
  records.push(
    ...catalog.errors.map((error) => describeErrorRecord(error, productOf(error))),
    ...catalog.flows.map((flow) => describeFlowRecord(flow, productOf(flow))),
  );
  for (const article of catalog.articles) {
    for (const entry of article.toc) {
      if (entityIds.has(`${article.locale}/${article.id}/${entry.id}`)) continue;
      records.push({
        kind: "section",
        id: entry.id,
        locale: article.locale,
        article: article.id,
        product: article.product,
        title: entry.title,
        codes: [],
        url: `${articlePath(article.locale, article.id)}#${entry.id}`,
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
      product: article.product,
      title: article.title,
      codes: [],
      url: articlePath(article.locale, article.id),
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
  const fields = Object.entries(record.fields) as [FieldName, string | undefined][];
  fields.push(["codeWords", record.codes.flatMap(splitCodeWords).join(" ")]);
  for (const [field, text] of fields) {
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

/**
 * BM25 inverse document frequency of a term found in `df` of the index's records: the rarer, the more telling.
 * The one formula both query expansion (to rank and drop concepts) and scoring use.
 */
export function inverseDocumentFrequency(index: SearchIndex, df: number): number {
  const n = index.records.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
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
): Pick<
  SearchIndex,
  "codeIndex" | "codeList" | "codeEntries" | "codePrefixes" | "codeAliases" | "relatedCodes"
> {
  const codeIndex = new Map<CodeKey, number[]>();
  const byCode = new Map<string, CodeEntry>();
  records.forEach((record, doc) => {
    for (const code of record.codes) {
      const entry = byCode.get(code) ?? {
        code,
        lower: code.toLowerCase(),
        symbolic: /[g-z]/i.test(code),
        keys: normalizeCode(code),
        docs: [],
      };
      for (const key of entry.keys) {
        const docs = codeIndex.get(key);
        if (!docs) codeIndex.set(key, [doc]);
        else if (docs.at(-1) !== doc) docs.push(doc);
      }
      entry.docs.push(doc);
      byCode.set(code, entry);
    }
  });
  const codeList = [...byCode.values()];
  const codeAliases = describeCodeAliases(records);
  return {
    codeIndex,
    codeList,
    codeEntries: byCode,
    codePrefixes: buildPrefixList(codeList.flatMap(describeTypedCodeForms)),
    codeAliases,
    relatedCodes: describeRelatedCodes([...codeIndex.keys()], codeAliases),
  };
}

function relateByFamily(key: CodeKey): CodeKey[] {
  return key.startsWith("n:") ? relateNumericCode(BigInt(key.slice(2))).map((value) => `n:${value}`) : [];
}

/**
 * For every catalog key `c`, the keys `q` whose other forms include it: `q` is an alias of `c` (A), in its family
 * (F), an alias of a family member (A∘F) or a family member of an alias (F∘A). Both relations are symmetric, so
 * this is the reverse of "the other forms of `q`", which a query then reads with one lookup.
 */
function describeRelatedCodes(
  catalogKeys: readonly CodeKey[],
  aliases: Map<CodeKey, CodeKey[]>,
): Map<CodeKey, CodeKey[]> {
  const related = new Map<CodeKey, CodeKey[]>();
  for (const key of catalogKeys) {
    const direct = aliases.get(key) ?? [];
    const family = relateByFamily(key);
    const reaching = new Set([
      ...direct,
      ...family,
      ...family.flatMap((member) => aliases.get(member) ?? []),
      ...direct.flatMap(relateByFamily),
    ]);
    reaching.delete(key);
    for (const query of reaching) {
      const list = related.get(query);
      if (!list) related.set(query, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  }
  return related;
}

/**
 * Codes one error prints in several forms: when its codes hold exactly one number (in any notation: `5`, `0x5`)
 * and at least one name (`ERROR_ACCESS_DENIED`), the document defines them as one code, and each form's key is an
 * alias of the others. An error with two numbers (`100050` and `407`) names two codes, not two forms of one.
 */
function describeCodeAliases(records: readonly IndexRecord[]): Map<CodeKey, CodeKey[]> {
  const aliases = new Map<CodeKey, Set<CodeKey>>();
  for (const record of records) {
    if (record.codes.length < 2) continue;
    const numbers = new Set<bigint>();
    const names: CodeKey[] = [];
    for (const code of record.codes) {
      const numeric = parseNumericCode(stripCodeWrappers(code));
      if (numeric) numbers.add(numeric.value);
      else names.push(...normalizeCode(code).filter((key) => key.startsWith("s:")));
    }
    if (numbers.size !== 1 || names.length === 0) continue;
    const keys = [`n:${[...numbers][0]}`, ...names];
    for (const key of keys) {
      const set = aliases.get(key) ?? new Set();
      keys.filter((other) => other !== key).forEach((other) => set.add(other));
      aliases.set(key, set);
    }
  }
  return new Map([...aliases].map(([key, set]) => [key, [...set].sort()]));
}

/** Acronym parts of every code (see listAcronymParts): part → runs, for the query side. */
function describeAcronymParts(records: readonly IndexRecord[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const record of records) {
    for (const code of record.codes) {
      for (const [part, run] of listAcronymParts(code)) {
        const runs = parts.get(part);
        if (!runs) parts.set(part, [run]);
        else if (!runs.includes(run)) runs.push(run);
      }
    }
  }
  return parts;
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
  // Indexes serialized before records had a product (and hand-made records) read as product-less.
  for (const record of records) record.product ??= "";
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
  return {
    records,
    postings,
    pairs: buildPairPostings(pairCollector),
    docLengths,
    averageDocLength: records.length ? totalLength / records.length : 1,
    ...buildCodeIndex(records),
    acronymParts: describeAcronymParts(records),
    ...buildVocabularyMaps(postings.keys()),
    errorCount: records.filter((record) => record.kind === "error").length,
    ...numberEntities(records),
    ...numberProducts(records),
  };
}

/** Numbers the entities, so merging an entity's locales compares numbers, not strings. */
function numberEntities(records: readonly IndexRecord[]): Pick<SearchIndex, "entityOf" | "entityVersions"> {
  const numbers = new Map<string, number>();
  const entityOf = new Int32Array(records.length);
  const entityVersions: number[][] = [];
  records.forEach((record, doc) => {
    const key = describeEntityKey(record);
    let entity = numbers.get(key);
    if (entity === undefined) {
      numbers.set(key, (entity = entityVersions.length));
      entityVersions.push([]);
    }
    entityOf[doc] = entity;
    entityVersions[entity]!.push(doc);
  });
  return { entityOf, entityVersions };
}

/** Numbers the products by their key, so facets and filters count and compare numbers. */
function numberProducts(records: readonly IndexRecord[]): Pick<SearchIndex, "productOf" | "products"> {
  const byKey = new Map<string, number>();
  const bySpelling = new Map<string, number>();
  const productOf = new Int32Array(records.length);
  const products: SearchIndex["products"] = [];
  records.forEach((record, doc) => {
    let product = bySpelling.get(record.product);
    if (product === undefined) {
      const key = describeProductKey(record.product);
      product = byKey.get(key);
      if (product === undefined) {
        byKey.set(key, (product = products.length));
        products.push({ name: record.product.trim().replace(/\s+/g, " "), key });
      }
      bySpelling.set(record.product, product);
    }
    productOf[doc] = product;
  });
  return { productOf, products };
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
