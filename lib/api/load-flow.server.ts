/** Server-only: a flow by id for the API, authored first, else derived from the error with that id. */
import type { Locale } from "../schema/entities";
import { getError, getFlow } from "../content/source.server";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { toFlowResource, type FlowResource } from "./api-shapes";

export async function loadFlowResource(locale: Locale, id: string): Promise<FlowResource | undefined> {
  const authored = await getFlow(locale, id);
  if (authored) return toFlowResource(authored, "authored");
  const error = await getError(locale, id);
  return error ? toFlowResource(buildErrorFlow(error, getFlowStrings(locale)), "error") : undefined;
}
