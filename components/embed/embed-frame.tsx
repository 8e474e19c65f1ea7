// The box every embed view renders in: the chosen theme, compact spacing, and a link to the full page.
import type { EmbedOptions } from "@/lib/api/embed-options";
import { cn } from "../cn";

const THEME_CLASS = { light: "embed-theme-light", dark: "embed-theme-dark", auto: "" } as const;

interface EmbedFrameProps {
  options: EmbedOptions;
  /** Absolute or site path of the full portal page. */
  fullHref: string;
  fullLabel: string;
  children: React.ReactNode;
}

export function EmbedFrame({ options, fullHref, fullLabel, children }: EmbedFrameProps) {
  return (
    <div
      data-embed-root
      data-theme={options.theme}
      className={cn(
        THEME_CLASS[options.theme],
        "bg-page text-ink",
        options.compact ? "space-y-2 p-2 text-sm" : "space-y-4 p-4",
      )}
    >
      <main className={options.compact ? "space-y-2" : "space-y-4"}>{children}</main>
      <p className="border-t border-line pt-2 text-sm">
        <a
          href={fullHref}
          target="_blank"
          rel="noopener"
          className="text-accent underline"
          data-full-page-link
        >
          {fullLabel} ↗
        </a>{" "}
        <span className="text-muted">· Fixpath</span>
      </p>
    </div>
  );
}
