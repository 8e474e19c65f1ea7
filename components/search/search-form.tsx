// A plain GET search form: works without JavaScript (search page, 404 page, embed search).
import { MAX_QUERY_LENGTH } from "@/lib/search/ranking";

interface SearchFormProps {
  action: string;
  inputId: string;
  label: string;
  buttonLabel: string;
  defaultValue?: string;
  placeholder?: string;
  /** Extra query parameters to keep, e.g. an embed's theme. */
  hidden?: Record<string, string>;
  target?: "_self";
}

export function SearchForm({
  action,
  inputId,
  label,
  buttonLabel,
  defaultValue,
  placeholder,
  hidden = {},
  target,
}: SearchFormProps) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className="flex gap-2"
      {...(target ? { target } : {})}
    >
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={placeholder}
        className="min-w-0 flex-1 rounded border border-line bg-page px-3 py-2"
      />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded bg-accent px-3 py-2 font-semibold text-accent-ink">
        {buttonLabel}
      </button>
    </form>
  );
}
