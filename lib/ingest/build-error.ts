// Writes an error draft as an `<Error>` component: `<Message>`, `<Cause>`s, `<Action>`s and the body, in order.
import type { Paragraph, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { findInvisibleCharacter } from "../content/printable";
import type { DiagnosticSink } from "./diagnostic";
import { deriveActionId, deriveCauseId, IdClaims } from "./entity-ids";
import type { CauseDraft, ErrorDraft } from "./error-draft";
import { createComponent, type FlowChild } from "./jsx-node";
import { toPlainText } from "./plain-text";
import { chooseErrorTitle } from "../content/error-title";
import { sanitizeBlocks } from "./sanitize-blocks";

export interface ErrorWriteContext {
  id: string;
  sink: DiagnosticSink;
}

/** The `<Error>` component for a draft. */
export function buildErrorNode(draft: ErrorDraft, context: ErrorWriteContext): MdxJsxFlowElement {
  const causeIds = new IdClaims();
  const actionIds = new IdClaims();
  const children: FlowChild[] = [...messageNodes(draft.messages)];
  const action = (blocks: readonly RootContent[], causes?: string[]): FlowChild[] => {
    const sanitized = sanitizeBlocks(blocks, context.sink);
    const text = toPlainText(sanitized as RootContent[]);
    if (!text) return sanitized;
    const id = actionIds.claim(deriveActionId([text]));
    return [createComponent("Action", { id, causes: causes?.join(" ") }, sanitized)];
  };
  for (const part of draft.parts) {
    if (part.kind === "body") children.push(...sanitizeBlocks(part.blocks, context.sink));
    else if (part.kind === "action") children.push(...action(part.blocks));
    else {
      const ids = part.causes.map((cause) => causeIds.claim(deriveCauseId(cause.title)));
      // One action list several causes share is written once, after them, naming them (`<Action causes>`).
      const shareAction = part.shared !== undefined && part.causes.length > 1;
      part.causes.forEach((cause, index) => {
        const own = cause.actions.flatMap((blocks) => action(blocks));
        const copied = part.shared && !shareAction ? action(part.shared) : [];
        children.push(buildCause(cause, ids[index]!, [...own, ...copied], context.sink));
      });
      if (part.shared && shareAction) children.push(...action(part.shared, ids));
    }
  }
  return createComponent(
    "Error",
    {
      id: context.id,
      // A heading that is only the code (`SalLowDiskSpace`) says nothing: the message's first sentence does.
      title: chooseErrorTitle(draft.title, draft.codes, draft.messages[0] ?? ""),
      codes: printableCodes(draft, context.sink).join(" ") || undefined,
      level: draft.level === 2 ? undefined : String(draft.level),
    },
    children,
  );
}

function buildCause(cause: CauseDraft, id: string, actions: FlowChild[], sink: DiagnosticSink): FlowChild {
  return createComponent("Cause", { id, title: cause.title }, [
    ...sanitizeBlocks(cause.explanation, sink),
    ...actions,
  ]);
}

function messageNodes(messages: readonly string[]): FlowChild[] {
  if (messages.length === 0) return [];
  return [
    createComponent(
      "Message",
      {},
      messages.map((message): Paragraph => ({
        type: "paragraph",
        children: [{ type: "text", value: message }],
      })),
    ),
  ];
}

/** The draft's codes without any that hide an invisible character (a bidi override could shadow a real code). */
function printableCodes(draft: ErrorDraft, sink: DiagnosticSink): string[] {
  return draft.codes.filter((code) => {
    const invisible = findInvisibleCharacter(code);
    if (invisible)
      sink.report(
        draft.place,
        "error",
        `code ${JSON.stringify(code)} holds an invisible character (${invisible.name}) and was left out: codes must be printable; remove it from the source`,
      );
    return !invisible;
  });
}
