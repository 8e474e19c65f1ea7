/** Limits of the feedback contract, free of Zod so that browser code can read them without the schema library. */

/** Longest comment a reader may leave after a No, in characters (Unicode code points). */
export const MAX_COMMENT_CHARS = 1_000;
