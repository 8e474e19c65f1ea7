// What the importer knows about one error before it is written as MDX: codes, messages, and its parts in
// source order (causes, actions, and the free Markdown that is its body).
import type { RootContent } from "mdast";
import type { Place } from "./diagnostic";

/** A cause: its title, explanation Markdown, and the actions that fix only this cause. */
export interface CauseDraft {
  title: string;
  explanation: RootContent[];
  actions: RootContent[][];
}

/** One part of an error, in source order. */
export type ErrorPart =
  /** Causes; `shared` is one action list that applies to all of them (a row with N causes and one fix). */
  | { kind: "causes"; causes: CauseDraft[]; shared?: RootContent[] }
  /** An action that applies to the whole error. */
  | { kind: "action"; blocks: RootContent[] }
  /** Free Markdown kept as the error's body. */
  | { kind: "body"; blocks: RootContent[] };

export interface ErrorDraft {
  /** The source anchor (`<a name>`), when the error has its own heading. */
  anchor?: string;
  title: string;
  codes: string[];
  /** Verbatim messages, in order. */
  messages: string[];
  parts: ErrorPart[];
  /** Heading level the error is written at (2–4). */
  level: number;
  place?: Place;
}

/** Appends body blocks, merging with a body part that ends the list. */
export function addBody(parts: ErrorPart[], blocks: readonly RootContent[]): void {
  if (blocks.length === 0) return;
  const last = parts.at(-1);
  if (last?.kind === "body") last.blocks.push(...blocks);
  else parts.push({ kind: "body", blocks: [...blocks] });
}
