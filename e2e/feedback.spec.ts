// "Did this fix it?" as readers use it: on an error page with and without JavaScript, in an embed inside another
// site, at the end of a guided fix; and the API contract of POST /api/v1/feedback.
import { expect, test, type Page } from "@playwright/test";
import { startWiki } from "./fixtures/wiki/wiki-server";
import { waitForHydration, watchPageProblems } from "./helpers";

let errorId: string;
let causes: string[];

test.beforeAll(async ({ request }) => {
  const answer = await (await request.get("/api/v1/codes/34513?locale=sv")).json();
  errorId = answer.errors[0].id;
  const error = await (await request.get(`/api/v1/errors/${errorId}?locale=sv`)).json();
  causes = error.causes.map((cause: { id: string }) => cause.id);
  expect(causes.length).toBeGreaterThan(1);
});

/** The feedback control under a cause, as the reader sees it. */
const control = (page: Page, causeId: string) => page.locator(`[data-feedback="fb-${causeId}"]`);

test("with JavaScript: Yes thanks the reader in place, without a reload", async ({ page }) => {
  const problems = await watchPageProblems(page);
  await page.goto(`/sv/errors/${errorId}`);
  await waitForHydration(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const first = control(page, causes[0]!);
  await first.getByRole("button", { name: "Ja" }).click();
  await expect(first.getByRole("status")).toBeInViewport();
  await expect(first.getByRole("status")).toContainText("Tack");
  await expect(first.getByRole("button", { name: "Ja" })).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(problems).toEqual([]);
});

test("with JavaScript: No asks for a comment, focuses it and sends it", async ({ page }) => {
  await page.goto(`/sv/errors/${errorId}`);
  await waitForHydration(page);
  const second = control(page, causes[1]!);
  await second.getByRole("button", { name: "Nej" }).click();
  const box = second.getByRole("textbox");
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  const answer = page.waitForResponse(
    (r) => r.url().endsWith("/api/v1/feedback") && r.request().method() === "POST",
  );
  await box.fill("Mappen låg redan på en volym med 200 GB ledigt.");
  await second.getByRole("button", { name: "Skicka" }).click();
  expect((await answer).status()).toBe(202);
  await expect(second.getByText("Tack", { exact: false })).toBeInViewport();
});

test("when the store cannot save, the reader is told so in place, and the page stays", async ({ page }) => {
  // The store's own 503 (database down or full) is tested on both stores in lib/db; here, what the reader sees.
  await page.route("**/api/v1/feedback", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"store unavailable"}' }),
  );
  await page.goto(`/sv/errors/${errorId}`);
  await waitForHydration(page);
  const first = control(page, causes[0]!);
  await first.getByRole("button", { name: "Ja" }).click();
  const failure = first.getByText("kunde inte sparas", { exact: false });
  await expect(failure).toBeVisible();
  await expect(failure).toBeInViewport();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a cause enough readers answered shows how often it fixed the error", async ({ page }) => {
  await page.route("**/api/v1/errors/*/outcomes*", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ causes: [{ causeId: causes[0], fixed: 100, answers: 120 }] }),
    }),
  );
  await page.goto(`/sv/errors/${errorId}`);
  const note = page.locator("[data-success-note]");
  await expect(note).toHaveCount(1);
  await note.scrollIntoViewIfNeeded();
  await expect(note).toBeInViewport();
  await expect(note).toHaveText(/Löste det för 83\s?% av 120 personer/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a No posts the form, comes back to the cause and asks for a comment; the comment is thanked", async ({
    page,
  }) => {
    await page.goto(`/sv/errors/${errorId}`);
    const first = control(page, causes[0]!);
    await first.getByRole("button", { name: "Nej" }).click();
    await expect(page).toHaveURL(new RegExp(`/sv/errors/${errorId}#fb-${causes[0]}-comment$`));
    const box = first.getByRole("textbox");
    await expect(box).toBeInViewport();
    await expect(first.getByRole("button", { name: "Nej" })).toBeHidden();
    await box.fill("Samma fel efter omstart av agenten.");
    await first.getByRole("button", { name: "Skicka" }).click();
    await expect(page).toHaveURL(new RegExp(`#fb-${causes[0]}-thanks$`));
    await expect(first.getByText("Tack", { exact: false })).toBeInViewport();
  });

  test("the guided fix's end asks to confirm, and the confirmation is thanked", async ({ page, request }) => {
    const flow = await (await request.get(`/api/v1/flows/${errorId}?locale=sv`)).json();
    const yes = flow.edges.find(
      (edge: { label: string; to: string }) => edge.label === "yes" && edge.to === "done",
    );
    const trail = [
      ...flow.nodes
        .map((n: { id: string }) => n.id)
        .slice(0, flow.nodes.findIndex((n: { id: string }) => n.id === yes.from) + 1),
    ];
    await page.goto(`/sv/errors/${errorId}/fix/done?trail=${trail.join(",")}`);
    const confirm = page.locator('[data-feedback="fb-done"]');
    await confirm.getByRole("button", { name: "Ja, nu fungerar det" }).click();
    await expect(page).toHaveURL(/#fb-done-thanks$/);
    await expect(confirm.getByText("Tack", { exact: false })).toBeInViewport();
  });
});

test("in an embed on another site: the reader answers inside the frame; feedback=0 turns it off", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const wiki = await startWiki(baseURL!, errorId);
  try {
    await page.goto(`${wiki.origin}/runbook.html`);
    const frame = page.frameLocator("#card");
    const question = frame.locator(`[data-feedback="fb-${causes[0]}"]`);
    await expect(question.getByRole("button", { name: "Ja" })).toBeVisible();
    // The card's frame (not the guided fix's) must be live before its form is used from JavaScript.
    const card = (url: URL) => /^\/embed\/sv\/errors\/[^/]+$/.test(url.pathname);
    await expect
      .poll(() => page.frame({ url: card })?.evaluate(() => "next" in window), { timeout: 45_000 })
      .toBe(true);
    await question.getByRole("button", { name: "Ja" }).click();
    await expect(question.getByRole("status")).toContainText("Tack");
  } finally {
    await wiki.close();
  }
  await page.goto(`/embed/sv/errors/${errorId}?feedback=0`);
  await expect(page.locator("[data-cause]").first()).toBeVisible();
  await expect(page.locator("[data-feedback]")).toHaveCount(0);
});

test("the guided fix reports every step shown", async ({ page, request }) => {
  // The steps of an error's guided fix are its action ids (or `cause.<id>`), in the order the flow gives.
  const flow = await (await request.get(`/api/v1/flows/${errorId}?locale=sv`)).json();
  const start: string = flow.nodes[0].id;
  const afterNo = flow.edges.find(
    (edge: { from: string; label: string }) => edge.from === start && edge.label !== "yes",
  )?.to;
  const reached: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/v1/feedback")) reached.push(JSON.parse(r.postData() ?? "{}").stepId);
  });
  await page.goto(`/sv/errors/${errorId}/fix`);
  await waitForHydration(page);
  const progress = page.getByTestId("flow-progress");
  const first = await progress.textContent();
  await page.locator("[data-choice=next], [data-choice=no]").first().click();
  await expect(progress).not.toHaveText(first ?? "");
  await expect.poll(() => reached.length).toBe(2);
  expect(reached).toEqual([start, afterNo]);
});

test.describe("POST /api/v1/feedback", () => {
  test("answers 202, 400 naming the field, 404 for unknown ids, 405 for GET", async ({ request }) => {
    const post = (data: unknown) => request.post("/api/v1/feedback", { data });
    const ok = await post({ locale: "sv", errorId, causeId: causes[0], outcome: "fixed" });
    expect(ok.status()).toBe(202);
    expect(await ok.json()).toEqual({ accepted: true });
    expect(ok.headers()["set-cookie"]).toMatch(/fixpath_voter=[A-Za-z0-9_-]{22};.*HttpOnly/i);

    const bad = await post({ locale: "sv", errorId, outcome: "maybe" });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.field).toBe("outcome");
    const long = await post({ locale: "sv", errorId, outcome: "not-fixed", comment: "x".repeat(1001) });
    expect((await long.json()).error.field).toBe("comment");
    expect((await post({ locale: "sv", outcome: "fixed" })).status()).toBe(400);

    const unknownError = await post({ locale: "sv", errorId: "no-such-error", outcome: "fixed" });
    expect(unknownError.status()).toBe(404);
    expect((await unknownError.json()).error.field).toBe("errorId");
    const unknownCause = await post({ locale: "sv", errorId, causeId: "no-such-cause", outcome: "fixed" });
    expect((await unknownCause.json()).error.field).toBe("causeId");
    const unknownStep = await post({
      locale: "sv",
      errorId,
      flowId: errorId,
      stepId: "step-99",
      outcome: "reached",
    });
    expect((await unknownStep.json()).error.field).toBe("stepId");

    expect((await request.get("/api/v1/feedback")).status()).toBe(405);
  });

  test("refuses a form posted from another site", async ({ request }) => {
    const response = await request.post("/api/v1/feedback", {
      form: { locale: "sv", errorId, outcome: "fixed" },
      headers: { "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });
});
