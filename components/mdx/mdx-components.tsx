// The components Fixpath MDX may use, as rendered on an article page. Entities are extracted from the
// same MDX at build time (lib/content); here they only need to look right and carry their anchors.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { errorPath, flowPath } from "@/lib/site/urls";

type Level = "2" | "3" | "4";
type Children = { children?: React.ReactNode };

function Heading({ level, id, children }: { level?: string; id?: string; children: React.ReactNode }) {
  const Tag = `h${(["2", "3", "4"] as const).includes(level as Level) ? level : "2"}` as "h2" | "h3" | "h4";
  return (
    <Tag id={id} className="group scroll-mt-4">
      {children}
      {id && (
        <>
          {" "}
          <a
            href={`#${id}`}
            className="no-print text-muted no-underline opacity-60 group-hover:opacity-100"
            aria-hidden="true"
            tabIndex={-1}
          >
            #
          </a>
        </>
      )}
    </Tag>
  );
}

// The id comes from the compiled MDX (remarkHeadingAnchors, lib/content): the anchor the catalog lists.
const makeHeading = (level: Level) =>
  function MarkdownHeading({ id, children }: Children & { id?: string }) {
    return (
      <Heading level={level} id={id}>
        {children}
      </Heading>
    );
  };

/**
 * The components an article's MDX renders with. `renamedIds` maps ids the MDX writes to the ids the catalog
 * serves them under (an id another article defined first), so the article links to its own error pages;
 * `brokenLinks` (an imported article's links to nothing) are shown as their text.
 */
export function buildMdxComponents(
  locale: Locale,
  renamedIds: Readonly<Record<string, string>> = {},
  brokenLinks: readonly string[] = [],
) {
  const broken = new Set(brokenLinks);
  const t = getUiStrings(locale);
  const served = (id: string) => (Object.hasOwn(renamedIds, id) ? renamedIds[id]! : id);
  return {
    h2: makeHeading("2"),
    h3: makeHeading("3"),
    h4: makeHeading("4"),
    // Focusable, so keyboard users can scroll a long command sideways.
    pre: ({ children }: Children) => <pre tabIndex={0}>{children}</pre>,
    a: ({ href = "", children }: { href?: string } & Children) =>
      broken.has(href) ? (
        <>{children}</>
      ) : /^https?:/i.test(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      ),
    Section: ({ id, title, level, children }: { id: string; title: string; level?: string } & Children) => (
      <section aria-labelledby={id}>
        <Heading id={id} {...(level ? { level } : {})}>
          {title}
        </Heading>
        {children}
      </section>
    ),
    Error: ({
      id,
      title,
      codes,
      level,
      children,
    }: { id: string; title: string; codes?: string; level?: string } & Children) => (
      <section aria-labelledby={id} className="my-6 rounded-lg border border-line p-4" data-error-id={id}>
        <Heading id={id} {...(level ? { level } : {})}>
          {title}
        </Heading>
        <p className="flex flex-wrap gap-2 text-sm">
          {(codes ?? "")
            .split(/\s+/)
            .filter(Boolean)
            .map((code) => (
              <code key={code}>{code}</code>
            ))}
          <Link href={errorPath(locale, served(id))} className="no-print text-accent underline">
            {t.openErrorPage}
          </Link>
        </p>
        {children}
      </section>
    ),
    Message: ({ children }: Children) => (
      <figure className="rounded border-l-4 border-danger bg-card px-3 py-1">
        <figcaption className="text-sm font-semibold text-muted">{t.message}</figcaption>
        <blockquote className="font-mono text-sm">{children}</blockquote>
      </figure>
    ),
    Cause: ({ id, anchor, title, children }: { id: string; anchor?: string; title: string } & Children) => (
      <div id={anchor} className="mt-4 scroll-mt-4 border-s-4 border-accent ps-3" data-cause-id={id}>
        <p className="font-bold">
          {t.cause}: {title}
        </p>
        {children}
      </div>
    ),
    Action: ({ children }: Children) => (
      <div className="print-checklist">
        <p className="font-semibold">{t.whatToDo}</p>
        {children}
      </div>
    ),
    Flow: ({ id, title, level, children }: { id: string; title: string; level?: string } & Children) => (
      <section aria-labelledby={id} data-flow-id={id} className="flow-steps">
        <Heading id={id} {...(level ? { level } : {})}>
          {title}
        </Heading>
        <p className="no-print">
          <Link href={flowPath(locale, served(id))} className="text-accent underline">
            {t.startGuidedFix}
          </Link>
        </p>
        {children}
      </section>
    ),
    // Steps are numbered by a CSS counter: a Flow mixes intro paragraphs and steps, which a list may not hold.
    Step: ({ anchor, question, children }: { anchor?: string; question?: string } & Children) => (
      <div id={anchor} className="flow-step step scroll-mt-4">
        {children}
        {question && <p className="font-semibold">{question}</p>}
      </div>
    ),
    Callout: ({ type = "note", children }: { type?: string } & Children) => (
      <aside className="my-4 rounded border-l-4 border-warn bg-card px-3 py-2" data-callout={type}>
        <p className="text-sm font-bold uppercase text-muted">{type}</p>
        {children}
      </aside>
    ),
  };
}
