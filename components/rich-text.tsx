// Renders the safe rich-text tree from lib/markdown/parse-rich-text (never raw HTML).
import type { RichBlock, RichInline } from "@/lib/markdown/parse-rich-text";

function Inline({ node }: { node: RichInline }) {
  switch (node.kind) {
    case "text":
      return <>{node.text}</>;
    case "strong":
      return (
        <strong>
          {node.children.map((c, i) => (
            <Inline key={i} node={c} />
          ))}
        </strong>
      );
    case "em":
      return (
        <em>
          {node.children.map((c, i) => (
            <Inline key={i} node={c} />
          ))}
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
          {node.children.map((c, i) => (
            <Inline key={i} node={c} />
          ))}
        </a>
      );
    }
  }
}

function Block({ node }: { node: RichBlock }) {
  switch (node.kind) {
    case "paragraph":
      return (
        <p>
          {node.children.map((c, i) => (
            <Inline key={i} node={c} />
          ))}
        </p>
      );
    case "code":
      return (
        // Focusable, so keyboard users can scroll a long command sideways.
        <pre tabIndex={0}>
          <code>{node.text}</code>
        </pre>
      );
    case "quote":
      return (
        <blockquote className="border-l-4 border-line pl-3">
          {node.children.map((c, i) => (
            <Block key={i} node={c} />
          ))}
        </blockquote>
      );
    case "list": {
      const items = node.items.map((blocks, i) => (
        <li key={i}>
          {blocks.map((b, j) => (
            <Block key={j} node={b} />
          ))}
        </li>
      ));
      return node.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

export function RichText({ blocks }: { blocks: RichBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} node={b} />
      ))}
    </>
  );
}

/** Rich text that is one paragraph renders as its inline content alone (inside a list item, a label). */
export function RichInlineText({ blocks }: { blocks: RichBlock[] }) {
  const [only] = blocks;
  if (blocks.length !== 1 || only?.kind !== "paragraph") return <RichText blocks={blocks} />;
  return (
    <>
      {only.children.map((c, i) => (
        <Inline key={i} node={c} />
      ))}
    </>
  );
}
