/** Questions every view asks of an error's fix: which actions fix a cause, which are shared, is any fix documented. */
import type { Action, ErrorEntry } from "@/lib/schema/entities";

/** Every action that names the cause, in document order (an action shared by several causes included). */
export function actionsOfCause(error: ErrorEntry, causeId: string): Action[] {
  return error.actions.filter((action) => action.causes.includes(causeId));
}

/** Actions that fix this cause and no other: they belong with the cause. */
export function ownActionsOfCause(error: ErrorEntry, causeId: string): Action[] {
  return error.actions.filter((action) => action.causes.length === 1 && action.causes[0] === causeId);
}

/** Actions for the error as a whole (they name no cause), in document order. */
export function generalActions(error: ErrorEntry): Action[] {
  return error.actions.filter((action) => action.causes.length === 0);
}

/** Actions that several causes share: shown once, with the causes they fix. */
export function sharedActions(error: ErrorEntry): Action[] {
  return error.actions.filter((action) => action.causes.length > 1);
}

/**
 * Whether the documentation says anything a reader can do: an action, fix text it did not structure (the
 * body), or a cause to look into. A reference entry (code and message only) has none.
 */
export function hasDocumentedFix(error: ErrorEntry): boolean {
  return error.actions.length > 0 || error.body !== undefined || error.causes.length > 0;
}

/** Fix text that stayed free Markdown: a body and no action, so the guided fix cannot walk its steps. */
export function hasUnstructuredFix(error: ErrorEntry): boolean {
  return error.body !== undefined && error.actions.length === 0;
}
