/**
 * Display options of embed views, read from the query string against a fixed set: `theme=light|dark|auto`,
 * `compact=1`, `causes=1..20`, `feedback=0` (no "Did this fix it?"). Anything else is ignored and never
 * echoed back into a page or a link. The theme is the embedding page's choice, light unless it says
 * otherwise: the reader's system setting (`auto`) says nothing about the wiki around the frame, and a dark
 * card in a light wiki is jarring.
 */

export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Most causes an embed may be asked to show; errors in the catalog have far fewer. */
export const MAX_EMBED_CAUSES = 20;

export interface EmbedOptions {
  theme: EmbedTheme;
  compact: boolean;
  /** How many causes to show; undefined shows all. */
  causes?: number;
  /** `false` when readers are not asked "Did this fix it?" (`feedback=0`); absent means asked. */
  feedback?: false;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: "light", compact: false };

type QueryLike = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(query: QueryLike, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The embed options in `query`; invalid values fall back to the defaults. */
export function parseEmbedOptions(query: QueryLike): EmbedOptions {
  const theme = firstValue(query, "theme");
  const compact = firstValue(query, "compact");
  const causes = firstValue(query, "causes");
  const feedback = firstValue(query, "feedback");
  const options: EmbedOptions = {
    theme: (EMBED_THEMES as readonly string[]).includes(theme ?? "")
      ? (theme as EmbedTheme)
      : DEFAULT_EMBED_OPTIONS.theme,
    compact: compact === "1" || compact === "true",
  };
  if (feedback === "0" || feedback === "false") options.feedback = false;
  // Only plain decimal digits: `1e1`, ` 3`, `0x2` and `+2` are not counts.
  if (causes !== undefined && /^\d{1,2}$/.test(causes)) {
    const count = Number(causes);
    if (count >= 1 && count <= MAX_EMBED_CAUSES) options.causes = count;
  }
  return options;
}

/** The non-default options as query parameters, in a fixed order, so links keep the embed's look. */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set("theme", options.theme);
  if (options.compact) params.set("compact", "1");
  if (options.causes !== undefined) params.set("causes", String(options.causes));
  if (options.feedback === false) params.set("feedback", "0");
  return params.toString();
}

/** `href` with the options appended to its query string (before any `#fragment`). */
export function withEmbedOptions(href: string, options: EmbedOptions): string {
  const extra = serializeEmbedOptions(options);
  if (!extra) return href;
  const hashAt = href.indexOf("#");
  const [base, hash] = hashAt >= 0 ? [href.slice(0, hashAt), href.slice(hashAt)] : [href, ""];
  return `${base}${base.includes("?") ? "&" : "?"}${extra}${hash}`;
}

/** The links of a guided-flow view with the embed options kept, so Next/No/Back keep the embed's look. */
export function keepEmbedOptionsInFlowLinks<
  View extends { choices: Array<{ href: string }>; backHref?: string; startHref: string },
>(view: View, options: EmbedOptions): View {
  return {
    ...view,
    choices: view.choices.map((choice) => ({ ...choice, href: withEmbedOptions(choice.href, options) })),
    startHref: withEmbedOptions(view.startHref, options),
    ...(view.backHref ? { backHref: withEmbedOptions(view.backHref, options) } : {}),
  };
}
