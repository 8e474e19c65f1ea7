// Text with the matched words marked; the segments come from lib/search (never HTML strings).
import type { HighlightSegment } from "@/lib/search/highlight-terms";

export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
