// The language switch: this page in every other language that has it, each named in its own language.
// One twin is a plain link; several are a menu (a <details> disclosure, so it works without JavaScript).
import type { LanguageLink } from "@/lib/site/page-twins";
import { CloseDisclosure } from "./close-disclosure";
import { ChevronDownIcon, GlobeIcon } from "./icons";

interface LanguageSwitchProps {
  /** The word "Language" in the page's language: the landmark's name. */
  label: string;
  /** The page's own language, named in itself, e.g. `Svenska`. */
  currentName: string;
  links: readonly LanguageLink[];
}

const LINK_STYLE = "inline-flex min-h-11 items-center gap-2 text-sm text-accent underline";
/** The menu's button: a control, not a link, so framed instead of underlined. */
const MENU_BUTTON_STYLE =
  "inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-line px-3 text-sm text-accent hover:bg-card [&::-webkit-details-marker]:hidden";

export function LanguageSwitch({ label, currentName, links }: LanguageSwitchProps) {
  const [only] = links;
  if (!only) return null;
  return (
    <nav aria-label={label} className="ms-auto sm:ms-0" data-language-switch>
      {links.length === 1 ? (
        <a href={only.href} hrefLang={only.locale} lang={only.locale} className={LINK_STYLE}>
          <GlobeIcon />
          {only.name}
        </a>
      ) : (
        <details id="language-menu" className="relative">
          <summary className={MENU_BUTTON_STYLE}>
            <GlobeIcon />
            <span className="sr-only">{label}: </span>
            {currentName}
            <ChevronDownIcon />
          </summary>
          <ul className="absolute end-0 z-40 mt-1 min-w-44 rounded border border-line bg-page p-1 shadow-lg">
            {links.map((link) => (
              <li key={link.locale}>
                <a
                  href={link.href}
                  hrefLang={link.locale}
                  lang={link.locale}
                  className="flex min-h-11 items-center rounded px-3 text-start text-accent underline hover:bg-card"
                >
                  {link.name}
                </a>
              </li>
            ))}
          </ul>
          <CloseDisclosure targetId="language-menu" />
        </details>
      )}
    </nav>
  );
}
