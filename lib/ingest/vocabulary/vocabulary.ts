// The shape of one language's vocabulary: the words troubleshooting documents use for the parts of an error.
// Words are data, one file per language; the importer matches them language-independently (lib/ingest/vocabulary).

/**
 * What a document in one language calls the parts of an error. Matching ignores case, Markdown emphasis,
 * a trailing colon and a trailing number (`**Orsak 2:**` matches `orsak`), and spaces next to CJK characters.
 */
export interface Vocabulary {
  /** BCP-47 language in lower case, e.g. `sv`, `pt`, `zh-hans`. */
  language: string;
  /** Labels and headers naming the error code, e.g. `error code`, `code`. */
  code: readonly string[];
  /** Labels and headers naming the message the product shows, e.g. `error message`, `error details`. */
  message: readonly string[];
  /** Words that name a message column in a table header but are too general for a label line, e.g. `description`. */
  messageColumn: readonly string[];
  /** Labels and headers naming a cause, e.g. `cause`, `possible causes`, `reason`. */
  cause: readonly string[];
  /** Labels and headers naming what to do, e.g. `recommended action`, `solution`, `resolution`, `workaround`. */
  action: readonly string[];
  /** Labels and headers naming what the user observes, e.g. `symptom`. */
  symptom: readonly string[];
  /** The word for a numbered step, e.g. `step` (as in `Step 1`). */
  step: readonly string[];
  /** Labels of an aside, e.g. `note`. */
  note: readonly string[];
  /** The word "error" as it opens a message or labels one, e.g. `error` (`Error 34506.`, `**Error**`). */
  error: readonly string[];
  /** A cell or label that says there is nothing, e.g. `none`, `n/a`. */
  none: readonly string[];
  /** Headings of sections that only point elsewhere, e.g. `next steps`, `see also`, `need help`. */
  navigation: readonly string[];
  /**
   * Words in a heading that name a failure, e.g. `failed`, `cannot`; a trailing `*` matches any ending
   * (`fail*` matches `fails`, `failure`). CJK entries match anywhere in the heading.
   */
  failure: readonly string[];
  /** "Go to step N" phrases, `{n}` standing for the number, e.g. `go directly to step {n}`. */
  jumpToStep: readonly string[];
  /** How a step says it found what it looked for, before a jump, e.g. `if you find`, `if you locate`. */
  ifFound: readonly string[];
  /** Texts the importer writes in this language; `{x}` is replaced. */
  phrases: {
    /** Title of a cause that has none of its own, e.g. `Cause`. */
    cause: string;
    /** Question after a step that looked for something, e.g. `Did you find {x}?`. */
    didYouFind: string;
    /** Question made from a step's condition, e.g. `Is it true that {x}?`. */
    isItTrue: string;
    /** Question when the condition cannot be quoted, e.g. `Does this apply?`. */
    doesThisApply: string;
  };
}
