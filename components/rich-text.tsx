// Renders the safe rich-text tree from lib/markdown/parse-rich-text (never raw HTML).
import type { RichBlock, RichInline } from "@/lib/markdown/parse-rich-text";

function Inline({ node }: { node: RichInline }) {
  switch (node.kind) {
    case "text":
      return <>{node.text}</>;
    case "strong":
      return (
        <strong>
          <Inlines nodes={node.children} />
        </strong>
      );
    case "em":
      return (
        <em>
          <Inlines nodes={node.children} />
        </em>
      );
    case "code":
      return <code>{node.text}</code>;
    case "break":
      return <br />;
    case "link": {
      const external = /^https?:/i.test(node.href);
      return (
        <a href={node.href} {...(external ? { rel: "noopener noreferrer" } : {})}>
          <Inlines nodes={node.children} />
        </a>
      );
    }
  }
}

function Inlines({ nodes }: { nodes: RichInline[] }) {
  return (
    <>
      {nodes.map((c, i) => (
        <Inline key={i} node={c} />
      ))}
    </>
  );
}

type HeadingTag = "h3" | "h4" | "h5" | "h6";

/** Where headings of the text go: `base` is the HTML level of a heading at Markdown depth `top`. */
interface HeadingPlan {
  base: 3 | 4 | 5 | 6;
  top: number;
}

function Block({ node, headings }: { node: RichBlock; headings: HeadingPlan }) {
  switch (node.kind) {
    case "paragraph":
      return (
        <p>
          <Inlines nodes={node.children} />
        </p>
      );
    case "code":
      return (
        // Focusable, so keyboard users can scroll a long command sideways.
        <pre tabIndex={0}>
          <code>{node.text}</code>
        </pre>
      );
    case "heading": {
      const Tag = `h${Math.min(6, headings.base + Math.max(0, node.depth - headings.top))}` as HeadingTag;
      return (
        <Tag className="font-bold">
          <Inlines nodes={node.children} />
        </Tag>
      );
    }
    case "quote":
      return (
        <blockquote className="border-s-4 border-line ps-3">
          <Blocks blocks={node.children} headings={headings} />
        </blockquote>
      );
    case "callout":
      return (
        <aside className="rounded border-s-4 border-warn bg-card px-3 py-2" data-callout={node.callout}>
          <p className="text-sm font-bold uppercase text-muted">{node.callout}</p>
          <Blocks blocks={node.children} headings={headings} />
        </aside>
      );
    case "list": {
      const items = node.items.map((blocks, i) => (
        <li key={i}>
          <Blocks blocks={blocks} headings={headings} />
        </li>
      ));
      return node.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "table":
      return (
        // Focusable, so keyboard users can scroll a wide table sideways.
        <div className="overflow-x-auto" tabIndex={0}>
          <table>
            <thead>
              <tr>
                {node.header.map((cell, i) => (
                  <th key={i} scope="col">
                    <Inlines nodes={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {node.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>
                      <Inlines nodes={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function Blocks({ blocks, headings }: { blocks: RichBlock[]; headings: HeadingPlan }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} node={b} headings={headings} />
      ))}
    </>
  );
}

/** Rich text that is one paragraph renders as its inline content alone (inside a list item, a label). */
export function RichInlineText({ blocks }: { blocks: RichBlock[] }) {
  const [only] = blocks;
  if (blocks.length !== 1 || only?.kind !== "paragraph") return <RichText blocks={blocks} />;
  return <Inlines nodes={only.children} />;
}

/**
 * Rich text of a step, explanation or body. `headingLevel` is the HTML level of the text's top headings (the
 * page's own headings sit above them); deeper ones follow relative to it, at most h6.
 */
export function RichText({
  blocks,
  headingLevel = 3,
}: {
  blocks: RichBlock[];
  headingLevel?: 3 | 4 | 5 | 6;
}) {
  const depths = blocks.flatMap((b) => (b.kind === "heading" ? [b.depth] : []));
  const top = depths.length > 0 ? Math.min(...depths) : 1;
  return <Blocks blocks={blocks} headings={{ base: headingLevel, top }} />;
}
