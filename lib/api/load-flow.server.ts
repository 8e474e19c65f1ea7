/** Server-only: a flow by id for the API, authored first, else derived from the error with that id. */
import type { Locale } from "../schema/entities";
import { getError, getFlow } from "../content/source.server";
import { askBeforeDone } from "../flows/ask-before-done";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { toFlowResource, type FlowResource } from "./api-shapes";

/** The flow as the guided view walks it: an authored flow's silent ends ask whether it worked. */
export async function loadFlowResource(locale: Locale, id: string): Promise<FlowResource | undefined> {
  const strings = getFlowStrings(locale);
  const authored = await getFlow(locale, id);
  if (authored) return toFlowResource(askBeforeDone(authored, strings), "authored");
  const error = await getError(locale, id);
  return error ? toFlowResource(buildErrorFlow(error, strings), "error") : undefined;
}
