"use client";
// A search box with instant results as you type: arrow keys move through them, Enter opens the
// highlighted (or top) result. It is a plain GET form underneath, so it works without JavaScript.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { describeLanguage } from "@/lib/i18n/language-name";
import { useInstantSearch, type InstantAnswer } from "./use-instant-search";

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  button: string;
  noResults: string;
  /** Said above the hits when nothing matched well. */
  weakMatch: string;
  /** Said above the hits when the query's code belongs to several products. */
  clash: string;
  /** Before a language's name on a hit shown in another language ("Only in"). */
  onlyIn: string;
}

interface SearchBoxProps {
  locale: string;
  action: string;
  labels: SearchBoxLabels;
  formLabel: string;
  autoFocus?: boolean;
  large?: boolean;
  /** Search in the browser with the prebuilt index (small catalogs) instead of asking the API per query. */
  browserIndex?: boolean;
  /** Id of the input, for labels and tests; generated when absent. */
  inputId?: string;
  /**
   * Results flow below the box instead of floating over the page. A box inside a dialog needs this: the
   * dialog clips what overflows it, so a floating list would be cut to nothing.
   */
  inlineResults?: boolean;
  /** The product of the page the box is on: a code several products use prefers its error. */
  contextProduct?: string;
  onNavigate?: () => void;
}

/** The line above the hits that says why Enter opens the search page instead of the first hit, if it does. */
function describeNotice(answer: InstantAnswer, labels: SearchBoxLabels): string | undefined {
  if (answer.hits.length === 0) return undefined;
  if (answer.clash) return labels.clash;
  return answer.match === "weak" ? labels.weakMatch : undefined;
}

/** The longest text the box takes: a pasted log excerpt of 2,000 characters fits. */
const MAX_QUERY_CHARS = 2000;

export function SearchBox({
  locale,
  action,
  labels,
  formLabel,
  autoFocus,
  large,
  browserIndex = false,
  inputId,
  inlineResults = false,
  contextProduct,
  onNavigate,
}: SearchBoxProps) {
  const router = useRouter();
  const baseId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const { answer, update, answerFor, reportOpened, reportSubmitted } = useInstantSearch(
    locale,
    browserIndex,
    undefined,
    contextProduct,
  );
  const { hits } = answer;
  const notice = describeNotice(answer, labels);
  const listId = `${baseId}-results`;
  const fieldId = inputId ?? `${baseId}-input`;
  const showList = open && query.trim() !== "";

  function searchPageUrl(text: string): string {
    const params = new URLSearchParams({ q: text });
    if (contextProduct) params.set("context", contextProduct);
    return `${action}?${params.toString().replace(/\+/g, "%20")}`;
  }

  function go(url: string) {
    setOpen(false);
    onNavigate?.();
    router.push(url);
  }

  async function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (hits.length === 0 ? -1 : (current + step + hits.length) % hits.length));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && query.trim()) {
      event.preventDefault();
      if (active >= 0 && hits[active]) {
        reportOpened(query);
        return go(hits[active].url);
      }
      // The first hit opens only when it is a good, unambiguous answer; otherwise the search page explains.
      const next = await answerFor(query);
      const [top] = next.hits;
      const opens = top && next.match === "good" && !next.clash;
      if (opens) reportOpened(query);
      else reportSubmitted();
      go(opens ? top.url : searchPageUrl(query));
    }
  }

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={formLabel}
      onSubmit={reportSubmitted}
      className="relative flex w-full min-w-0 flex-wrap gap-2"
    >
      <label htmlFor={fieldId} className="sr-only">
        {labels.label}
      </label>
      <input
        id={fieldId}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        maxLength={MAX_QUERY_CHARS}
        placeholder={labels.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
          update(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        className={`min-w-0 flex-1 rounded border border-line bg-page text-ink ${large ? "px-4 py-3 text-lg" : "px-3 py-2"}`}
      />
      <button
        type="submit"
        className={`rounded bg-accent font-semibold text-accent-ink ${large ? "px-4 py-3" : "px-3 py-2"}`}
      >
        {labels.button}
      </button>
      {contextProduct && <input type="hidden" name="context" value={contextProduct} />}
      {showList && (
        <ul
          id={listId}
          role="listbox"
          aria-label={labels.label}
          className={
            inlineResults
              ? "max-h-[60vh] w-full basis-full overflow-auto rounded border border-line bg-page"
              : "absolute inset-x-0 top-full z-40 mt-1 max-h-96 overflow-auto rounded border border-line bg-page shadow-lg"
          }
        >
          {hits.length === 0 ? (
            <li
              role="option"
              aria-selected={false}
              aria-disabled="true"
              className="px-3 py-2 text-sm text-muted"
            >
              {labels.noResults}
            </li>
          ) : (
            <>
              {notice && (
                <li
                  role="option"
                  aria-selected={false}
                  aria-disabled="true"
                  data-testid="search-notice"
                  className="border-b border-line px-3 py-2 text-sm font-semibold"
                >
                  {notice}
                </li>
              )}
              {hits.map((hit, index) => (
                <li
                  key={hit.url}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`cursor-pointer px-3 py-2 [overflow-wrap:anywhere] ${index === active ? "bg-card outline outline-2 outline-accent" : ""}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    reportOpened(query);
                    go(hit.url);
                  }}
                >
                  <span className="font-semibold">{hit.title}</span>
                  {hit.codes.length > 0 && (
                    <span className="ms-2 font-mono text-sm text-muted">{hit.codes.join(", ")}</span>
                  )}
                  {(hit.product || hit.otherLanguage) && (
                    <span className="block text-xs text-muted">
                      {hit.product}
                      {hit.otherLanguage && (
                        <span data-testid="hit-language" className="ms-2 font-semibold text-ink">
                          {labels.onlyIn}{" "}
                          <span lang={hit.locale}>{describeLanguage(hit.locale, locale)}</span>
                        </span>
                      )}
                    </span>
                  )}
                </li>
              ))}
            </>
          )}
        </ul>
      )}
    </form>
  );
}
