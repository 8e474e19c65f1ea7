// Posts an answer to POST /api/v1/feedback and reads the reply to its end. Chromium reports a request finished
// only once its body has been read, so an unread reply would leave the page looking busy to network tools
// (and to tests that wait for the network to go idle).

/** The reply's status to `body` (JSON text), or undefined when the request did not get through (offline, server gone). */
export async function postFeedback(
  body: string,
  options: { keepalive?: boolean } = {},
): Promise<number | undefined> {
  try {
    const response = await fetch("/api/v1/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      ...options,
    });
    await response.text();
    return response.status;
  } catch {
    return undefined;
  }
}
