// A code sample to copy: a caption, a copy button, and the code wrapped to the box (never off the edge).
import { CopyButton } from "./copy-button";
import { CopyIcon } from "./icons";

interface CodeSampleProps {
  code: string;
  caption: string;
  /** Short visible label of the copy button, e.g. "Copy". */
  copyLabel: string;
  doneLabel: string;
}

export function CodeSample({ code, caption, copyLabel, doneLabel }: CodeSampleProps) {
  return (
    <figure className="mt-3 min-w-0">
      <div className="flex min-h-9 items-end justify-between gap-2">
        <figcaption className="text-sm font-semibold">{caption}</figcaption>
        <CopyButton value={code} label={`${copyLabel}: ${caption}`} doneLabel={doneLabel}>
          <CopyIcon />
          <span>{copyLabel}</span>
        </CopyButton>
      </div>
      <pre className="mt-1 rounded border border-line bg-card p-3 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
