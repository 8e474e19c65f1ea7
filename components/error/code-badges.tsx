// The codes of an error as badges, each with a copy button.
import { CopyButton } from "../copy-button";
import { CopyIcon } from "../icons";
import type { UiStrings } from "@/lib/i18n/ui-strings";

export function CodeBadges({ codes, t }: { codes: string[]; t: UiStrings }) {
  if (codes.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{codes.length > 1 ? t.errorCodes : t.errorCode}:</span>
      {codes.map((code) => (
        <span
          key={code}
          className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-card py-0.5 ps-3 pe-1"
        >
          <code className="min-w-0 font-mono text-sm font-semibold [overflow-wrap:anywhere]" data-code>
            {code}
          </code>
          <CopyButton
            value={code}
            label={`${t.copyCode} ${code}`}
            doneLabel={t.copied}
            className="min-h-7 rounded-full border-0"
          >
            <CopyIcon />
          </CopyButton>
        </span>
      ))}
    </div>
  );
}
