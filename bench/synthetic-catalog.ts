/**
 * Deterministic synthetic catalogs for the search benchmark: N errors with decimal, hex and CamelCase codes,
 * Swedish and English titles, messages, causes and actions, plus queries whose right answer is known.
 */
import type { Article, Catalog, ErrorEntry } from "../lib/schema/entities";

/** A seeded PRNG (mulberry32): the same seed gives the same catalog on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SV_WORDS = (
  "agenten servern valvet säkerhetskopiering säkerhets kopiering återställning volymen mappen tillfälliga cacheplatsen " +
  "autentiseringsuppgifter behörighet proxyserver brandvägg nätverket anslutningen registreringen krypterings nyckel " +
  "lösenfrasen kontrollsumman ändringar filen disken lagrings utrymme tillräckligt ogiltiga skadade saknas kunde inte " +
  "ansluta ladda hämta installera uppgradera starta om tjänsten konsolen schemat principen kommandot tidszonen klockan " +
  "operativsystemet uppdateringar antivirusprogrammet undantag sökvägen versionen senaste datorn portalen prenumerationen " +
  "gränsen rollbaserad åtkomst monterings processen enheten styrenheter drivrutinen skuggkopior ögonblicksbild replikering " +
  "certifikatet signaturen databasen loggfilen transaktionen kvoten tidsgränsen överskreds nekades blockerar misslyckades"
).split(" ");

/** English words the synthetic catalogs are written in (the catalog benchmark writes its articles in them too). */
export const EN_WORDS = (
  "agent server vault backup restore volume folder scratch cache credentials permission proxy firewall network " +
  "connection registration encryption key passphrase checksum changes file disk storage space enough invalid corrupted " +
  "missing could not connect download install upgrade restart service console schedule policy command time zone clock " +
  "operating system updates antivirus exclusion path version latest machine portal subscription limit role access mount " +
  "process device controller driver shadow copy snapshot replication certificate signature database log transaction " +
  "quota timeout exceeded denied blocked failed unable initialize configure expired retry operation internal error"
).split(" ");

const CODE_PARTS = (
  "Sal Vhd Disk Space Low Bitmap Checksum Store Initialization Failed Error Cache Vault Credential Proxy Network Quota " +
  "Snapshot Mount Volume Agent Key Crypto Token Timeout Access Denied Replica Log Policy Schedule Service Driver Path"
).split(" ");

/** Extra vocabulary per language: compounds of two base words, as Swedish forms them (and product terms do). */
const COMPOUND_WORDS = 3_000;

/**
 * A vocabulary ordered from common to rare: the base words, then seeded compounds. Picking index
 * `floor(r^ZIPF_POWER × size)` gives a Zipf-like head of common words and a long tail of rare ones, as real text has.
 */
const ZIPF_POWER = 2.5;

function buildVocabulary(base: readonly string[], seed: number): string[] {
  const random = createRandom(seed);
  const words = new Set(base);
  while (words.size < base.length + COMPOUND_WORDS) words.add(pick(random, base) + pick(random, base));
  return [...words];
}

const VOCABULARY = { sv: buildVocabulary(SV_WORDS, 1), en: buildVocabulary(EN_WORDS, 2) };

function pickWord(random: () => number, words: readonly string[]): string {
  return words[Math.floor(random() ** ZIPF_POWER * words.length)]!;
}

/** A query with the id of the error that should come first. */
export interface KnownQuery {
  query: string;
  expected: string;
}

export interface SyntheticCatalog {
  catalog: Catalog;
  queries: { exact: KnownQuery[]; words: KnownQuery[]; typo: KnownQuery[]; pasted: KnownQuery[] };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function makeSentence(random: () => number, words: readonly string[], min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  const sentence = Array.from({ length }, () => pickWord(random, words)).join(" ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
}

function makeCode(random: () => number, used: Set<string>): string {
  for (;;) {
    const shape = random();
    let code: string;
    if (shape < 0.4) code = String(10_000 + Math.floor(random() * 9_000_000));
    else if (shape < 0.7)
      code = `0x${(0x10000 + Math.floor(random() * 0xfffffff)).toString(16).toUpperCase()}`;
    else code = Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(random, CODE_PARTS)).join("");
    const key = code.toLowerCase();
    if (!used.has(key) && !used.has(String(Number(code)))) {
      used.add(key);
      if (code.startsWith("0x")) used.add(String(Number(code)));
      return code;
    }
  }
}

function makeError(random: () => number, i: number, used: Set<string>): ErrorEntry {
  const locale = i % 2 === 0 ? "sv" : "en";
  const words = VOCABULARY[locale];
  const codes = [makeCode(random, used)];
  const causes: ErrorEntry["causes"] = [];
  const actions: ErrorEntry["actions"] = [];
  for (let c = 0, count = 1 + Math.floor(random() * 3); c < count; c++) {
    const id = `cause-${c + 1}`;
    const title = makeSentence(random, words, 4, 8);
    const explanation = makeSentence(random, words, 8, 16);
    causes.push({ id, title, explanation, explanationMarkdown: explanation });
    const step = makeSentence(random, words, 8, 14);
    actions.push({
      id: `${id}-action-1`,
      causes: [id],
      steps: [{ markdown: step, text: step, commands: [], links: [] }],
    });
  }
  return {
    id: `error-${i}`,
    locale,
    article: `article-${locale}`,
    title: makeSentence(random, words, 4, 7).slice(0, -1),
    codes,
    message: `${makeSentence(random, words, 12, 22)} ${makeSentence(random, words, 6, 12)} (ID: ${codes[0]})`,
    causes,
    actions,
    source: { file: `content/${locale}/article-${locale}.mdx`, line: 1 + i, column: 1 },
  };
}

function makeTypo(random: () => number, word: string): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 0.33) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind < 0.66) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + "x" + word.slice(at + 1);
}

/** A code in one of the shapes an engineer pastes it in. */
function reshapeCode(random: () => number, code: string): string {
  const shape = random();
  if (code.startsWith("0x") && shape < 0.3) return String(Number(code));
  if (shape < 0.5) return `(ID: ${code})`;
  if (shape < 0.7) return code.toLowerCase();
  return code;
}

function makeQueries(random: () => number, errors: ErrorEntry[], count: number): SyntheticCatalog["queries"] {
  const queries: SyntheticCatalog["queries"] = { exact: [], words: [], typo: [], pasted: [] };
  for (let q = 0; q < count; q++) {
    const error = pick(random, errors);
    const expected = error.id;
    queries.exact.push({ query: reshapeCode(random, error.codes[0]!), expected });
    const titleWords = error.title.toLowerCase().split(" ");
    const start = Math.floor(random() * Math.max(1, titleWords.length - 2));
    const chunk = titleWords.slice(start, start + 1 + Math.floor(random() * 3));
    queries.words.push({ query: chunk.join(" "), expected });
    const first = titleWords.slice(0, 3);
    const longestAt = first.reduce((best, word, i) => (word.length > first[best]!.length ? i : best), 0);
    const typoWords = first.map((word, i) =>
      i === longestAt && word.length >= 5 ? makeTypo(random, word) : word,
    );
    queries.typo.push({ query: typoWords.join(" "), expected });
    const pastedWords = `${error.message} ${error.causes[0]?.title ?? ""}`
      .replace(/\(ID: [^)]*\)/, "")
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 25);
    queries.pasted.push({ query: pastedWords.join(" "), expected });
  }
  return queries;
}

/** Builds a catalog of `errorCount` errors (half sv, half en) and `queryCount` queries of each kind. */
export function generateSyntheticCatalog(
  errorCount: number,
  queryCount: number,
  seed = 20_240_601,
): SyntheticCatalog {
  const random = createRandom(seed + errorCount);
  const used = new Set<string>();
  const errors = Array.from({ length: errorCount }, (_, i) => makeError(random, i, used));
  const articles: Article[] = (["en", "sv"] as const).map((locale) => ({
    id: `article-${locale}`,
    locale,
    title: locale === "sv" ? "Syntetiska fel" : "Synthetic errors",
    description: "Generated for the search benchmark.",
    product: "Synthetic",
    updated: "2024-06-01",
    sourcePath: `content/${locale}/article-${locale}.mdx`,
    errors: errors.filter((error) => error.locale === locale).map((error) => error.id),
    flows: [],
    toc: [],
    text: "",
    anchors: [],
    renamedIds: {},
    brokenLinks: [],
  }));
  return {
    catalog: { articles, errors, flows: [], diagnostics: [] },
    queries: makeQueries(random, errors, queryCount),
  };
}
