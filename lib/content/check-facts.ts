/**
 * Cross-language fact check: an error or flow and its twin in another locale must state the same literal
 * facts (paths, file and process names, URLs, registry keys, codes, addresses, numbers with units, code
 * spans). A machine translation that turns `CBengine.exe` into `CBengine. exe` or `C:\Program Files` into
 * `C:\Program` makes a fix that does nothing; this finds it. Warnings, since the check cannot know which side
 * is right: each names both sides, located where the fact is written.
 */
import type {
  Article,
  Diagnostic,
  ErrorEntry,
  Flow,
  Locale,
  SourceLocation,
  TocEntry,
} from "@/lib/schema/entities";
import { compareText } from "./format-diagnostic";
import { createTextLocator, type TextLocator } from "./text-locator";
import { findLiteralFacts, type FactKind, type LiteralFact } from "./find-literal-facts";

/** Raw text of each content file by its project-relative path, to locate facts inside entities. */
export type ContentTexts = ReadonlyMap<string, string>;

/** How unlike two facts may be and still count as one fact written two ways (0 = equal, 1 = unrelated). */
const MAX_PAIR_DISTANCE = 0.5;

const KIND_NAMES: Record<FactKind, string> = {
  url: "URL",
  path: "path",
  name: "file, process or host name",
  code: "code",
  address: "network address",
  number: "number",
  literal: "code span",
};

interface Twin {
  kind: "error" | "flow" | "section";
  id: string;
  locale: Locale;
  source: SourceLocation;
  facts: LiteralFact[];
}

/** What is compared: errors, flows, and the articles' other sections (by their stable ids). */
export interface FactSources {
  articles: readonly Article[];
  errors: readonly ErrorEntry[];
  flows: readonly Flow[];
}

/** Warnings for every literal fact that differs between an entity and its twins in other locales. */
export function checkFactsAgree({ articles, errors, flows }: FactSources, texts: ContentTexts): Diagnostic[] {
  const places = new SourcePlaces(texts);
  const groups = new Map<string, Twin[]>();
  const add = (twin: Twin, article: string) => {
    const key = `${twin.kind}\u0000${article}\u0000${twin.id}`;
    groups.set(key, [...(groups.get(key) ?? []), twin]);
  };
  for (const error of errors) add(describeError(error), error.article);
  for (const flow of flows) add(describeFlow(flow), flow.article);
  for (const article of articles) {
    const entities = new Set([...article.errors, ...article.flows]);
    for (const entry of article.toc) {
      if (!entities.has(entry.id)) add(describeSection(article, entry, places), article.id);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const key of [...groups.keys()].sort(compareText)) {
    const twins = [...(groups.get(key) ?? [])].sort((a, b) => compareText(a.locale, b.locale));
    twins.forEach((first, index) => {
      for (const second of twins.slice(index + 1)) diagnostics.push(...compareTwins(first, second, places));
    });
  }
  return diagnostics;
}

function describeError(error: ErrorEntry): Twin {
  const steps = error.actions.flatMap((action) => action.steps);
  const prose = [
    error.title,
    error.message,
    ...error.causes.flatMap((cause) => [cause.title, cause.explanation]),
    ...steps.map((step) => step.text),
    error.body?.text ?? "",
  ];
  return {
    kind: "error",
    id: error.id,
    locale: error.locale,
    source: error.source,
    facts: collectFacts(prose, [
      ...steps.flatMap((step) => step.commands),
      ...codeSpansOf(error.body?.markdown ?? ""),
    ]),
  };
}

/** The code spans of Markdown (`` `x` ``, ``` ``x`` ```), which translation must leave alone. */
function codeSpansOf(markdown: string): string[] {
  return [...markdown.matchAll(/(`+)([^`\n]+?)\1(?!`)/g)].map((match) => match[2]!.trim()).filter(Boolean);
}

function describeFlow(flow: Flow): Twin {
  const prose = [flow.title, flow.intro, ...flow.steps.flatMap((step) => [step.text, step.question ?? ""])];
  return {
    kind: "flow",
    id: flow.id,
    locale: flow.locale,
    source: flow.source,
    facts: collectFacts(
      prose,
      flow.steps.flatMap((step) => step.commands),
    ),
  };
}

/** A plain section, found by its `id="…"` in the file (headings without one get a slug per language). */
function describeSection(article: Article, entry: TocEntry, places: SourcePlaces): Twin {
  const found = places.ofId(article.sourcePath, entry.id);
  return {
    kind: "section",
    id: entry.id,
    locale: article.locale,
    source: { file: article.sourcePath, ...(found ?? { line: 1, column: 1 }) },
    facts: collectFacts([entry.title, entry.text], []),
  };
}

/** Finds places in the content files, indexing each file once (line starts, and where each `id="…"` is). */
class SourcePlaces {
  private readonly indexes = new Map<
    string,
    { locator: TextLocator; ids: Map<string, number> } | undefined
  >();
  constructor(private readonly texts: ContentTexts) {}

  private indexOf(file: string) {
    if (!this.indexes.has(file)) {
      const text = this.texts.get(file);
      const ids = new Map<string, number>();
      if (text !== undefined)
        for (const match of text.matchAll(/id="([^"\n]*)"/g))
          if (!ids.has(match[1]!)) ids.set(match[1]!, match.index);
      this.indexes.set(file, text === undefined ? undefined : { locator: createTextLocator(text), ids });
    }
    return this.indexes.get(file);
  }

  /** Where `id="<id>"` is first written in `file`. */
  ofId(file: string, id: string): { line: number; column: number } | undefined {
    const index = this.indexOf(file);
    const offset = index?.ids.get(id);
    return offset === undefined ? undefined : index!.locator.pointAt(offset);
  }

  /** Where `needle` is first written in `file` at or after a place. */
  ofText(place: SourceLocation, needle: string): SourceLocation | undefined {
    const index = this.indexOf(place.file);
    const text = this.texts.get(place.file);
    if (!index || text === undefined) return undefined;
    const found = text.indexOf(needle, index.locator.offsetAt(place.line, place.column));
    return found < 0 ? undefined : { file: place.file, ...index.locator.pointAt(found) };
  }
}

/** Distinct facts (by kind and key) in the order first written. */
function collectFacts(prose: readonly string[], codeSpans: readonly string[]): LiteralFact[] {
  const seen = new Map<string, LiteralFact>();
  for (const fact of [
    ...prose.flatMap((text) => findLiteralFacts(text)),
    ...findLiteralFacts("", codeSpans),
  ]) {
    const id = `${fact.kind}\u0000${fact.key}`;
    if (!seen.has(id)) seen.set(id, fact);
  }
  return [...seen.values()];
}

function compareTwins(a: Twin, b: Twin, places: SourcePlaces): Diagnostic[] {
  const keysOf = (twin: Twin) => new Set(twin.facts.map((fact) => `${fact.kind}\u0000${fact.key}`));
  const [keysA, keysB] = [keysOf(a), keysOf(b)];
  const onlyA = a.facts.filter((fact) => !keysB.has(`${fact.kind}\u0000${fact.key}`));
  const onlyB = b.facts.filter((fact) => !keysA.has(`${fact.kind}\u0000${fact.key}`));
  const { pairs, leftA, leftB } = pairFacts(onlyA, onlyB);
  return [
    ...pairs.flatMap(([factA, factB]) => [
      describeMismatch(a, factA, b, factB, places),
      describeMismatch(b, factB, a, factA, places),
    ]),
    ...leftA.map((fact) => describeMissing(b, a, fact, places)),
    ...leftB.map((fact) => describeMissing(a, b, fact, places)),
  ];
}

/** Pairs each fact with its closest unpaired counterpart of the same kind, closest pairs first. */
function pairFacts(onlyA: readonly LiteralFact[], onlyB: readonly LiteralFact[]) {
  const candidates = onlyA
    .flatMap((factA, i) =>
      onlyB.map((factB, j) => ({
        i,
        j,
        distance: factA.kind === factB.kind ? distance(factA.key, factB.key) : 1,
      })),
    )
    .filter((candidate) => candidate.distance <= MAX_PAIR_DISTANCE)
    .sort((x, y) => x.distance - y.distance || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[LiteralFact, LiteralFact]> = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([onlyA[i]!, onlyB[j]!]);
  }
  return {
    pairs,
    leftA: onlyA.filter((_, i) => !usedA.has(i)),
    leftB: onlyB.filter((_, j) => !usedB.has(j)),
  };
}

function describeMismatch(
  here: Twin,
  fact: LiteralFact,
  there: Twin,
  other: LiteralFact,
  places: SourcePlaces,
): Diagnostic {
  const at = locateFact(here, fact.text, places);
  const elsewhere = locateFact(there, other.text, places);
  return {
    ...at,
    severity: "warning",
    message: `${here.kind} "${here.id}": the ${KIND_NAMES[fact.kind]} \`${fact.text}\` here is \`${other.text}\` in the ${there.locale} version (${formatPlace(elsewhere)}): a literal fact must read the same in every language; correct the wrong side and keep it in a code span so translation leaves it alone`,
  };
}

function describeMissing(lacking: Twin, having: Twin, fact: LiteralFact, places: SourcePlaces): Diagnostic {
  const elsewhere = locateFact(having, fact.text, places);
  return {
    ...lacking.source,
    severity: "warning",
    message: `${lacking.kind} "${lacking.id}": the ${having.locale} version has the ${KIND_NAMES[fact.kind]} \`${fact.text}\` (${formatPlace(elsewhere)}) and this ${lacking.locale} version has no such fact: write it exactly as there, in a code span, or remove it from the ${having.locale} version if it is wrong there`,
  };
}

function formatPlace(place: SourceLocation): string {
  return `${place.file}:${place.line}:${place.column}`;
}

/** Where `needle` is first written at or after the entity's start; the entity's start if it is not found. */
function locateFact(twin: Twin, needle: string, places: SourcePlaces): SourceLocation {
  return places.ofText(twin.source, needle) ?? twin.source;
}

/** Levenshtein distance over the longer length: 0 for equal strings, 1 for nothing in common. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const longest = Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]! / longest;
}
