// What the documentation says about an error beyond its message, causes and actions, as rich text.
import type { RichBlock } from "@/lib/markdown/parse-rich-text";
import { RichText } from "../rich-text";

export function FixBody({ blocks, heading }: { blocks: RichBlock[]; heading: string }) {
  if (blocks.length === 0) return null;
  return (
    <section aria-labelledby="body-heading" data-testid="error-body">
      <h2 id="body-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <div className="prose-fix">
        <RichText blocks={blocks} />
      </div>
    </section>
  );
}
