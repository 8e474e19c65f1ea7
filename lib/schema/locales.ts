/** The locales the portal serves. Kept free of Zod so browser code can import it without the schema library. */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
